using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Reading;

namespace MineralGraph.Store.Neo4j.Versioning;

/// <summary>
/// "The graph version": which <see cref="GraphStamp"/> the graph in Neo4j has, known to this process through ONE
/// tiny read per <see cref="ReadCacheOptions.VersionPollInterval"/>, shared by everything that asks (not one per
/// request). Writes through this process call <see cref="Invalidate"/> as soon as they commit, so what was known before
/// stops counting at once; writes through other servers are seen at the next poll.
/// <para><see cref="Current"/> is null — "unknown, rely on nothing read before" — until a poll succeeds, after a local
/// write until the next poll, when a poll fails (Neo4j down), and when no poll succeeded for two intervals (a stalled
/// poll never lets what is known grow old). <see cref="Subscribe"/> tells a listener the last stamp read, then each new
/// one (issue 18's change feed follows it). Polling starts with the first use.</para>
/// </summary>
public sealed class GraphVersion : IDisposable
{
    readonly Neo4jQueryApiClient client;
    readonly ILogger<GraphVersion>? log;
    readonly CancellationTokenSource stopping = new();
    readonly SemaphoreSlim wake = new(0, 1);
    readonly List<Action<GraphStamp>> subscribers = [];
    int started;
    long epoch;
    Confirmed? confirmed;
    GraphStamp? lastSeen;

    sealed record Confirmed(GraphStamp Stamp, long At);

    public GraphVersion(Neo4jQueryApiClient client, IOptions<ReadCacheOptions> options, ILogger<GraphVersion>? log = null)
    {
        this.client = client;
        this.log = log;
        PollInterval = options.Value.VersionPollInterval;
    }

    public TimeSpan PollInterval { get; }

    /// <summary>The stamp confirmed by the last poll, or null when it cannot be relied on (see the class summary).</summary>
    public GraphStamp? Current
    {
        get
        {
            EnsurePolling();
            return Volatile.Read(ref confirmed) is { } c && Stopwatch.GetElapsedTime(c.At) < 2 * PollInterval ? c.Stamp : null;
        }
    }

    /// <summary>The graph just changed through this process: forget the stamp now and read it again at once.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref epoch);
        Volatile.Write(ref confirmed, null);
        Wake();
    }

    /// <summary>
    /// Calls <paramref name="onChange"/> with the last stamp read, at once when there is one (a listener that comes
    /// after the first polls must still learn where the graph stands), then with each stamp the polls find that differs
    /// from the one before; dispose to stop. Told under the lock the polls take to record a stamp, so the last stamp
    /// comes before any newer one and none twice.
    /// </summary>
    public IDisposable Subscribe(Action<GraphStamp> onChange)
    {
        lock (subscribers)
        {
            subscribers.Add(onChange);
            if (lastSeen is { } last) Tell(onChange, last);
        }
        EnsurePolling();
        return new Subscription(this, onChange);
    }

    /// <summary>Reads the stamp from Neo4j now (one round trip).</summary>
    public async Task<GraphStamp> ReadAsync(CancellationToken cancellationToken = default)
    {
        var row = (await client.ReadAsync(GraphVersionCypher.ReadStatement(), cancellationToken)).Single();
        return new GraphStamp(row["changes"] as long?, row["version"] as long?);
    }

    void EnsurePolling()
    {
        if (Volatile.Read(ref started) == 1 || Interlocked.Exchange(ref started, 1) == 1) return;
        // Not on any request's flow: its round trips are nobody's, its span no request's child.
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(PollAsync);
    }

    async Task PollAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var began = Stopwatch.GetTimestamp();
            var epochAtStart = Volatile.Read(ref epoch);
            try
            {
                var stamp = await ReadAsync(stopping.Token);
                // A poll that began before a local write may have read the graph as it was: it does not count.
                if (Volatile.Read(ref epoch) == epochAtStart) Volatile.Write(ref confirmed, new Confirmed(stamp, began));
                // Who hears a new stamp is settled with recording it: a listener subscribing after is told it on subscribing.
                Action<GraphStamp>[] listeners = [];
                lock (subscribers)
                {
                    if (lastSeen != stamp) listeners = [.. subscribers];
                    lastSeen = stamp;
                }
                foreach (var listener in listeners) Tell(listener, stamp);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                if (Interlocked.Exchange(ref confirmed, null) is not null)
                    log?.LogWarning("The graph version could not be read; nothing cached is served until it can: {Reason}", e.Message);
            }
            try
            {
                await wake.WaitAsync(PollInterval, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already woken
        }
    }

    void Tell(Action<GraphStamp> listener, GraphStamp stamp)
    {
        try
        {
            listener(stamp);
        }
        catch (Exception e)
        {
            log?.LogError(e, "A graph version listener failed");
        }
    }

    /// <summary>Stops polling (the token and semaphore are left to the collector: the poll may still be waking up).</summary>
    public void Dispose() => stopping.Cancel();

    sealed class Subscription(GraphVersion version, Action<GraphStamp> onChange) : IDisposable
    {
        public void Dispose()
        {
            lock (version.subscribers) version.subscribers.Remove(onChange);
        }
    }
}
