using GraphQL;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Domain.Text;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.ReadAhead;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>Root fields that look things up by id or by name.</summary>
static class QueryResolvers
{
    public static async Task<object?> NodeAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<string>("id");
        return await context.ReadAsync(new EntityRead(id)) ?? throw GraphErrors.NotFound("entity", id);
    }

    public static async Task<object?> NodesAsync(IResolveFieldContext<object?> context)
    {
        var ids = context.GetArgument<List<string>>("ids");
        var found = await context.ReadAsync(new EntitiesRead(ids));
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is null) context.Report(GraphErrors.NotFound("entity", ids[i]), i);
        }
        return found;
    }

    public static async Task<object?> RelationAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<string>("id");
        var relation = await context.ReadAsync(new RelationRead(id)) ?? throw GraphErrors.NotFound("relation", id);
        return new At<Relation>(relation, context.Day(null));
    }

    public static async Task<object?> SearchAsync(IResolveFieldContext<object?> context)
    {
        var text = context.GetArgument<string>("text");
        // An empty or punctuation-only text would match everything; say so instead of returning the graph.
        if (SearchText.Problem(text) is { } problem) throw GraphErrors.BadInput($"text: {problem}.");
        var query = new SearchQuery(text, context.GetArgument<List<EntityKind>?>("kinds"), context.GetArgument("first", QueryDefaults.SearchHits));
        return await context.ReadAsync(new SearchRead(query));
    }

    public static async Task<object?> StatsAsync(IResolveFieldContext<object?> context) =>
        await context.Store().CountAsync(context.CancellationToken);
}
