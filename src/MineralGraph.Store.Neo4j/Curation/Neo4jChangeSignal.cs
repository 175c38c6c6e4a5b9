using Microsoft.Extensions.Logging;
using MineralGraph.Domain.Curation;
using MineralGraph.Store.Neo4j.Versioning;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// The change signal of a Neo4j replica, driven by its <see cref="GraphVersion"/> (one tiny poll per interval,
/// shared by everything on this server): a stamp whose change counter moved raises it. This server's own writes
/// wake the poll at once; other servers' changes are heard within the poll interval. The first stamp only says
/// where the log stands (nothing new happened).
/// </summary>
public sealed class Neo4jChangeSignal : IChangeSignal, IDisposable
{
    readonly ChangeSignal signal;
    readonly IDisposable following;
    int started;

    public Neo4jChangeSignal(GraphVersion version, ILogger<Neo4jChangeSignal>? log = null)
    {
        signal = new ChangeSignal(0, e => log?.LogError(e, "A change listener failed"));
        following = version.Subscribe(OnStamp);
    }

    public long Latest => signal.Latest;

    public IDisposable Subscribe(Action<long> onNewLatest) => signal.Subscribe(onNewLatest);

    void OnStamp(GraphStamp stamp)
    {
        // No counter yet: no change was ever made.
        var changes = stamp.Changes ?? 0;
        if (Interlocked.Exchange(ref started, 1) == 0) signal.Know(changes);
        else signal.Raise(changes);
    }

    public void Dispose()
    {
        following.Dispose();
        signal.Dispose();
    }
}
