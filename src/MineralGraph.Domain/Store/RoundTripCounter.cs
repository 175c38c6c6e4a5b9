namespace MineralGraph.Domain.Store;

/// <summary>
/// Counts the requests a store makes to its database on behalf of one unit of work (an API request): the server
/// sets a fresh counter per request and reports it in a response header, so a GraphQL field that costs more than
/// one round trip shows up in every benchmark run. A store that calls a database counts each attempt, retries
/// included; the embedded store makes none. The counter is a mutable holder in an <see cref="AsyncLocal{T}"/> so
/// that increments made deep in async resolvers reach the request.
/// </summary>
public sealed class RoundTripCounter
{
    static readonly AsyncLocal<RoundTripCounter?> current = new();
    int count;

    /// <summary>The counter of the work running now, or null outside any (start-up, background checks).</summary>
    public static RoundTripCounter? Current => current.Value;

    /// <summary>Starts counting for the current async flow and whatever it calls.</summary>
    public static RoundTripCounter Begin()
    {
        var counter = new RoundTripCounter();
        current.Value = counter;
        return counter;
    }

    public int Count => Volatile.Read(ref count);

    /// <summary>Called by a store for each request it sends to its database.</summary>
    public static void CountOne()
    {
        if (current.Value is { } counter) Interlocked.Increment(ref counter.count);
    }

    /// <summary>
    /// Adds round trips made for this work on another flow: one request that served several units of work at
    /// once (a coalesced batch) counts for each of them.
    /// </summary>
    public void Add(int roundTrips) => Interlocked.Add(ref count, roundTrips);
}
