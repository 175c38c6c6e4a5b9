using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>
/// The page a <c>relations(…)</c> field asks for, from its argument values (variables and defaults applied). The
/// resolver and the read-ahead (ReadAhead/SelectionNeeds) both build it here, so the page a root field reads ahead
/// is the very key the resolver then asks its loader for.
/// </summary>
static class RelationPageQuery
{
    /// <summary>The query for <paramref name="entityId"/> from the values of <paramref name="field"/>'s arguments; null with <paramref name="badCursor"/> set when <c>after</c> is not a cursor of this API.</summary>
    public static RelationListQuery? From(string entityId, FieldType field, IDictionary<string, ArgumentValue>? arguments, bool includeTotal, out string? badCursor)
    {
        badCursor = null;
        var offset = 0;
        if (Argument<string?>(field, arguments, "after", null) is { } after && !Cursor.TryDecodeNextOffset(after, out offset))
        {
            badCursor = after;
            return null;
        }
        return new RelationListQuery
        {
            EntityId = entityId,
            Kinds = Argument<List<RelationKind>?>(field, arguments, "kinds", null),
            Direction = Argument(field, arguments, "direction", RelationDirection.Both),
            AsOf = Argument<DateOnly?>(field, arguments, "asOf", null),
            First = Argument(field, arguments, "first", QueryDefaults.PageSize),
            Offset = offset,
            IncludeTotal = includeTotal,
            IncludeRetracted = Argument(field, arguments, "includeRetracted", false),
            Denied = Argument<bool?>(field, arguments, "denied", null),
            MinAmount = Argument<AmountBound?>(field, arguments, "minAmount", null),
            Order = Argument(field, arguments, "orderBy", RelationOrder.Kind),
        };
    }

    /// <summary>An argument's value as <typeparamref name="T"/> (converted as graphql-dotnet's GetArgument does); <paramref name="fallback"/> when it is absent or null.</summary>
    static T Argument<T>(FieldType field, IDictionary<string, ArgumentValue>? arguments, string name, T fallback) =>
        arguments is not null && arguments.TryGetValue(name, out var argument) && argument.Value is { } value
            ? (T)value.GetPropertyValue(typeof(T), field.Arguments!.Find(name)!.ResolvedType!)!
            : fallback;
}
