using System.Collections.Concurrent;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// Reads whose transaction is still open in Neo4j: sent and not answered yet, or answered and their rollback on its
/// way. The rollback is nobody's to wait for, so without this a client disposed just after a read (a CLI command, a
/// test's services, a server shutting down) dropped it — its HTTP handler and resilience pipeline gone — and the
/// read's transaction stayed open until Neo4j's timeout. <see cref="DrainAsync"/> waits until none is left.
/// </summary>
sealed class ReadsInFlight
{
    readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>Follows <paramref name="work"/> until it ends; its outcome stays its caller's.</summary>
    public void Track(Task work)
    {
        // Added before the removal is scheduled: a task already done is removed at once, never left behind.
        running.TryAdd(work, 0);
        _ = work.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// Waits for every tracked read and rollback, also those a finishing read starts meanwhile. Each is bounded by
    /// its own timeouts, so this ends.
    /// </summary>
    public async Task DrainAsync()
    {
        while (!running.IsEmpty)
        {
            try
            {
                await Task.WhenAll(running.Keys).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A failed read was its caller's to report; here only its end matters.
            }
        }
    }
}
