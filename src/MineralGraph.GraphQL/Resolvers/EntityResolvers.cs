using GraphQL;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Loading;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>Fields of every entity that need the store; all go through batch loaders.</summary>
static class EntityResolvers
{
    public static object? Relations(IResolveFieldContext<Entity> context)
    {
        var query = RelationPageQuery.From(context.Source.Id, context.FieldDefinition, context.Arguments, context.Selects("totalCount"), out var badCursor)
                    ?? throw GraphErrors.NotACursor(badCursor!);
        var day = context.Day(query.AsOf);
        return context.Graph().Relations.Load(query).Then(page => new RelationPage(page, query.EntityId, day));
    }

    public static object? Country(IResolveFieldContext<Entity> context) =>
        context.Source.Country is { } id ? context.Graph().Entities.Load(id) : null;
}
