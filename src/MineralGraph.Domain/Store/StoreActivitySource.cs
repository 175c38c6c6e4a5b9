namespace MineralGraph.Domain.Store;

/// <summary>
/// The name of an <see cref="System.Diagnostics.ActivitySource"/> a store traces its database calls with. A store
/// registers one as a service; the host's telemetry listens to every one registered, without knowing the store.
/// </summary>
public sealed record StoreActivitySource(string Name);
