using System.Runtime.CompilerServices;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Export.Sources;

/// <summary>
/// The whole graph read from a store page by page, so exporting it never holds more than a page in memory:
/// entities in id order, then each entity's outgoing relations (every relation once, from its <c>From</c> end).
/// </summary>
public static class WholeGraph
{
    const int EntityPageSize = 250;
    const int EntitiesPerRelationBatch = 100;
    const int RelationPageSize = 200;

    public static async Task<ExportGraph> FromStoreAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        var counts = await store.CountAsync(cancellationToken);
        return new ExportGraph
        {
            Description = "the whole graph",
            Nodes = Entities(store),
            Edges = Relations(store),
            NodeCount = counts.Entities.Values.Sum(),
            EdgeCount = counts.Relations.Values.Sum(),
        };
    }

    static async IAsyncEnumerable<Entity> Entities(IGraphStore store, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var offset = 0;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityListQuery { Sort = EntitySort.IdAsc, First = EntityPageSize, Offset = offset }, cancellationToken);
            foreach (var entity in page.Items) yield return entity;
            if (!page.HasNextPage || page.Items.Count == 0) yield break;
            offset += page.Items.Count;
        }
    }

    static async IAsyncEnumerable<Relation> Relations(IGraphStore store, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<string>(EntitiesPerRelationBatch);
        await foreach (var entity in Entities(store, cancellationToken))
        {
            batch.Add(entity.Id);
            if (batch.Count < EntitiesPerRelationBatch) continue;
            await foreach (var relation in OutgoingOf(store, batch, cancellationToken)) yield return relation;
            batch.Clear();
        }
        await foreach (var relation in OutgoingOf(store, batch, cancellationToken)) yield return relation;
    }

    /// <summary>Every outgoing relation of these entities: one store call per round, re-asking only for entities with more.</summary>
    static async IAsyncEnumerable<Relation> OutgoingOf(IGraphStore store, List<string> ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = ids.Select(id => new RelationListQuery { EntityId = id, Direction = RelationDirection.Outgoing, First = RelationPageSize }).ToList();
        while (pending.Count > 0)
        {
            var pages = await store.GetRelationsAsync(pending, cancellationToken);
            var next = new List<RelationListQuery>();
            for (var i = 0; i < pending.Count; i++)
            {
                foreach (var relation in pages[i].Items) yield return relation;
                if (pages[i].HasNextPage && pages[i].Items.Count > 0) next.Add(pending[i] with { Offset = pending[i].Offset + pages[i].Items.Count });
            }
            pending = next;
        }
    }
}
