using System.Threading.Channels;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// The <see cref="IChangeSignal"/> both stores raise: <see cref="Raise"/> only records the number and queues it, and
/// one background loop tells listeners, in order, skipping numbers not newer than the last told (so a burst of
/// changes may be heard as its newest number only). A failing listener is logged through <paramref name="onListenerError"/> and the others still hear.
/// </summary>
public sealed class ChangeSignal : IChangeSignal, IDisposable
{
    readonly Channel<long> raised = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    readonly List<Action<long>> listeners = [];
    readonly Action<Exception>? onListenerError;
    long latest;

    public ChangeSignal(long latest = 0, Action<Exception>? onListenerError = null)
    {
        this.latest = latest;
        this.onListenerError = onListenerError;
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(TellAsync);
    }

    public long Latest => Volatile.Read(ref latest);

    /// <summary><see cref="Latest"/>: the store that raises this signal knows where its log stands from the start.</summary>
    public ValueTask<long> LatestAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Latest);

    public IDisposable Subscribe(Action<long> onNewLatest)
    {
        lock (listeners) listeners.Add(onNewLatest);
        return new Subscription(this, onNewLatest);
    }

    /// <summary>Change <paramref name="sequence"/> is durable. Returns at once; numbers not above <see cref="Latest"/> are ignored.</summary>
    public void Raise(long sequence)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref latest);
            if (sequence <= seen) return;
        }
        while (Interlocked.CompareExchange(ref latest, sequence, seen) != seen);
        raised.Writer.TryWrite(sequence);
    }

    /// <summary>Where the log stands when first learned (a store reading it at start): raises <see cref="Latest"/> without telling anyone.</summary>
    public void Know(long sequence)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref latest);
            if (sequence <= seen) return;
        }
        while (Interlocked.CompareExchange(ref latest, sequence, seen) != seen);
    }

    async Task TellAsync()
    {
        long told = 0;
        await foreach (var sequence in raised.Reader.ReadAllAsync())
        {
            // Only the newest queued number matters once the loop is behind.
            var newest = sequence;
            while (raised.Reader.TryRead(out var next)) newest = Math.Max(newest, next);
            if (newest <= told) continue;
            told = newest;
            Action<long>[] now;
            lock (listeners) now = [.. listeners];
            foreach (var listener in now)
            {
                try
                {
                    listener(newest);
                }
                catch (Exception e)
                {
                    onListenerError?.Invoke(e);
                }
            }
        }
    }

    public void Dispose() => raised.Writer.TryComplete();

    sealed class Subscription(ChangeSignal signal, Action<long> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (signal.listeners) signal.listeners.Remove(listener);
        }
    }
}
