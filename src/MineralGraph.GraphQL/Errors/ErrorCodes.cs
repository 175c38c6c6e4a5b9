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
    /// <summary>Other changes kept the store busy and this one was not made; retry after the Retry-After header's seconds.</summary>
    public const string StoreBusy = "STORE_BUSY";
    /// <summary>Something failed inside the server; details are in the log under the request id.</summary>
    public const string Internal = "INTERNAL_SERVER_ERROR";
    /// <summary>A number argument is above its cap or below its floor.</summary>
    public const string ArgumentOutOfRange = "ARGUMENT_OUT_OF_RANGE";

    /// <summary>The operation's estimated cost is above <c>Limits:MaxCost</c>.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    /// <summary>The operation nests selections deeper than <c>Limits:MaxDepth</c>.</summary>
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";
    /// <summary>The document has more aliases than <c>Limits:MaxAliases</c>.</summary>
    public const string AliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED";
    /// <summary>The document has more tokens than <c>Limits:MaxTokens</c>.</summary>
    public const string TokenLimitExceeded = "TOKEN_LIMIT_EXCEEDED";
    /// <summary>The document is larger than <c>Limits:MaxDocumentBytes</c>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    /// <summary>The POST body is larger than <c>Limits:MaxBodyBytes</c>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    /// <summary>The body was a JSON array of operations; send one operation per request.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    /// <summary>A mutation selected more than one mutation field; a request makes one change, so none ran.</summary>
    public const string MultipleMutations = "MULTIPLE_MUTATIONS";
    /// <summary>The operation ran longer than <c>Limits:ExecutionTimeout</c> and was stopped.</summary>
    public const string Timeout = "TIMEOUT";
}
