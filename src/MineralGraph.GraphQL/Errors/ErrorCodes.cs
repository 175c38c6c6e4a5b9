namespace MineralGraph.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values clients can rely on.</summary>
public static class ErrorCodes
{
    /// <summary>An id names nothing in the graph.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>An argument is well typed but unusable (empty search text, a cursor from elsewhere).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>The graph store did not answer; the request may be retried.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    /// <summary>Something failed inside the server; details are in the log under the request id.</summary>
    public const string Internal = "INTERNAL_SERVER_ERROR";
    /// <summary>A number argument is above its cap or below its floor.</summary>
    public const string ArgumentOutOfRange = "ARGUMENT_OUT_OF_RANGE";
}
