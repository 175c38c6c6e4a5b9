using GraphQL;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Live;

/// <summary>
/// One subscription's changes, oldest first, each once: first the backlog after <c>since</c> from the store (read in
/// pages, paced to the client; "from now" is the store's latest change, read by the resolver), then the live changes the <see cref="ChangeFanOut"/> hands over, filtered by the
/// domain's <see cref="ChangeScope"/>. The listener is registered before the backlog is read and holds live changes
/// back until the backlog is out, then skips what the backlog already sent: a change committed during the read is
/// neither missed nor sent twice.
/// </summary>
public sealed class ChangeFeed(LiveRequest live, IReadOnlyList<string>? ids, long since) : IObservable<Change>
{
    public IDisposable Subscribe(IObserver<Change> observer)
    {
        var subscription = new Subscription(live, ids, observer);
        subscription.Start(since);
        return subscription;
    }

    /// <summary>The change the client fell behind on; its error ends the stream with SLOW_CONSUMER.</summary>
    public static ExecutionError SlowConsumer(int bufferSize) =>
        new($"This stream fell {bufferSize} changes behind (Subscriptions:BufferSize) and was closed; reconnect with Last-Event-ID to resume where it stopped.")
        { Code = LiveErrorCodes.SlowConsumer };

    sealed class Subscription(LiveRequest live, IReadOnlyList<string>? ids, IObserver<Change> observer) : IChangeListener, IDisposable
    {
        readonly Lock gate = new();
        readonly Queue<Change> heldBack = new();
        readonly CancellationTokenSource ended = CancellationTokenSource.CreateLinkedTokenSource(live.Closed);
        ChangeScope? scope = ids is null ? null : ChangeScope.OfNames(ids);
        bool caughtUp;
        bool done;
        long lastSent;

        public void Start(long from)
        {
            lastSent = from;
            live.FanOut!.Register(this);
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(() => SendBacklogAsync(from));
        }

        async Task SendBacklogAsync(long from)
        {
            try
            {
                var cursor = from;
                while (true)
                {
                    var page = await live.FanOut!.Curation.ChangesAsync(new ChangesQuery(cursor, ids, First: 100), ended.Token);
                    foreach (var change in page.Items)
                    {
                        // Paced: the backlog waits for the client instead of filling its buffer.
                        while (live.Waiting >= live.BufferSize / 2 + 1) await Task.Delay(10, ended.Token);
                        lock (gate) Send(change);
                        cursor = change.Sequence;
                    }
                    if (page.Items.Count < 100) break;
                }
                lock (gate)
                {
                    while (heldBack.TryDequeue(out var change))
                    {
                        if (change.Sequence > lastSent) Send(change);
                    }
                    caughtUp = true;
                }
            }
            catch (OperationCanceledException) when (ended.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                lock (gate) Fail(e);
            }
        }

        public void Deliver(Change change)
        {
            if (scope is { } current)
            {
                if (!current.Touches(change)) return;
                // An entity that absorbs another keeps being followed under both ids.
                scope = current.Following(change);
            }
            lock (gate)
            {
                if (done || change.Sequence <= lastSent) return;
                if (caughtUp) Send(change);
                else if (heldBack.Count < live.BufferSize) heldBack.Enqueue(change);
                else
                {
                    live.MarkOverflowed();
                    Fail(SlowConsumer(live.BufferSize));
                }
            }
        }

        void Send(Change change)
        {
            if (done) return;
            if (!live.TryHandOver(change.Sequence))
            {
                Fail(SlowConsumer(live.BufferSize));
                return;
            }
            lastSent = change.Sequence;
            observer.OnNext(change);
        }

        void Fail(Exception error)
        {
            if (done) return;
            done = true;
            live.FanOut!.Unregister(this);
            observer.OnError(error);
        }

        public void Dispose()
        {
            lock (gate) done = true;
            live.FanOut!.Unregister(this);
            ended.Cancel();
            ended.Dispose();
        }
    }
}
