using Microsoft.Extensions.Options;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Versioning;

namespace MineralGraph.Store.Neo4j.Reading;

/// <summary>
/// Answers of read statements, kept in memory by statement text, parameters and the graph's version
/// (<see cref="GraphVersion"/>). An answer is served only while the version it was read under is still the confirmed
/// one: a write through this server ends that at once, a write through another server within one poll interval, and
/// while the version cannot be read (Neo4j down) nothing is served from here. An answer is kept only if the version
/// did not move while it was read. With <see cref="ReadCacheOptions.Enabled"/> false nothing is kept.
/// </summary>
public sealed class ReadCache(GraphVersion version, IOptions<ReadCacheOptions> options)
{
    readonly bool enabled = options.Value.Enabled;
    readonly int maxEntries = options.Value.MaxEntries;
    readonly long maxSize = options.Value.MaxMegabytes * 1024L * 1024L;
    CachedAnswers? current;
    long hits, misses;

    public bool Enabled => enabled;

    /// <summary>Hits and misses so far, and the answers now held.</summary>
    public ReadCacheStatistics Statistics => new(Interlocked.Read(ref hits), Interlocked.Read(ref misses),
        Volatile.Read(ref current)?.Count ?? 0, Volatile.Read(ref current)?.Size ?? 0);

    /// <summary>The answers of the graph as it is now; null when nothing may be served or kept (off, or version unknown).</summary>
    public CachedAnswers? Now()
    {
        if (!enabled || version.Current is not { } stamp) return null;
        var answers = Volatile.Read(ref current);
        if (answers is not null && answers.Stamp == stamp) return answers;
        var fresh = new CachedAnswers(stamp, maxEntries, maxSize);
        var before = Interlocked.CompareExchange(ref current, fresh, answers);
        return before == answers ? fresh : before is not null && before.Stamp == stamp ? before : null;
    }

    public QueryResult? Find(CachedAnswers? answers, string key)
    {
        if (answers is null) return null;
        var found = answers.Find(key);
        if (found is null) Interlocked.Increment(ref misses);
        else Interlocked.Increment(ref hits);
        return found;
    }

    /// <summary>Keeps <paramref name="answer"/>, read while <paramref name="answers"/> were current, if they still are.</summary>
    public void Keep(CachedAnswers? answers, string key, QueryResult answer)
    {
        if (answers is not null && ReferenceEquals(Now(), answers)) answers.Add(key, answer);
    }
}

public sealed record ReadCacheStatistics(long Hits, long Misses, int Entries, long Size);
