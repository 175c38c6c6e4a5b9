using GraphQL;

namespace MineralGraph.GraphQL.Errors;

/// <summary>Errors resolvers report for bad input; each carries a code from <see cref="ErrorCodes"/>.</summary>
public static class GraphErrors
{
    public static ExecutionError NotFound(string what, string id) =>
        new($"No {what} has the id '{id}'.") { Code = ErrorCodes.NotFound };

    public static ExecutionError BadInput(string message) =>
        new(message) { Code = ErrorCodes.BadUserInput };

    /// <summary>Adds an error at this field (or an index below it) without failing the field.</summary>
    public static void Report(this IResolveFieldContext context, ExecutionError error, int? index = null)
    {
        error.AddLocation(context.FieldAst, context.Document);
        error.Path = index is { } i ? context.Path.Append(i) : context.Path;
        context.Errors.Add(error);
    }
}
