using System.Collections;
using System.Globalization;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Errors;

using MineralGraph.GraphQL.Resolvers;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// Refuses an operation whose estimated cost is above <see cref="QueryLimits.MaxCost"/> or whose selections nest
/// deeper than <see cref="QueryLimits.MaxDepth"/>: every field costs one point, multiplied by the sizes of the lists
/// it is inside, and every fragment spread one more (see <see cref="OperationCost"/>, which estimates in time linear in
/// the document however its fragments spread each other). A list's size is what the request asks for:
/// its <c>first</c>/<c>last</c> (or their default), the number of <c>ids</c>, the <c>first</c> of the connection
/// it belongs to, or for a neighbourhood the nodes it can reach; otherwise <see cref="QueryLimits.DefaultListSize"/>.
/// A neighbourhood itself costs the nodes it can reach, as it walks them whatever is selected.
/// The estimate reads argument values after variables are applied, so a cached document runs this rule again
/// whenever it has variables.
/// </summary>
public sealed class CostRule(QueryLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // After the other rules: a document they refuse (unknown fields, fragment cycles) is not estimated.
        if (context.HasErrors) return default;
        var schemaLists = SchemaLists(context.Schema);
        var (cost, depth) = OperationCost.Of(context, (field, arguments, enclosing) =>
            schemaLists.TryGetValue(field, out var count) ? new FieldPrice(1, count) : Price(field, arguments, enclosing, limits), ChildrenSize);
        if (depth > limits.MaxDepth)
            context.ReportError(new ValidationError(
                $"The operation nests {depth} levels deep; the limit is {limits.MaxDepth} (Limits:MaxDepth).") { Code = ErrorCodes.DepthLimitExceeded });
        if (cost > limits.MaxCost)
            context.ReportError(new ValidationError(
                $"The operation's estimated cost is {Number(cost)}; the limit is {Number(limits.MaxCost)} (Limits:MaxCost). " +
                "Each field costs 1, multiplied by the page size (first) of every list it is inside: ask for smaller pages or fewer nested lists.")
            { Code = ErrorCodes.CostLimitExceeded });
        return default;
    }

    static string Number(double value) => Math.Ceiling(value).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Introspection's <c>__schema { types directives }</c> list the whole schema: their size is the schema's, as
    /// graphql-dotnet prices them, so introspection is estimated at its real size.
    /// </summary>
    static Dictionary<FieldType, int> SchemaLists(ISchema schema)
    {
        var lists = new Dictionary<FieldType, int>();
        if (schema.AllTypes["__Schema"] is IComplexGraphType meta)
        {
            if (meta.GetField("types") is { } types) lists[types] = schema.AllTypes.Count;
            if (meta.GetField("directives") is { } directives) lists[directives] = schema.Directives.Count;
        }
        return lists;
    }

    static FieldPrice Price(FieldType field, IDictionary<string, ArgumentValue>? arguments, double? enclosingSize, QueryLimits limits)
    {
        if (!IsList(field.ResolvedType))
        {
            // A traversal does its walk whatever is selected from it, so it costs the nodes it may reach: fifteen
            // aliased neighbourhoods asking only for `truncated` are not fifteen points.
            return new(field.Arguments?.Find("limitPerNode") is not null ? SizeFrom(arguments, field) ?? 1 : 1, 1);
        }
        return new(1, SizeFrom(arguments, field) ?? enclosingSize ?? limits.DefaultListSize);
    }

    /// <summary>A connection's page size, which sizes the lists inside it (<c>nodes</c>, <c>edges</c>); none for a list.</summary>
    static double? ChildrenSize(FieldType field, IDictionary<string, ArgumentValue>? arguments) =>
        IsList(field.ResolvedType) ? null : SizeFrom(arguments, field);

    static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    /// <summary>How many items the arguments ask for (or their defaults, when none is given), when they say.</summary>
    static double? SizeFrom(IDictionary<string, ArgumentValue>? given, FieldType field)
    {
        // graphql-dotnet leaves the argument values out when a field has no argument at all: take the defaults then.
        var arguments = given ?? FieldArguments.Defaults(field);
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

    static int? Int(IDictionary<string, ArgumentValue> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value.Value is int n && n > 0 ? n : null;
}
