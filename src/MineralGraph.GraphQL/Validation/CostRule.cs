using System.Collections;
using System.Globalization;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// Refuses an operation whose estimated cost is above <see cref="QueryLimits.MaxCost"/> or whose selections nest
/// deeper than <see cref="QueryLimits.MaxDepth"/>, using graphql-dotnet's complexity analysis: every field costs
/// one point, multiplied by the sizes of the lists it is inside. A list's size is what the request asks for:
/// its <c>first</c>/<c>last</c> (or their default), the number of <c>ids</c>, the <c>first</c> of the connection
/// it belongs to, or for a neighbourhood the nodes it can reach; otherwise <see cref="QueryLimits.DefaultListSize"/>.
/// A neighbourhood itself costs the nodes it can reach, as it walks them whatever is selected.
/// The estimate reads argument values after variables are applied, so a cached document runs this rule again
/// whenever it has variables.
/// </summary>
public sealed class CostRule(QueryLimits limits) : ComplexityValidationRule(OptionsFor(limits))
{
    static ComplexityOptions OptionsFor(QueryLimits limits) => new()
    {
        // The rule below reports both limits itself, with our codes and messages.
        MaxComplexity = null,
        MaxDepth = null,
        DefaultListImpactMultiplier = limits.DefaultListSize,
        DefaultComplexityImpactDelegate = context => Impact(context, limits),
    };

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > limits.MaxDepth)
            context.ReportError(new ValidationError(
                $"The operation nests {maxDepth} levels deep; the limit is {limits.MaxDepth} (Limits:MaxDepth).") { Code = ErrorCodes.DepthLimitExceeded });
        if (totalComplexity > limits.MaxCost)
            context.ReportError(new ValidationError(
                $"The operation's estimated cost is {Number(totalComplexity)}; the limit is {Number(limits.MaxCost)} (Limits:MaxCost). " +
                "Each field costs 1, multiplied by the page size (first) of every list it is inside: ask for smaller pages or fewer nested lists.")
            { Code = ErrorCodes.CostLimitExceeded });
        return default;
    }

    static string Number(double value) => Math.Ceiling(value).ToString("N0", CultureInfo.InvariantCulture);

    static FieldComplexityResult Impact(FieldImpactContext context, QueryLimits limits)
    {
        if (!IsList(context.FieldDefinition.ResolvedType))
        {
            // A traversal does its walk whatever is selected from it, so it costs the nodes it may reach: fifteen
            // aliased neighbourhoods asking only for `truncated` are not fifteen points.
            return new(context.FieldDefinition.Arguments?.Find("limitPerNode") is not null ? SizeFrom(context.Arguments, context.FieldDefinition) ?? 1 : 1, 1);
        }
        var size = SizeFrom(context.Arguments, context.FieldDefinition)
                   ?? (context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) ? SizeFrom(parent.Arguments, parent.FieldDefinition) : null)
                   ?? limits.DefaultListSize;
        return new(1, size);
    }

    static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    /// <summary>How many items the arguments ask for (or their defaults, when none is given), when they say.</summary>
    static double? SizeFrom(IDictionary<string, ArgumentValue>? given, FieldType field)
    {
        // graphql-dotnet leaves the argument values out when a field has no argument at all: take the defaults then.
        var arguments = given ?? Defaults(field);
        if (arguments is null) return null;
        if (Int(arguments, "first") is { } first) return first;
        if (Int(arguments, "last") is { } last) return last;
        if (arguments.TryGetValue("ids", out var ids) && ids.Value is ICollection list) return Math.Max(1, list.Count);
        // A neighbourhood reaches at most limitPerNode^1 + … + limitPerNode^depth nodes besides its center, and never
        // more than the store's node cap.
        if (Int(arguments, "depth") is { } depth && Int(arguments, "limitPerNode") is { } perNode)
        {
            double reach = 1, level = 1;
            for (var i = 0; i < depth && reach < QueryDefaults.MaxNodes; i++) reach += level *= perNode;
            return Math.Min(reach, QueryDefaults.MaxNodes);
        }
        return null;
    }

    static Dictionary<string, ArgumentValue>? Defaults(FieldType field)
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

    static int? Int(IDictionary<string, ArgumentValue> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value.Value is int n && n > 0 ? n : null;
}
