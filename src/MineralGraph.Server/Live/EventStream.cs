using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using MineralGraph.GraphQL.Live;

namespace MineralGraph.Server.Live;

/// <summary>
/// One subscription's event stream: it observes the execution results graphql-dotnet makes of each change and writes
/// them as <c>next</c> events (id: the change's sequence), a <c>: ping</c> comment when <see cref="LiveStreams"/> beats,
/// and <c>complete</c> when the stream ends — the server stopping, the subscription failing, or the client falling
/// behind (then a last <c>next</c> with SLOW_CONSUMER first). It holds at most <c>Subscriptions:BufferSize</c>
/// changes for the client; the client leaving releases everything.
/// </summary>
public sealed class EventStream : IObserver<ExecutionResult>, IDisposable
{
    readonly HttpContext http;
    readonly SubscriptionSettings settings;
    readonly JsonSerializerOptions json;
    readonly Channel<Item> outgoing;
    readonly CancellationTokenSource stopped = new();
    readonly CancellationTokenSource ended;

    public EventStream(HttpContext http, SubscriptionSettings settings, JsonSerializerOptions json)
    {
        this.http = http;
        this.settings = settings;
        this.json = json;
        // The changes themselves are bounded by LiveRequest; the few extra places are for pings and the end.
        outgoing = Channel.CreateBounded<Item>(new BoundedChannelOptions(settings.BufferSize + 4) { SingleReader = true });
        ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopped.Token);
    }

    /// <summary>Cancelled when the stream ends for any reason; what the subscription's reads watch.</summary>
    public CancellationToken Ended => ended.Token;

    /// <summary>The subscription's state, once the request has one.</summary>
    public LiveRequest? Live { get; set; }

    public void Ping() => outgoing.Writer.TryWrite(Item.Ping);

    /// <summary>The server is stopping: end with <c>complete</c>.</summary>
    public void Stop() => stopped.Cancel();

    public void OnNext(ExecutionResult value)
    {
        if (!outgoing.Writer.TryWrite(new Item(ItemKind.Next, value))) Live?.MarkOverflowed();
    }

    public void OnError(Exception error) =>
        outgoing.Writer.TryWrite(new Item(ItemKind.Last, new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The subscription failed.", error)] }));

    public void OnCompleted() => outgoing.Writer.TryWrite(Item.Complete);

    /// <summary>Writes the stream until it ends; returns when the answer is done (or the client gone).</summary>
    public async Task RunAsync(IObservable<ExecutionResult> results)
    {
        bool finished;
        // Subscribed before the headers go out: a client that has the 200 hears every change made after it.
        using (results.Subscribe(this))
        {
            ServerSentEvents.Start(http.Response);
            await http.Response.StartAsync(http.RequestAborted);
            finished = await WriteUntilEndAsync(ended.Token);
        }
        if (!finished && !http.RequestAborted.IsCancellationRequested) await EndAsync();
    }

    /// <summary>Writes what comes until the stream finishes (true) or is ended from outside (false).</summary>
    async Task<bool> WriteUntilEndAsync(CancellationToken writing)
    {
        try
        {
            while (await outgoing.Reader.WaitToReadAsync(writing))
            {
                var finished = false;
                while (!finished && outgoing.Reader.TryRead(out var item))
                {
                    if (Live is { Overflowed: true }) return false;
                    finished = Write(item);
                }
                // Not cancelled when the client falls behind (Kestrel would abort the connection): a reader that never
                // reads is cut by Kestrel's minimum response data rate, one that reads late gets the final event.
                await http.Response.BodyWriter.FlushAsync(writing);
                if (finished) return true;
                if (Live is { Overflowed: true }) return false;
            }
            return true;
        }
        catch (OperationCanceledException) when (writing.IsCancellationRequested)
        {
            // The client left or the server is stopping.
            return false;
        }
    }

    /// <summary>Ends a stream the server closes: SLOW_CONSUMER first for a reader that fell behind, then complete.</summary>
    async Task EndAsync()
    {
        var writer = http.Response.BodyWriter;
        if (Live is { Overflowed: true } behind)
        {
            // What waited is dropped; the client learns why, and resumes from the last id it read.
            ServerSentEvents.WriteNext(writer, new ExecutionResult { Errors = [ChangeFeed.SlowConsumer(behind.BufferSize)] }, null, json);
        }
        ServerSentEvents.WriteComplete(writer);
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        grace.CancelAfter(settings.SlowConsumerGrace);
        try
        {
            await writer.FlushAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            // A reader that does not take even the last event is cut off; nothing more is held for it.
            http.Abort();
        }
    }

    /// <summary>Writes one item; true when it ended the stream.</summary>
    bool Write(Item item)
    {
        var writer = http.Response.BodyWriter;
        switch (item.Kind)
        {
            case ItemKind.Ping:
                ServerSentEvents.WritePing(writer);
                return false;
            case ItemKind.Next:
                var result = item.Result!;
                long? id = null;
                if (result.Data is not null && Live is { } live && live.TryTakeWritten(out var sequence)) id = sequence;
                ServerSentEvents.WriteNext(writer, result, id, json);
                return false;
            case ItemKind.Last:
                ServerSentEvents.WriteNext(writer, item.Result!, null, json);
                ServerSentEvents.WriteComplete(writer);
                return true;
            default:
                ServerSentEvents.WriteComplete(writer);
                return true;
        }
    }

    public void Dispose()
    {
        ended.Dispose();
        stopped.Dispose();
    }

    enum ItemKind { Ping, Next, Last, Complete }

    readonly record struct Item(ItemKind Kind, ExecutionResult? Result)
    {
        public static readonly Item Ping = new(ItemKind.Ping, null);
        public static readonly Item Complete = new(ItemKind.Complete, null);
    }
}
