using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store.ReadAhead;

namespace MineralGraph.Domain.Store;

/// <summary>
/// Everything the API reads from the graph. The embedded store and the Neo4j store each implement every
/// operation once; a neighbourhood, a path search or a capacity question is one call (one Neo4j round trip),
/// never one per node. Evidence comes back with its <see cref="Evidence.Source"/> filled in.
/// Implementations throw <see cref="StoreUnavailableException"/> when the backing database cannot answer.
/// </summary>
public interface IGraphStore
{
    /// <summary>The entity with this id, or null.</summary>
    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The entities with these ids, in the same order; null where an id is unknown.</summary>
    Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The relation with this id, or null. Retracted relations are returned too (marked).</summary>
    Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The relations with these ids, in the same order; null where an id is unknown. One round trip, for batches (disputedBy).</summary>
    Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>A filtered, sorted page of entities.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or an alias matches the text, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>For each query, a page of the relations of its entity, in the same order as the queries.</summary>
    Task<IReadOnlyList<Page<Relation>>> GetRelationsAsync(IReadOnlyList<RelationListQuery> queries, CancellationToken cancellationToken = default);

    /// <summary>The entities within <see cref="NeighbourhoodQuery.Depth"/> hops and the relations between them.</summary>
    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>The strongest distinct chains between two entities, ignoring direction, actor chains first (<see cref="Ranking.PathSearch"/>, <see cref="Ranking.PathRanking"/>).</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The entities tied to every one of 2–5 entities, each with its ties, strongest first (<see cref="Ranking.CommonTieRanking"/>).</summary>
    Task<CommonTies> FindCommonTiesAsync(CommonTiesQuery query, CancellationToken cancellationToken = default);

    /// <summary>Alliances in which two or more members hold capacity for minerals a government restricts.</summary>
    Task<IReadOnlyList<CapacityShare>> FindAlliesSharingCapacityAsync(CapacityQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The value of <paramref name="root"/> together with what <paramref name="needs"/> says will be read below its
    /// entities and relations, each keyed as the caller will ask for it and equal to what the store's own operations
    /// would answer for that key (<see cref="ReadAheadWalk"/> states it). The default asks the operations level by
    /// level; a store that talks to a database answers it in one round trip.
    /// </summary>
    Task<ReadResult<T>> ReadAsync<T>(RootRead<T> root, ReadNeeds needs, CancellationToken cancellationToken = default) =>
        ReadAheadWalk.ReadAsync(this, root, needs, cancellationToken);

    /// <summary>
    /// A page of the timeline (<see cref="Timeline.TimelineRules"/>): dated ties, events, agreements and measures, of
    /// the whole graph or touching the query's entities, in date order. Bad arguments are refused by <see cref="QueryArguments"/>.
    /// </summary>
    Task<Timeline.TimelineAnswer> GetTimelineAsync(Timeline.TimelineQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each source id, in the same order, the text held for it and where each quote citing it stands in that text
    /// (<see cref="Text.HeldSource.Of"/>); null where the id names no source.
    /// </summary>
    Task<IReadOnlyList<Text.HeldSource?>> GetHeldSourcesAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default);

    /// <summary>How many entities and relations of each kind the store holds.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default);
}
