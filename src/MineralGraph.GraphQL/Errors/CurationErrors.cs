using GraphQL;
using MineralGraph.Domain.Curation;

namespace MineralGraph.GraphQL.Errors;

/// <summary>The errors a curation request can end in; none says whether a key exists or whose it is.</summary>
public static class CurationErrors
{
    /// <summary>No key, or a key that is not a curator's.</summary>
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    /// <summary>The server was started without a place to keep changes.</summary>
    public const string DisabledCode = "CURATION_DISABLED";

    public const string UnauthenticatedMessage = "Changing the graph needs a curator API key: send it as `Authorization: Bearer <key>`.";

    public static ExecutionError Unauthenticated() => new(UnauthenticatedMessage) { Code = UnauthenticatedCode };

    /// <param name="reason">Why, as the server's configuration made it (a synthetic graph, no journal).</param>
    public static ExecutionError Disabled(string? reason) =>
        new($"This server does not accept changes: {reason ?? "start it with Curation:JournalPath (embedded store) or on Neo4j"}.") { Code = DisabledCode };

    /// <summary>BAD_USER_INPUT listing every problem; <c>extensions.problems</c> holds them as {field, message}.</summary>
    public static ExecutionError Rejected(IReadOnlyList<CurationProblem> problems)
    {
        var error = new ExecutionError($"The change was refused and nothing was written: {string.Join("; ", problems)}.") { Code = ErrorCodes.BadUserInput };
        error.Data["problems"] = problems.Select(p => new Dictionary<string, object?> { ["field"] = p.Field, ["message"] = p.Message }).ToList();
        return error;
    }
}
