using GraphQL;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Loading;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>Fields of every entity that need the store; all go through batch loaders.</summary>
static class EntityResolvers
{
    public static object? Relations(IResolveFieldContext<Entity> context)
    {
        var asOf = context.GetArgument<DateOnly?>("asOf");
        var query = new RelationListQuery
        {
            EntityId = context.Source.Id,
            Kinds = context.GetArgument<List<RelationKind>?>("kinds"),
            Direction = context.GetArgument("direction", RelationDirection.Both),
            AsOf = asOf,
            First = context.GetArgument("first", QueryDefaults.PageSize),
            Offset = context.OffsetAfter(),
            IncludeTotal = context.Selects("totalCount"),
            IncludeRetracted = context.GetArgument("includeRetracted", false),
            Denied = context.GetArgument<bool?>("denied"),
            MinAmount = context.GetArgument<AmountBound?>("minAmount"),
            Order = context.GetArgument("orderBy", RelationOrder.Kind),
        };
        var day = context.Day(asOf);
        return context.Graph().Relations.Load(query).Then(page => new RelationPage(page, query.EntityId, day));
    }

    public static object? Country(IResolveFieldContext<Entity> context) =>
        context.Source.Country is { } id ? context.Graph().Entities.Load(id) : null;
}
