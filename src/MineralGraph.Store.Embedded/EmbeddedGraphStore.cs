using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Domain.Timeline;
using MineralGraph.Store.Embedded.Operations;

namespace MineralGraph.Store.Embedded;

/// <summary>
/// The graph held in memory. Each call reads the snapshot current when it starts, so a concurrent
/// <see cref="Replace"/> (curated writes applied over the seed) never shows a caller half of a change.
/// The semantics of every operation are written on the classes in Operations/ and in README.md; the Neo4j store
/// gives the same answers.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    EmbeddedGraph graph;

    public EmbeddedGraphStore(EmbeddedGraph graph) => this.graph = graph;

    public EmbeddedGraphStore(SeedGraph seed) : this(EmbeddedGraph.Build(seed)) { }

    /// <summary>The snapshot answering queries now.</summary>
    public EmbeddedGraph Graph => Volatile.Read(ref graph);

    /// <summary>Makes <paramref name="next"/> the snapshot every later call reads; calls already running finish on the old one.</summary>
    public void Replace(EmbeddedGraph next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref graph, next);
    }

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => NodeLookup.Entity(g, id));

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => NodeLookup.Entities(g, ids));

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => NodeLookup.Relation(g, id));

    public Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => NodeLookup.Relations(g, ids));

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => EntityList.Run(g, query));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => Search.Run(g, query));

    public Task<IReadOnlyList<Page<Relation>>> GetRelationsAsync(IReadOnlyList<RelationListQuery> queries, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => RelationList.Run(g, queries));

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => Neighbourhood.Run(g, query));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => Paths.Run(g, query));

    public Task<CommonTies> FindCommonTiesAsync(CommonTiesQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => CommonTieLookup.Run(g, query));

    public Task<IReadOnlyList<CapacityShare>> FindAlliesSharingCapacityAsync(CapacityQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => AlliesSharingCapacity.Run(g, query));

    public Task<TimelineAnswer> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => TimelineLookup.Run(g, query));

    public Task<IReadOnlyList<HeldSource?>> GetHeldSourcesAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, g => HeldSources.Run(g, sourceIds));

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Answer(cancellationToken, Counts.Run);

    /// <summary>Runs synchronously on the current snapshot; argument errors come back as a faulted task, like the Neo4j store's.</summary>
    Task<T> Answer<T>(CancellationToken cancellationToken, Func<EmbeddedGraph, T> operation)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
        try
        {
            return Task.FromResult(operation(Graph));
        }
        catch (ArgumentException e)
        {
            return Task.FromException<T>(e);
        }
    }
}
