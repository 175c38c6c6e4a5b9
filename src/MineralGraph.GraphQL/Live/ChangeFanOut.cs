using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Live;

/// <summary>A subscription fed by the <see cref="ChangeFanOut"/>: it hears every new change once, in order, on the fan-out's loop.</summary>
public interface IChangeListener
{
    void Deliver(Change change);
}

/// <summary>
/// The one reader of new changes in a server process: it listens to the store's <see cref="IChangeSignal"/> once,
/// reads what is new once per signal (<see cref="ICurationStore.ChangesAsync"/> after the last change it read) and
/// hands each change to every listener, which filters it. With no listener it reads nothing and only moves its
/// position, so an idle server costs nothing. It starts where the signal first says the log stands
/// (<see cref="IChangeSignal.LatestAsync"/>; on Neo4j, the first reading of the change counter) and reads nothing
/// before that: from an unread position it would read the whole log again.
/// </summary>
public sealed class ChangeFanOut : IDisposable
{
    const int PageSize = 100;
    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    readonly ICurationStore curation;
    readonly IDisposable signalSubscription;
    readonly Action<Exception>? onReadError;
    readonly CancellationTokenSource stopping = new();
    readonly Lock gate = new();
    IChangeListener[] listeners = [];
    long position;
    long wanted;
    bool started;
    int reading;

    public ChangeFanOut(ICurationStore curation, IChangeSignal signal, Action<Exception>? onReadError = null)
    {
        this.curation = curation;
        this.onReadError = onReadError;
        signalSubscription = signal.Subscribe(OnNewLatest);
        _ = StartAsync(signal);
    }

    /// <summary>Whether the fan-out knows where the log stood when it began (before that it reads nothing).</summary>
    public bool Started
    {
        get
        {
            lock (gate) return started;
        }
    }

    async Task StartAsync(IChangeSignal signal)
    {
        long latest;
        try
        {
            latest = await signal.LatestAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        lock (gate)
        {
            // Numbers heard meanwhile only moved what is wanted; the log stood at least at the first reading.
            position = Math.Max(position, latest);
            wanted = Math.Max(wanted, position);
            started = true;
            if (position >= wanted || listeners.Length == 0)
            {
                position = wanted;
                return;
            }
        }
        if (Interlocked.CompareExchange(ref reading, 1, 0) != 0) return;
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(ReadAsync);
    }

    /// <summary>The store's change log this fan-out reads.</summary>
    public ICurationStore Curation => curation;

    /// <summary>How many subscriptions listen now.</summary>
    public int ListenerCount => Volatile.Read(ref listeners).Length;

    /// <summary>
    /// Adds a listener: it hears every change the fan-out reads from now on (those after its position), and filters
    /// them itself by where it started (<see cref="ChangeFeed"/> reads its backlog from the store).
    /// </summary>
    public void Register(IChangeListener listener)
    {
        lock (gate) listeners = [.. listeners, listener];
    }

    public void Unregister(IChangeListener listener)
    {
        lock (gate) listeners = [.. listeners.Where(l => !ReferenceEquals(l, listener))];
    }

    void OnNewLatest(long latest)
    {
        lock (gate)
        {
            if (latest <= wanted) return;
            wanted = latest;
            // Where the log stood is not read yet: the start reads from there.
            if (!started) return;
            // Nobody listens: nothing to read, only the position moves.
            if (listeners.Length == 0)
            {
                position = Math.Max(position, latest);
                return;
            }
        }
        if (Interlocked.CompareExchange(ref reading, 1, 0) != 0) return;
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(ReadAsync);
    }

    async Task ReadAsync()
    {
        while (true)
        {
            try
            {
                await ReadUpToWantedAsync();
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                onReadError?.Invoke(e);
                try
                {
                    await Task.Delay(RetryDelay, stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Volatile.Write(ref reading, 0);
            // A signal that came while the loop was finishing found it still running: look again.
            lock (gate)
            {
                if (position >= wanted || listeners.Length == 0) return;
            }
            if (Interlocked.CompareExchange(ref reading, 1, 0) != 0) return;
        }
    }

    async Task ReadUpToWantedAsync()
    {
        while (true)
        {
            long from;
            lock (gate)
            {
                if (listeners.Length == 0) position = Math.Max(position, wanted);
                if (position >= wanted) return;
                from = position;
            }
            var page = await curation.ChangesAsync(new ChangesQuery(from, First: PageSize), stopping.Token);
            if (page.Items.Count == 0)
            {
                // The signal ran ahead of what this replica can read yet; the next signal (or poll) brings it.
                lock (gate) wanted = Math.Min(wanted, from);
                return;
            }
            IChangeListener[] now;
            lock (gate)
            {
                // Listeners that register from here on start after this page; those before hear all of it.
                now = listeners;
                position = page.Items[^1].Sequence;
            }
            foreach (var change in page.Items)
            {
                foreach (var listener in now) listener.Deliver(change);
            }
        }
    }

    public void Dispose()
    {
        signalSubscription.Dispose();
        stopping.Cancel();
    }
}
