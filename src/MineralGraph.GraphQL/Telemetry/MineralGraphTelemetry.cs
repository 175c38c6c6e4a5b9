using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MineralGraph.GraphQL.Telemetry;

/// <summary>
/// The "MineralGraph" ActivitySource and Meter, and the instruments the API records. With no listener attached
/// (no OpenTelemetry provider, no dotnet-counters) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/>
/// returns null and the instruments are disabled, so the hot path pays for a couple of flag checks only.
/// </summary>
public static class MineralGraphTelemetry
{
    public const string Name = "MineralGraph";

    /// <summary>Bucket bounds in seconds: the default OpenTelemetry buckets are milliseconds-sized.</summary>
    static readonly IReadOnlyList<double> SecondsBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    /// <summary>One point per executed GraphQL operation, tagged by operation type, name and outcome.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram(
        "mineralgraph.graphql.request.duration", "s", "Time to execute a GraphQL operation and write its answer.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    /// <summary>One point per store call, tagged by the store operation and its outcome.</summary>
    public static readonly Histogram<double> StoreDuration = Meter.CreateHistogram(
        "mineralgraph.store.duration", "s", "Time the graph store took to answer one call.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    /// <summary>Errors in GraphQL answers, tagged by the <c>extensions.code</c> the client saw.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "mineralgraph.graphql.errors", "{error}", "Errors returned in GraphQL answers, by code.");

    // Tag names, shared by spans and metrics.
    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string RequestIdTag = "mineralgraph.request.id";
    public const string OutcomeTag = "mineralgraph.outcome";
    public const string StoreOperationTag = "mineralgraph.store.operation";
    public const string StoreKeysTag = "mineralgraph.store.keys";
    public const string ErrorCodeTag = "error.code";
}
