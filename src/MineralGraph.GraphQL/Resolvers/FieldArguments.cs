using GraphQL.Execution;
using GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>Argument values as graphql-dotnet hands them to a resolver.</summary>
public static class FieldArguments
{
    /// <summary>
    /// The values of a field written without arguments: its declared defaults (graphql-dotnet leaves such a field out of
    /// the validated argument values and gives the resolver the defaults); null when it declares none.
    /// </summary>
    public static Dictionary<string, ArgumentValue>? Defaults(FieldType field)
    {
        if (field.Arguments is not { Count: > 0 } definitions) return null;
        Dictionary<string, ArgumentValue>? defaults = null;
        foreach (var argument in definitions)
        {
            if (argument.DefaultValue is not null)
                (defaults ??= [])[argument.Name] = new ArgumentValue(argument.DefaultValue, ArgumentSource.FieldDefault);
        }
        return defaults;
    }
}
