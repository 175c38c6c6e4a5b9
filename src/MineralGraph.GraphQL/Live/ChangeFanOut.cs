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
/// position, so an idle server costs nothing.
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
    int reading;

    public ChangeFanOut(ICurationStore curation, IChangeSignal signal, Action<Exception>? onReadError = null)
    {
        this.curation = curation;
        this.onReadError = onReadError;
        position = wanted = signal.Latest;
        signalSubscription = signal.Subscribe(OnNewLatest);
    }

    /// <summary>The store's change log this fan-out reads.</summary>
    public ICurationStore Curation => curation;

    /// <summary>How many subscriptions listen now.</summary>
    public int ListenerCount => Volatile.Read(ref listeners).Length;

    /// <summary>
    /// Adds a listener and returns the fan-out's position: the listener hears every change after it, and none up to it.
    /// </summary>
    public long Register(IChangeListener listener)
    {
        lock (gate)
        {
            listeners = [.. listeners, listener];
            return position;
        }
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
