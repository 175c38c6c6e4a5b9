using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Live;

/// <summary>The limits of live subscriptions (configuration section <c>Subscriptions</c>); a bad value stops start-up naming it.</summary>
public sealed class SubscriptionSettings
{
    public const string Section = "Subscriptions";

    /// <summary>Event streams one client (its API key, else its IP address, an IPv6 one by its /64) may hold open at once.</summary>
    public int MaxConnectionsPerClient { get; set; } = 20;

    /// <summary>Ids one subscription may watch.</summary>
    public int MaxIds { get; set; } = QueryCaps.ChangeIds;

    /// <summary>Changes that may wait for a slow reader before its stream is ended with SLOW_CONSUMER.</summary>
    public int BufferSize { get; set; } = 256;

    /// <summary>How often an idle stream gets a comment line (<c>: ping</c>), so proxies keep it open.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a slow reader's final SLOW_CONSUMER event may take to go out before the connection is cut.</summary>
    public TimeSpan SlowConsumerGrace { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<string> Problems()
    {
        if (MaxConnectionsPerClient < 1) yield return $"{Section}:MaxConnectionsPerClient is {MaxConnectionsPerClient}; give 1 or more.";
        if (MaxIds is < 1 or > QueryCaps.ChangeIds) yield return $"{Section}:MaxIds is {MaxIds}; give 1 to {QueryCaps.ChangeIds} (the change log's limit).";
        if (BufferSize < 1) yield return $"{Section}:BufferSize is {BufferSize}; give 1 or more.";
        if (HeartbeatInterval < TimeSpan.FromMilliseconds(100)) yield return $"{Section}:HeartbeatInterval is {HeartbeatInterval}; give at least 00:00:00.1.";
        if (SlowConsumerGrace <= TimeSpan.Zero) yield return $"{Section}:SlowConsumerGrace is {SlowConsumerGrace}; give a positive time.";
    }
}
