namespace MineralGraph.Domain.Store;

/// <summary>
/// The store is taking other changes and this one could not start within its wait: nothing was written, and the
/// same request may be sent again after <see cref="RetryAfter"/> (GraphQL answers 503 STORE_BUSY with Retry-After).
/// </summary>
public sealed class StoreBusyException(string message, TimeSpan retryAfter, Exception? inner = null) : Exception(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
