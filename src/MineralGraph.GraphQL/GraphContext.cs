using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.GraphQL.Loading;

namespace MineralGraph.GraphQL;

/// <summary>
/// Per-request state handed to every resolver as the GraphQL user context: the store, the request id and the
/// batch loaders that turn many per-entity lookups into one store call. Loaders are created on first use so a
/// simple query allocates none.
/// </summary>
public sealed class GraphContext(IGraphStore store, string requestId, DateOnly today) : Dictionary<string, object?>
{
    BatchLoader<string, Entity?>? entities;
    BatchLoader<RelationListQuery, Page<Relation>>? relations;
    BatchLoader<string, Relation?>? relationsById;
    BatchLoader<string, Domain.Text.HeldSource?>? heldSources;

    public IGraphStore Store { get; } = store;

    /// <summary>Echoed in masked error messages so an operator can find the log entry.</summary>
    public string RequestId { get; } = requestId;

    /// <summary>The day validity is judged on when a query gives no asOf.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>The curator the request's API key names; null when it carried no valid key.</summary>
    public Curator? Curator { get; init; }

    /// <summary>The store's write side; null when this server keeps no changes.</summary>
    public ICurationStore? Curation { get; init; }

    /// <summary>Why this server keeps no changes (its configuration), for the refusal; null when it does.</summary>
    public string? CurationOffReason { get; init; }

    /// <summary>Entities by id: one <see cref="IGraphStore.GetEntitiesAsync"/> call per batch.</summary>
    public BatchLoader<string, Entity?> Entities => entities ??= new(Store.GetEntitiesAsync, StringComparer.Ordinal);

    /// <summary>Relation pages: one <see cref="IGraphStore.GetRelationsAsync"/> call per batch.</summary>
    public BatchLoader<RelationListQuery, Page<Relation>> Relations => relations ??= new(Store.GetRelationsAsync, RelationListQueryComparer.Instance);

    /// <summary>Sources' held texts and citations: one <see cref="IGraphStore.GetHeldSourcesAsync"/> call per batch.</summary>
    public BatchLoader<string, Domain.Text.HeldSource?> HeldSources => heldSources ??= new(Store.GetHeldSourcesAsync, StringComparer.Ordinal);

    /// <summary>Makes the loaders answer what a root field read ahead without fetching it again.</summary>
    public void Prime(ReadAheadAnswers ahead)
    {
        foreach (var (id, entity) in ahead.Entities) Entities.Prime(id, entity);
        foreach (var (query, page) in ahead.Pages) Relations.Prime(query, page);
        foreach (var (id, relation) in ahead.Relations) RelationsById.Prime(id, relation);
    }

    /// <summary>Relations by id (the disputing claims): one <see cref="IGraphStore.GetRelationsByIdAsync"/> call per batch.</summary>
    public BatchLoader<string, Relation?> RelationsById => relationsById ??= new(Store.GetRelationsByIdAsync, StringComparer.Ordinal);
}
