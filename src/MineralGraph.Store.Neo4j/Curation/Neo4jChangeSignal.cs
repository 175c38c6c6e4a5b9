using Microsoft.Extensions.Logging;
using MineralGraph.Domain.Curation;
using MineralGraph.Store.Neo4j.Versioning;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// The change signal of a Neo4j replica, driven by its <see cref="GraphVersion"/> (one tiny poll per interval,
/// shared by everything on this server): a stamp whose change counter moved raises it. This server's own writes
/// wake the poll at once; other servers' changes are heard within the poll interval. The first stamp (the version's
/// last one when it already polled, else its first poll) only says where the log stands — nothing new happened — and
/// until it comes <see cref="LatestAsync"/> waits: a number read before it would be 0, and a fan-out starting there
/// would read the whole log again. Nothing here blocks start-up: the wait is the caller's, bounded by its token.
/// </summary>
public sealed class Neo4jChangeSignal : IChangeSignal, IDisposable
{
    readonly ChangeSignal signal;
    readonly TaskCompletionSource firstReading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly IDisposable following;
    int started;

    public Neo4jChangeSignal(GraphVersion version, ILogger<Neo4jChangeSignal>? log = null)
    {
        signal = new ChangeSignal(0, e => log?.LogError(e, "A change listener failed"));
        following = version.Subscribe(OnStamp);
    }

    public async ValueTask<long> LatestAsync(CancellationToken cancellationToken = default)
    {
        if (!firstReading.Task.IsCompleted) await firstReading.Task.WaitAsync(cancellationToken);
        return signal.Latest;
    }

    public IDisposable Subscribe(Action<long> onNewLatest) => signal.Subscribe(onNewLatest);

    void OnStamp(GraphStamp stamp)
    {
        // No counter yet: no change was ever made.
        var changes = stamp.Changes ?? 0;
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            signal.Know(changes);
            firstReading.TrySetResult();
        }
        else signal.Raise(changes);
    }

    public void Dispose()
    {
        following.Dispose();
        signal.Dispose();
    }
}
