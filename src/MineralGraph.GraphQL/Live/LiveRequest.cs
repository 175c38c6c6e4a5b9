using System.Collections.Concurrent;

namespace MineralGraph.GraphQL.Live;

/// <summary>
/// What one event-stream request hands its subscription: where to resume (<c>Last-Event-ID</c>), the limits, the
/// process's <see cref="ChangeFanOut"/>, and the count of changes handed to execution but not yet written to the
/// client — the bound that keeps a slow reader from growing the server's memory.
/// </summary>
public sealed class LiveRequest(ChangeFanOut? fanOut, long? lastEventId, int maxIds, int bufferSize, CancellationToken closed)
{
    readonly ConcurrentQueue<long> inFlight = new();
    int overflowed;

    /// <summary>The process's reader of new changes; null on a server that keeps no changes.</summary>
    public ChangeFanOut? FanOut { get; } = fanOut;

    /// <summary>The sequence the client last saw, from the <c>Last-Event-ID</c> header; it overrides <c>since</c>.</summary>
    public long? LastEventId { get; } = lastEventId;

    /// <summary>Most ids one subscription may name (<c>Subscriptions:MaxIds</c>).</summary>
    public int MaxIds { get; } = maxIds;

    /// <summary>Most changes waiting for the client at once (<c>Subscriptions:BufferSize</c>).</summary>
    public int BufferSize { get; } = bufferSize;

    /// <summary>Cancelled when the stream ends: the client left, the server is stopping, or the client fell behind.</summary>
    public CancellationToken Closed { get; } = closed;

    /// <summary>Changes handed to execution whose events are not written yet.</summary>
    public int Waiting => inFlight.Count;

    /// <summary>True once the client fell <see cref="BufferSize"/> changes behind; the stream then ends with SLOW_CONSUMER.</summary>
    public bool Overflowed => Volatile.Read(ref overflowed) == 1;

    /// <summary>Raised once, when the client falls behind.</summary>
    public event Action? Overflow;

    /// <summary>
    /// Records that change <paramref name="sequence"/> goes to execution; false (and the stream is marked overflowed)
    /// when the client already has <see cref="BufferSize"/> changes waiting.
    /// </summary>
    public bool TryHandOver(long sequence)
    {
        if (Overflowed) return false;
        if (inFlight.Count >= BufferSize)
        {
            MarkOverflowed();
            return false;
        }
        inFlight.Enqueue(sequence);
        return true;
    }

    /// <summary>The client fell behind: the stream ends with SLOW_CONSUMER.</summary>
    public void MarkOverflowed()
    {
        if (Interlocked.Exchange(ref overflowed, 1) == 0) Overflow?.Invoke();
    }

    /// <summary>The sequence of the next change to write, in the order they were handed over (execution keeps it).</summary>
    public bool TryTakeWritten(out long sequence) => inFlight.TryDequeue(out sequence);
}
