using GraphQL;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>What a mutation hands to <c>CurationResult</c>: the change and the ids to read back.</summary>
public sealed record CurationResult(Change Change, string? EntityId, string? RelationId);

/// <summary>Runs curation mutations against the store's write side and reads the result back through the read side.</summary>
static class CurationResolvers
{
    public static Task<object?> AddSourceAsync(IResolveFieldContext<object?> c) => ApplyAsync(c, c.GetArgument<AddSource>("input"));

    public static Task<object?> CreateEntityAsync(IResolveFieldContext<object?> c) =>
        ApplyAsync(c, new CreateEntity(c.GetArgument<string>("id"), c.GetArgument<EntityFieldsInput>("fields")));

    public static Task<object?> UpdateEntityAsync(IResolveFieldContext<object?> c) =>
        ApplyAsync(c, new UpdateEntity(c.GetArgument<string>("id"), c.GetArgument<EntityFieldsInput>("fields")));

    public static Task<object?> MergeEntitiesAsync(IResolveFieldContext<object?> c) =>
        ApplyAsync(c, new MergeEntities(c.GetArgument<string>("survivorId"), c.GetArgument<string>("mergedId")));

    public static Task<object?> AssertRelationAsync(IResolveFieldContext<object?> c) => ApplyAsync(c, c.GetArgument<AssertRelation>("input"));

    public static Task<object?> RetractRelationAsync(IResolveFieldContext<object?> c) =>
        ApplyAsync(c, new RetractRelation(c.GetArgument<string>("id"), c.GetArgument<string>("reason")));

    static async Task<object?> ApplyAsync(IResolveFieldContext context, CurationCommand command)
    {
        var graph = context.Graph();
        // The endpoint refuses unauthenticated mutations before execution; this guards any other way in.
        if (graph.Curator is not { MayCurate: true } curator) throw CurationErrors.Unauthenticated();
        if (graph.Curation is not { } curation) throw CurationErrors.Disabled(graph.CurationOffReason);
        command = command with { IdempotencyKey = context.GetArgument<string?>("idempotencyKey") };
        try
        {
            var change = await curation.ApplyAsync(command, curator, context.CancellationToken);
            return new CurationResult(change, EntityIdOf(command), RelationIdOf(command, change));
        }
        catch (CurationRejectedException e)
        {
            throw CurationErrors.Rejected(e.Problems);
        }
    }

    public static async Task<object?> EntityAsync(IResolveFieldContext<CurationResult> context) =>
        context.Source.EntityId is { } id ? await context.Store().GetEntityAsync(id, context.CancellationToken) : null;

    public static async Task<object?> RelationAsync(IResolveFieldContext<CurationResult> context) =>
        context.Source.RelationId is { } id && await context.Store().GetRelationAsync(id, context.CancellationToken) is { } relation
            ? new At<Relation>(relation, context.Graph().Today)
            : null;

    static string? EntityIdOf(CurationCommand command) => command switch
    {
        AddSource c => c.Id,
        CreateEntity c => c.Id,
        UpdateEntity c => c.Id,
        MergeEntities c => c.SurvivorId,
        _ => null,
    };

    static string? RelationIdOf(CurationCommand command, Change change) => command switch
    {
        RetractRelation c => c.Id,
        AssertRelation => change.Targets.FirstOrDefault(t => t.StartsWith("rel/", StringComparison.Ordinal)),
        _ => null,
    };
}
