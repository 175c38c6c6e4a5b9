using System.Collections.Concurrent;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Versioning;

namespace MineralGraph.Store.Neo4j.Reading;

/// <summary>
/// The answers cached for one <see cref="GraphStamp"/>. When the stamp changes the whole set is dropped: answers of
/// another version are never looked at again. Bounded by entries and by size; past either bound the least recently
/// used tenth goes.
/// </summary>
public sealed class CachedAnswers(GraphStamp stamp, int maxEntries, long maxSize)
{
    readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    int count;
    long size;
    int evicting;

    sealed class Entry(QueryResult answer)
    {
        public QueryResult Answer { get; } = answer;
        public long LastUsed = Environment.TickCount64;
    }

    public GraphStamp Stamp { get; } = stamp;
    public int Count => Volatile.Read(ref count);
    public long Size => Interlocked.Read(ref size);

    public QueryResult? Find(string key)
    {
        if (!entries.TryGetValue(key, out var entry)) return null;
        Volatile.Write(ref entry.LastUsed, Environment.TickCount64);
        return entry.Answer;
    }

    public void Add(string key, QueryResult answer)
    {
        // One answer may not take more than a tenth of the room: a huge one would push out everything else.
        if (answer.Size > maxSize / 10 || !entries.TryAdd(key, new Entry(answer))) return;
        var entriesNow = Interlocked.Increment(ref count);
        var sizeNow = Interlocked.Add(ref size, answer.Size);
        if (entriesNow > maxEntries || sizeNow > maxSize) Evict();
    }

    void Evict()
    {
        if (Interlocked.Exchange(ref evicting, 1) == 1) return;
        try
        {
            foreach (var (key, entry) in entries.ToArray().OrderBy(p => Volatile.Read(ref p.Value.LastUsed)))
            {
                if (Count <= maxEntries * 9L / 10 && Size <= maxSize * 9 / 10) break;
                if (!entries.TryRemove(key, out _)) continue;
                Interlocked.Decrement(ref count);
                Interlocked.Add(ref size, -entry.Answer.Size);
            }
        }
        finally
        {
            Volatile.Write(ref evicting, 0);
        }
    }
}
