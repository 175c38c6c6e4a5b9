using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
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

    public IGraphStore Store { get; } = store;

    /// <summary>Echoed in masked error messages so an operator can find the log entry.</summary>
    public string RequestId { get; } = requestId;

    /// <summary>The day validity is judged on when a query gives no asOf.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>Entities by id: one <see cref="IGraphStore.GetEntitiesAsync"/> call per batch.</summary>
    public BatchLoader<string, Entity?> Entities => entities ??= new(Store.GetEntitiesAsync, StringComparer.Ordinal);

    /// <summary>Relation pages: one <see cref="IGraphStore.GetRelationsAsync"/> call per batch.</summary>
    public BatchLoader<RelationListQuery, Page<Relation>> Relations => relations ??= new(Store.GetRelationsAsync, RelationListQueryComparer.Instance);

    /// <summary>
    /// Relations by id. The store has no batch lookup by id, so a batch runs its distinct ids concurrently;
    /// only disputed claims use this and the seed holds few.
    /// </summary>
    public BatchLoader<string, Relation?> RelationsById => relationsById ??= new(GetRelationsByIdAsync, StringComparer.Ordinal);

    async Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await Task.WhenAll(ids.Select(id => Store.GetRelationAsync(id, cancellationToken)));
}
