using GraphQL;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Resolvers;

static class HistoryResolvers
{
    /// <summary>A page of the changes that touched an id; empty on a server that keeps no changes (nothing was ever changed).</summary>
    public static async Task<object?> HistoryAsync(IResolveFieldContext<object?> context)
    {
        var first = context.GetArgument("first", QueryDefaults.PageSize);
        var offset = context.OffsetAfter();
        IReadOnlyList<Change> all = context.Graph().Curation is { } curation
            ? await curation.HistoryAsync(context.GetArgument<string>("id"), context.CancellationToken)
            : [];
        var items = all.Skip(offset).Take(first).ToList();
        return new Page<Change>(items, offset, offset + items.Count < all.Count, all.Count);
    }
}
