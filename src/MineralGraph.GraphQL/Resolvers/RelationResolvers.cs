using GraphQL;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Loading;
using MineralGraph.GraphQL.Types;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>Relation fields that reach other records: the ends, the disputing claims, an evidence's source.</summary>
static class RelationResolvers
{
    public static object? From(IResolveFieldContext<At<Relation>> context) => End(context, context.Source.Value.From);

    public static object? To(IResolveFieldContext<At<Relation>> context) => End(context, context.Source.Value.To);

    static object End(IResolveFieldContext context, string id) =>
        context.Graph().Entities.Load(id).Then(e => e ?? throw new InvalidOperationException($"relation end '{id}' is not in the store"));

    public static object? DisputedBy(IResolveFieldContext<At<Relation>> context)
    {
        var ids = context.Source.Value.DisputedBy;
        if (ids.Count == 0) return Array.Empty<At<Relation>>();
        var on = context.Source.On;
        var loader = context.Graph().RelationsById;
        return Deferred.All(ids.Select(loader.Load).ToList(),
            found => found.OfType<Relation>().Select(r => new At<Relation>(r, on)).ToList());
    }

    /// <summary>Stores fill <see cref="Evidence.Source"/>; the loader covers one that did not.</summary>
    public static object? EvidenceSource(IResolveFieldContext<Evidence> context) =>
        context.Source.Source is { } source
            ? source
            : context.Graph().Entities.Load(context.Source.SourceId)
                .Then(e => e ?? throw new InvalidOperationException($"evidence source '{context.Source.SourceId}' is not in the store"));
}
