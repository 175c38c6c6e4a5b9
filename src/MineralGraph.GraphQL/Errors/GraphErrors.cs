using GraphQL;

namespace MineralGraph.GraphQL.Errors;

/// <summary>Errors resolvers report for bad input; each carries a code from <see cref="ErrorCodes"/>.</summary>
public static class GraphErrors
{
    public static ExecutionError NotFound(string what, string id) =>
        new($"No {what} has the id '{id}'.") { Code = ErrorCodes.NotFound };

    public static ExecutionError BadInput(string message) =>
        new(message) { Code = ErrorCodes.BadUserInput };

    /// <summary>An <c>after</c> argument that no page of this API handed out.</summary>
    public static ExecutionError NotACursor(string after) => BadInput($"after: '{after}' is not a cursor returned by this API.");

    /// <summary>The operation ran past <c>Limits:ExecutionTimeout</c>; what it had found is dropped.</summary>
    public static ExecutionError Timeout(TimeSpan limit) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The operation ran longer than the limit of {limit.TotalSeconds:0.###} s (Limits:ExecutionTimeout) and was stopped; ask for less (smaller pages, fewer nested lists) or try again."))
        { Code = ErrorCodes.Timeout };

    /// <summary>Adds an error at this field (or an index below it) without failing the field.</summary>
    public static void Report(this IResolveFieldContext context, ExecutionError error, int? index = null)
    {
        error.AddLocation(context.FieldAst, context.Document);
        error.Path = index is { } i ? context.Path.Append(i) : context.Path;
        context.Errors.Add(error);
    }
}
