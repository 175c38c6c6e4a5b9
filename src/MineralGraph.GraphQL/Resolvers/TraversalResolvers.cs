using GraphQL;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.GraphQL.ReadAhead;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>Root fields that walk the graph: each is one store call, plus an existence check only when nothing came back.</summary>
static class TraversalResolvers
{
    public static async Task<object?> NeighbourhoodAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<string>("id");
        var asOf = context.GetArgument<DateOnly?>("asOf");
        var query = new NeighbourhoodQuery
        {
            Id = id,
            Depth = context.GetArgument("depth", QueryDefaults.NeighbourhoodDepth),
            Kinds = context.GetArgument<List<RelationKind>?>("kinds"),
            AsOf = asOf,
            LimitPerNode = context.GetArgument("limitPerNode", QueryDefaults.LimitPerNode),
        };
        var graph = await context.ReadAsync(new NeighbourhoodRead(query));
        var center = graph.Nodes.FirstOrDefault(n => n.Id == id)
                     ?? await context.Store().GetEntityAsync(id, context.CancellationToken)
                     ?? throw GraphErrors.NotFound("entity", id);
        return new Neighbourhood(center, graph, context.Day(asOf));
    }

    public static async Task<object?> PathsAsync(IResolveFieldContext<object?> context)
    {
        var asOf = context.GetArgument<DateOnly?>("asOf");
        var query = new PathQuery
        {
            From = context.GetArgument<string>("from"),
            To = context.GetArgument<string>("to"),
            MaxHops = context.GetArgument("maxHops", QueryDefaults.PathHops),
            Kinds = context.GetArgument<List<RelationKind>?>("kinds"),
            AsOf = asOf,
            First = context.GetArgument("first", QueryDefaults.Paths),
            Through = context.GetArgument("through", QueryDefaults.Through),
            Today = context.Graph().Today,
        };
        var paths = await context.ReadAsync(new PathsRead(query));
        if (paths.Count == 0 && !await AllExistAsync(context, [("from", query.From), ("to", query.To)])) return null;
        var day = context.Day(asOf);
        return paths.Select(p => new At<GraphPath>(p, day)).ToList();
    }

    public static async Task<object?> AlliesSharingCapacityAsync(IResolveFieldContext<object?> context)
    {
        var asOf = context.GetArgument<DateOnly?>("asOf");
        var query = new CapacityQuery
        {
            Stage = context.GetArgument("stage", QueryDefaults.Stage),
            RestrictedBy = context.GetArgument("restrictedBy", QueryDefaults.RestrictedBy),
            Mineral = context.GetArgument<string?>("mineral"),
            AsOf = asOf,
        };
        var shares = await context.ReadAsync(new CapacityRead(query));
        if (shares.Count == 0)
        {
            List<(string, string)> ids = [("restrictedBy", query.RestrictedBy)];
            if (query.Mineral is { } mineral) ids.Add(("mineral", mineral));
            if (!await AllExistAsync(context, ids)) return null;
        }
        var day = context.Day(asOf);
        return shares.Select(s => new At<CapacityShare>(s, day)).ToList();
    }

    public static async Task<object?> CommonTiesAsync(IResolveFieldContext<object?> context)
    {
        var ids = context.GetArgument<List<string>>("ids");
        if (QueryArguments.IdsProblem(ids) is { } problem) throw GraphErrors.BadInput($"{problem}.");
        var asOf = context.GetArgument<DateOnly?>("asOf");
        var query = new CommonTiesQuery
        {
            Ids = ids,
            Kinds = context.GetArgument<List<RelationKind>?>("kinds"),
            AsOf = asOf,
            First = context.GetArgument("first", QueryDefaults.CommonTies),
            Today = context.Graph().Today,
        };
        var found = await context.Store().FindCommonTiesAsync(query, context.CancellationToken);
        var ok = true;
        for (var i = 0; i < ids.Count; i++)
        {
            if (found.Of[i] is not { } entity)
            {
                context.Report(new ExecutionError($"ids[{i}]: no entity has the id '{ids[i]}'.") { Code = ErrorCodes.NotFound });
                ok = false;
                continue;
            }
            // Two different ids may name one entity when one was merged into the other.
            if (Enumerable.Range(0, i).FirstOrDefault(k => found.Of[k]?.Id == entity.Id, -1) is var k and >= 0)
            {
                context.Report(GraphErrors.BadInput($"ids[{i}] ('{ids[i]}') and ids[{k}] ('{ids[k]}') name the same entity, {entity.Id}: name each entity once."));
                ok = false;
            }
        }
        var day = context.Day(asOf);
        return ok ? found.Ties.Select(t => new At<CommonTie>(t, day)).ToList() : null;
    }

    /// <summary>Reports NOT_FOUND for every argument naming an unknown entity; true when all exist.</summary>
    static async Task<bool> AllExistAsync(IResolveFieldContext context, IReadOnlyList<(string Argument, string Id)> ids)
    {
        var found = await context.Store().GetEntitiesAsync(ids.Select(p => p.Id).ToList(), context.CancellationToken);
        var ok = true;
        for (var i = 0; i < ids.Count; i++)
        {
            if (found[i] is not null) continue;
            context.Report(new ExecutionError($"{ids[i].Argument}: no entity has the id '{ids[i].Id}'.") { Code = ErrorCodes.NotFound });
            ok = false;
        }
        return ok;
    }
}
