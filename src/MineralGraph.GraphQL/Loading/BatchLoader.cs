using GraphQL.DataLoader;

namespace MineralGraph.GraphQL.Loading;

/// <summary>
/// Collects the keys resolvers ask for while one level of the query is being resolved and fetches them all in
/// one call when the first result is awaited. graphql-dotnet awaits <see cref="IDataLoaderResult"/>s only after
/// every sibling field has been resolved, so a list of twenty entities each selecting <c>relations</c> costs one
/// store call, not twenty. Equal keys share one slot. Keys a root field already read ahead are <see cref="Prime"/>d
/// and answered without a fetch. One instance serves one request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyList<TValue>>> fetch,
    IEqualityComparer<TKey> comparer) where TKey : notnull
{
    readonly Lock gate = new();
    readonly IEqualityComparer<TKey> keyComparer = comparer;
    Batch? pending;
    Dictionary<TKey, TValue>? primed;

    /// <summary>How many store calls this loader has made; tests use it to prove batching.</summary>
    public int Fetches { get; private set; }

    /// <summary>Answers later loads of <paramref name="key"/> with <paramref name="value"/>; the first value primed for a key stays.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (gate) (primed ??= new(keyComparer)).TryAdd(key, value);
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (primed is not null && primed.TryGetValue(key, out var known)) return Deferred.Ready(known);
            pending ??= new Batch(this);
            return new Slot(pending, pending.Add(key));
        }
    }

    Task<IReadOnlyList<TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (batch.Task is { } started) return started;
            // Keys asked for after this point start a new batch.
            if (ReferenceEquals(pending, batch)) pending = null;
            Fetches++;
            return batch.Task = fetch(batch.Keys, cancellationToken);
        }
    }

    sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        readonly Dictionary<TKey, int> index = new(owner.keyComparer);
        public readonly List<TKey> Keys = [];
        public Task<IReadOnlyList<TValue>>? Task;

        public int Add(TKey key)
        {
            if (index.TryGetValue(key, out var slot)) return slot;
            index[key] = Keys.Count;
            Keys.Add(key);
            return Keys.Count - 1;
        }

        public Task<IReadOnlyList<TValue>> RunAsync(CancellationToken cancellationToken) => owner.Dispatch(this, cancellationToken);
    }

    sealed class Slot(Batch batch, int position) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.RunAsync(cancellationToken))[position];

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
