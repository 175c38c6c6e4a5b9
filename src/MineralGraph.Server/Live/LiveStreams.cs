using Microsoft.Extensions.Options;

namespace MineralGraph.Server.Live;

/// <summary>
/// The open event streams of this process: how many each client holds (<c>Subscriptions:MaxConnectionsPerClient</c>),
/// one heartbeat timer for all of them (an idle stream costs no timer of its own), and the server's shutdown, which
/// ends every stream with <c>complete</c>.
/// </summary>
public sealed class LiveStreams : IDisposable
{
    readonly SubscriptionSettings settings;
    readonly Dictionary<string, int> perClient = new(StringComparer.Ordinal);
    readonly HashSet<EventStream> open = [];
    readonly Lock gate = new();
    readonly Timer heartbeat;
    readonly CancellationTokenRegistration onStopping;

    public LiveStreams(IOptions<SubscriptionSettings> options, IHostApplicationLifetime lifetime)
    {
        settings = options.Value;
        heartbeat = new Timer(_ => Beat(), null, settings.HeartbeatInterval, settings.HeartbeatInterval);
        onStopping = lifetime.ApplicationStopping.Register(StopAll);
    }

    public SubscriptionSettings Settings => settings;

    /// <summary>Streams open now.</summary>
    public int Count
    {
        get
        {
            lock (gate) return open.Count;
        }
    }

    /// <summary>True when a server shutdown has begun: no new stream opens.</summary>
    public bool Stopping { get; private set; }

    /// <summary>Counts a new stream for <paramref name="client"/>; false when it holds the most it may.</summary>
    public bool TryOpen(string client, EventStream stream)
    {
        lock (gate)
        {
            if (Stopping) return false;
            perClient.TryGetValue(client, out var count);
            if (count >= settings.MaxConnectionsPerClient) return false;
            perClient[client] = count + 1;
            open.Add(stream);
            return true;
        }
    }

    public void Close(string client, EventStream stream)
    {
        lock (gate)
        {
            if (!open.Remove(stream)) return;
            if (perClient.TryGetValue(client, out var count) && count > 1) perClient[client] = count - 1;
            else perClient.Remove(client);
        }
    }

    void Beat()
    {
        EventStream[] now;
        lock (gate) now = [.. open];
        foreach (var stream in now) stream.Ping();
    }

    void StopAll()
    {
        EventStream[] now;
        lock (gate)
        {
            Stopping = true;
            now = [.. open];
        }
        foreach (var stream in now) stream.Stop();
    }

    public void Dispose()
    {
        heartbeat.Dispose();
        onStopping.Dispose();
    }
}
