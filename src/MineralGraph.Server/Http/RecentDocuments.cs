using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQLParser.AST;

namespace MineralGraph.Server.Http;

/// <summary>
/// The parsed documents used most recently, keyed by their text, held to at most <see cref="Capacity"/> documents and
/// <see cref="MaxCharacters"/> characters of text (a parsed document weighs a few times its text). When either is
/// passed, the least recently used tenth goes, so a flood of one-off documents cannot fill the cache for good or grow
/// it without bound, and the documents in steady use stay. A hit only stamps the entry's time: no lock on the read path.
/// </summary>
public sealed class RecentDocuments(int capacity, long maxCharacters)
{
    sealed class Entry(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;
        public long LastUsed = Stopwatch.GetTimestamp();
    }

    readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    readonly Lock evicting = new();
    long characters;

    public int Capacity { get; } = capacity;
    public long MaxCharacters { get; } = maxCharacters;
    public int Count => entries.Count;
    public long Characters => Interlocked.Read(ref characters);

    public GraphQLDocument? Get(string query)
    {
        if (!entries.TryGetValue(query, out var entry)) return null;
        Volatile.Write(ref entry.LastUsed, Stopwatch.GetTimestamp());
        return entry.Document;
    }

    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length > MaxCharacters || !entries.TryAdd(query, new Entry(document))) return;
        if (Interlocked.Add(ref characters, query.Length) > MaxCharacters || entries.Count > Capacity) Evict();
    }

    /// <summary>Removes the least recently used entries until both bounds are 90% full: one sort per tenth of the cache, not one per insert.</summary>
    void Evict()
    {
        lock (evicting)
        {
            if (entries.Count <= Capacity && Characters <= MaxCharacters) return;
            var keepCount = Capacity * 9 / 10;
            var keepCharacters = MaxCharacters * 9 / 10;
            var byAge = entries.Select(e => (e.Key, Volatile.Read(ref e.Value.LastUsed))).OrderBy(e => e.Item2).ToList();
            foreach (var (key, _) in byAge)
            {
                if (entries.Count <= keepCount && Characters <= keepCharacters) break;
                if (entries.TryRemove(key, out _)) Interlocked.Add(ref characters, -key.Length);
            }
        }
    }
}
