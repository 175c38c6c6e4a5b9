namespace MineralGraph.Domain.Store;

/// <summary>The backing database did not answer (down, unreachable, timed out, circuit open).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
