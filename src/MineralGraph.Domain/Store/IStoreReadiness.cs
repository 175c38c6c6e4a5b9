namespace MineralGraph.Domain.Store;

/// <summary>
/// Whether the store can answer now, for a readiness probe: <see cref="CheckAsync"/> returns when it can and throws
/// when it cannot. A store whose reads may be cached or queued registers its own check, one that asks the database
/// itself without waiting behind other reads; otherwise <see cref="LookupReadiness"/> is used.
/// </summary>
public interface IStoreReadiness
{
    Task CheckAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The default check: the store answers one id lookup. A lookup, not a count: probes come every few seconds, and
/// counting a million relations takes a database longer than a probe waits.
/// </summary>
public sealed class LookupReadiness(IGraphStore store) : IStoreReadiness
{
    /// <summary>An id no entity has: the lookup costs one index probe and returns nothing.</summary>
    public const string ProbeId = "readiness/probe";

    public Task CheckAsync(CancellationToken cancellationToken) => store.GetEntityAsync(ProbeId, cancellationToken);
}
