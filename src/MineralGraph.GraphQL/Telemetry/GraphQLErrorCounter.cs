using GraphQL;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.GraphQL.Telemetry;

/// <summary>Counts the errors of one answer by the code the client sees (masked errors count as what they were masked to).</summary>
public static class GraphQLErrorCounter
{
    public static void Count(ExecutionErrors? errors)
    {
        if (errors is not { Count: > 0 } || !MineralGraphTelemetry.Errors.Enabled) return;
        foreach (var error in errors)
            MineralGraphTelemetry.Errors.Add(1, new KeyValuePair<string, object?>(MineralGraphTelemetry.ErrorCodeTag, CodeOf(error)));
    }

    public static string CodeOf(ExecutionError error)
    {
        if (MaskingErrorInfoProvider.IsUnexpected(error))
            return MaskingErrorInfoProvider.StoreBusy(error) is not null ? ErrorCodes.StoreBusy
                : MaskingErrorInfoProvider.IsStoreUnavailable(error) ? ErrorCodes.StoreUnavailable : ErrorCodes.Internal;
        return error.Code ?? "UNSPECIFIED";
    }
}
