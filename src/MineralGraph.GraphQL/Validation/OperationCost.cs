using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace MineralGraph.GraphQL.Validation;

/// <summary>What one field costs by itself, and what the size of the list it returns multiplies its children by.</summary>
public readonly record struct FieldPrice(double Cost, double ChildMultiplier);

/// <summary>
/// Prices a field from its definition, its argument values and the size its enclosing field's arguments name (null
/// when that field is a list or there is none): the only context a price may depend on, so a fragment can be
/// priced once per enclosing size however often it is spread.
/// </summary>
public delegate FieldPrice FieldPricing(FieldType field, IDictionary<string, ArgumentValue>? arguments, double? enclosingSize);

/// <summary>The size a field's arguments hand to the fields selected inside it (see <see cref="FieldPricing"/>).</summary>
public delegate double? EnclosingSize(FieldType field, IDictionary<string, ArgumentValue>? arguments);

/// <summary>
/// The estimated cost and the depth of the selected operation, in time linear in the document: each fragment is
/// walked once per enclosing size and its result multiplied wherever it is spread, never walked again. (graphql-dotnet's
/// complexity visitor walks a fragment at every spread, so fragments that each spread the previous one twice took
/// 2^levels steps.) Besides its fields, the estimate counts every fragment spread the executor will expand, whether
/// or not @skip/@include drops it: graphql-dotnet counts all of them, recursively, each time it collects a selection
/// set, so spreads that select nothing still cost work and memory.
/// </summary>
public sealed class OperationCost
{
    readonly ValidationContext context;
    readonly FieldPricing price;
    readonly EnclosingSize enclosingSize;
    readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    readonly Dictionary<(GraphQLFragmentDefinition, double?), Estimate> priced = [];
    readonly Dictionary<GraphQLFragmentDefinition, double> spreadCounts = [];
    readonly HashSet<GraphQLFragmentDefinition> walking = [];
    int steps;

    /// <summary>Cost with a standing multiplier of 1; depth as the levels of nested selections below this point.</summary>
    readonly record struct Estimate(double Cost, int Depth);

    OperationCost(ValidationContext context, FieldPricing price, EnclosingSize enclosingSize)
    {
        this.context = context;
        this.price = price;
        this.enclosingSize = enclosingSize;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment) fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>
    /// The cost of <see cref="ValidationContext.Operation"/> (each field's price times the child multipliers of the
    /// fields it is inside) and its depth as graphql-dotnet counts it (<c>{ a { b } }</c> is 2). Throws
    /// <see cref="OperationCanceledException"/> when the validation is cancelled.
    /// </summary>
    public static (double Cost, int Depth) Of(ValidationContext context, FieldPricing price, EnclosingSize enclosingSize)
    {
        var schema = context.Schema;
        IObjectGraphType? root = context.Operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        if (root is null) return (0, 1);
        var estimate = new OperationCost(context, price, enclosingSize).Selections(context.Operation.SelectionSet, root, null);
        return (estimate.Cost, 1 + estimate.Depth);
    }

    Estimate Selections(GraphQLSelectionSet set, IGraphType parent, double? enclosing)
    {
        double cost = 0;
        var depth = 0;
        foreach (var selection in set.Selections)
        {
            if ((++steps & 1023) == 0) context.CancellationToken.ThrowIfCancellationRequested();
            switch (selection)
            {
                case GraphQLField field when context.ShouldIncludeNode(field):
                {
                    if (FieldOf(parent, field) is not { } definition) continue;
                    var arguments = context.ArgumentValues?.GetValueOrDefault(field);
                    var own = price(definition, arguments, enclosing);
                    cost += own.Cost;
                    if (field.SelectionSet is null) continue;
                    var inside = Selections(field.SelectionSet, definition.ResolvedType!.GetNamedType(), enclosingSize(definition, arguments));
                    cost += own.ChildMultiplier * inside.Cost;
                    depth = Math.Max(depth, 1 + inside.Depth);
                    break;
                }
                case GraphQLFragmentSpread spread when fragments.GetValueOrDefault(spread.FragmentName.Name.StringValue) is { } fragment:
                {
                    if (!context.ShouldIncludeNode(spread))
                    {
                        cost += SpreadCount(fragment);
                        continue;
                    }
                    var inside = Fragment(fragment, enclosing);
                    cost += 1 + inside.Cost;
                    depth = Math.Max(depth, inside.Depth);
                    break;
                }
                case GraphQLInlineFragment inline:
                {
                    if (!context.ShouldIncludeNode(inline))
                    {
                        cost += SpreadsIn(inline.SelectionSet);
                        continue;
                    }
                    var type = inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.Value] ?? parent : parent;
                    var inside = Selections(inline.SelectionSet, type, enclosing);
                    cost += inside.Cost;
                    depth = Math.Max(depth, inside.Depth);
                    break;
                }
            }
        }
        return new Estimate(cost, depth);
    }

    /// <summary>A fragment's estimate for this enclosing size, walked the first time only.</summary>
    Estimate Fragment(GraphQLFragmentDefinition fragment, double? enclosing)
    {
        if (priced.TryGetValue((fragment, enclosing), out var known)) return known;
        // A cycle is refused by NoFragmentCycles before this rule runs; this only keeps a bug from recursing forever.
        if (!walking.Add(fragment)) return default;
        var type = context.Schema.AllTypes[fragment.TypeCondition.Type.Name.Value];
        var estimate = type is null ? default : Selections(fragment.SelectionSet, type, enclosing);
        walking.Remove(fragment);
        priced[(fragment, enclosing)] = estimate;
        return estimate;
    }

    /// <summary>The spreads the executor counts for one spread of <paramref name="fragment"/>: itself and, recursively, those inside it.</summary>
    double SpreadCount(GraphQLFragmentDefinition fragment)
    {
        if (spreadCounts.TryGetValue(fragment, out var known)) return known;
        if (!walking.Add(fragment)) return 1;
        var count = 1 + SpreadsIn(fragment.SelectionSet);
        walking.Remove(fragment);
        spreadCounts[fragment] = count;
        return count;
    }

    /// <summary>The spreads in a selection set and its inline fragments (not inside its fields), each with those inside it.</summary>
    double SpreadsIn(GraphQLSelectionSet set)
    {
        double count = 0;
        foreach (var selection in set.Selections)
        {
            if (selection is GraphQLFragmentSpread spread && fragments.GetValueOrDefault(spread.FragmentName.Name.StringValue) is { } fragment)
                count += SpreadCount(fragment);
            else if (selection is GraphQLInlineFragment inline)
                count += SpreadsIn(inline.SelectionSet);
        }
        return count;
    }

    FieldType? FieldOf(IGraphType parent, GraphQLField field)
    {
        var name = field.Name.Value;
        var schema = context.Schema;
        if (name == "__typename") return schema.TypeNameMetaFieldType;
        if (parent == schema.Query && name == "__schema") return schema.SchemaMetaFieldType;
        if (parent == schema.Query && name == "__type") return schema.TypeMetaFieldType;
        return (parent as IComplexGraphType)?.GetField(name);
    }
}
