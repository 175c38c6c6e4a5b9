using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;

namespace MineralGraph.GraphQL.Telemetry;

/// <summary>
/// The span and duration point of one GraphQL operation: the span is named like OpenTelemetry's GraphQL
/// convention (<c>query NodeById</c>, or <c>query</c> when anonymous) and parents the store spans of its
/// resolvers. <see cref="Start"/> returns null when nothing listens, so an unobserved request allocates nothing.
/// </summary>
public sealed class GraphQLOperationScope : IDisposable
{
    /// <summary>Client-chosen names feed a metric tag: keep them short (the SDK also caps distinct tag sets).</summary>
    const int MaxNameLength = 64;

    readonly Activity? activity;
    readonly long started = Stopwatch.GetTimestamp();
    readonly string type;
    readonly string name;
    string outcome = "failed"; // until Complete says otherwise: an exception escaped execution

    GraphQLOperationScope(Activity? activity, string type, string name)
    {
        this.activity = activity;
        this.type = type;
        this.name = name;
    }

    /// <summary>Starts measuring the operation <paramref name="operationName"/> selects in <paramref name="document"/> (the only one when null).</summary>
    public static GraphQLOperationScope? Start(GraphQLDocument document, string? operationName, string requestId)
    {
        var activity = MineralGraphTelemetry.Source.StartActivity("graphql.operation");
        if (activity is null && !MineralGraphTelemetry.RequestDuration.Enabled) return null;
        var operation = OperationOf(document, operationName);
        operationName = operation?.Name?.StringValue;
        var type = operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        var name = string.IsNullOrEmpty(operationName) ? "" :
            operationName.Length <= MaxNameLength ? operationName : operationName[..MaxNameLength];
        if (activity is not null)
        {
            activity.DisplayName = name.Length == 0 ? type : $"{type} {name}";
            activity.SetTag(MineralGraphTelemetry.OperationTypeTag, type);
            if (name.Length > 0) activity.SetTag(MineralGraphTelemetry.OperationNameTag, name);
            activity.SetTag(MineralGraphTelemetry.RequestIdTag, requestId);
        }
        return new GraphQLOperationScope(activity, type, name);
    }

    static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation &&
                (string.IsNullOrEmpty(operationName) || operation.Name?.StringValue == operationName))
                return operation;
        }
        return null;
    }

    /// <summary>Records how the operation ended: <c>ok</c>, <c>error</c> (ran, with errors) or <c>rejected</c> (did not run).</summary>
    public void Complete(ExecutionResult result)
    {
        outcome = !result.Executed ? "rejected" : result.Errors is { Count: > 0 } ? "error" : "ok";
        if (outcome != "ok" && activity is not null)
        {
            var first = result.Errors is { Count: > 0 } errors ? GraphQLErrorCounter.CodeOf(errors[0]) : outcome;
            activity.SetStatus(ActivityStatusCode.Error, first);
        }
    }

    public void Dispose()
    {
        if (outcome == "failed") activity?.SetStatus(ActivityStatusCode.Error, "exception");
        activity?.SetTag(MineralGraphTelemetry.OutcomeTag, outcome);
        activity?.Dispose();
        if (MineralGraphTelemetry.RequestDuration.Enabled)
        {
            MineralGraphTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>(MineralGraphTelemetry.OperationTypeTag, type),
                new KeyValuePair<string, object?>(MineralGraphTelemetry.OperationNameTag, name),
                new KeyValuePair<string, object?>(MineralGraphTelemetry.OutcomeTag, outcome));
        }
    }
}
