namespace MineralGraph.GraphQL.Live;

/// <summary>The <c>extensions.code</c> values an event stream can end with.</summary>
public static class LiveErrorCodes
{
    /// <summary>The client read too slowly: <c>Subscriptions:BufferSize</c> changes waited for it. Reconnect with Last-Event-ID.</summary>
    public const string SlowConsumer = "SLOW_CONSUMER";
    /// <summary>The client has <c>Subscriptions:MaxConnectionsPerClient</c> streams open already.</summary>
    public const string TooManyStreams = "TOO_MANY_STREAMS";
    /// <summary>A subscription sent as plain JSON; subscriptions need <c>Accept: text/event-stream</c>.</summary>
    public const string NeedsEventStream = "SUBSCRIPTION_NEEDS_EVENT_STREAM";
}
