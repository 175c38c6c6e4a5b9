using System.Diagnostics;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// One caller's read while it waits: its statement, the canonical form of its parameters, the request's round-trip
/// counter and span (the statement is sent from another flow), and the answer it will get. A caller that gives up
/// gets its cancellation at once; the statement it shared goes on for the others.
/// </summary>
internal sealed class PendingRead
{
    readonly TaskCompletionSource<QueryResult> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly CancellationTokenRegistration registration;

    public PendingRead(CypherStatement statement, string parametersKey, CancellationToken cancellationToken)
    {
        Statement = statement;
        ParametersKey = parametersKey;
        CancellationToken = cancellationToken;
        Counter = RoundTripCounter.Current;
        Caller = Activity.Current;
        registration = cancellationToken.Register(static state =>
        {
            var read = (PendingRead)state!;
            read.answer.TrySetCanceled(read.CancellationToken);
        }, this);
    }

    public CypherStatement Statement { get; }
    public string ParametersKey { get; }
    public CancellationToken CancellationToken { get; }
    public RoundTripCounter? Counter { get; }
    public Activity? Caller { get; }
    public Task<QueryResult> Task => answer.Task;

    /// <summary>Nobody waits for this answer any more.</summary>
    public bool Abandoned => answer.Task.IsCompleted || CancellationToken.IsCancellationRequested;

    /// <summary>Hands over the answer and the round trips it took (shared round trips count for each read).</summary>
    public void Succeed(QueryResult result, int roundTrips)
    {
        Counter?.Add(roundTrips);
        answer.TrySetResult(result);
        registration.Dispose();
    }

    public void Fail(Exception exception, int roundTrips)
    {
        Counter?.Add(roundTrips);
        answer.TrySetException(exception);
        registration.Dispose();
    }
}
