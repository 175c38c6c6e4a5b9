namespace MineralGraph.Domain.Curation;

/// <summary>
/// Tells listeners that the change log grew: <see cref="LatestAsync"/> is the newest change number this process knows
/// of (0 before any), and each listener hears every new latest number once, in increasing order, on a background
/// thread — never on the writer's. The embedded store raises it right after a change is on disk; the Neo4j store
/// when its graph version sees the change counter move (at once for its own writes, within the poll interval for
/// other servers'). A listener reads what changed with <see cref="Store.ICurationStore.ChangesAsync"/>.
/// </summary>
public interface IChangeSignal
{
    /// <summary>
    /// The newest change number, once this process knows where the log stands: at once on the embedded store (its
    /// journal is read at start), on Neo4j after the first reading of the change counter — until then it waits (never
    /// answering 0 for a log that holds changes), for as long as Neo4j does not answer or until the token ends.
    /// </summary>
    ValueTask<long> LatestAsync(CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onNewLatest"/> with each new latest change number; dispose to stop.</summary>
    IDisposable Subscribe(Action<long> onNewLatest);
}
