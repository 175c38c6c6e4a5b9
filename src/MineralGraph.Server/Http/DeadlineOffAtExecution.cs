using GraphQL.Execution;

namespace MineralGraph.Server.Http;

/// <summary>
/// Stops a mutation's deadline once it has been validated and starts to run: parsing and validation are held to
/// Limits:ExecutionTimeout like any request, but a change that has begun is never abandoned midway by the clock.
/// </summary>
public sealed class DeadlineOffAtExecution(CancellationTokenSource deadline) : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        deadline.CancelAfter(Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }
}
