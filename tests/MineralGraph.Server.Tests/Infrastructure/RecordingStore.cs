using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// Wraps the real store, counting calls and optionally failing: ids starting with <see cref="UnavailablePrefix"/>
/// make it throw <see cref="StoreUnavailableException"/>, ids starting with <see cref="CrashPrefix"/> an internal
/// exception whose message must never reach a client.
/// </summary>
public sealed class RecordingStore(IGraphStore inner) : IGraphStore
{
    public const string UnavailablePrefix = "government/unavailable";
    public const string CrashPrefix = "government/crash";
    public const string SecretMessage = "connection string Password=hunter2 at /srv/internal/path";

    int relationBatches, entityBatches, traversals;
    /// <summary>Entity lookups and counts fail as an unreachable Neo4j would.</summary>
    public bool StoreDown { get; set; }
    public int RelationBatches => relationBatches;
    public int EntityBatches => entityBatches;
    public List<int> RelationBatchSizes { get; } = [];
    /// <summary>Paths and common-ties calls: bad input must be refused before any.</summary>
    public int Traversals => traversals;

    public void Reset()
    {
        relationBatches = entityBatches = traversals = 0;
        lock (RelationBatchSizes) RelationBatchSizes.Clear();
    }

    static void Check(string id)
    {
        if (id.StartsWith(UnavailablePrefix, StringComparison.Ordinal)) throw new StoreUnavailableException("neo4j did not answer within 3 s");
        if (id.StartsWith(CrashPrefix, StringComparison.Ordinal)) throw new InvalidOperationException(SecretMessage);
    }

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        if (StoreDown) throw new StoreUnavailableException("neo4j is down");
        Check(id);
        return inner.GetEntityAsync(id, cancellationToken);
    }

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref entityBatches);
        return inner.GetEntitiesAsync(ids, cancellationToken);
    }

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) => inner.GetRelationAsync(id, cancellationToken);

    public Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetRelationsByIdAsync(ids, cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) => inner.ListEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<Page<Relation>>> GetRelationsAsync(IReadOnlyList<RelationListQuery> queries, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref relationBatches);
        lock (RelationBatchSizes) RelationBatchSizes.Add(queries.Count);
        return inner.GetRelationsAsync(queries, cancellationToken);
    }

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        Check(query.Id);
        return inner.GetNeighbourhoodAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref traversals);
        return inner.FindPathsAsync(query, cancellationToken);
    }

    public Task<CommonTies> FindCommonTiesAsync(CommonTiesQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref traversals);
        return inner.FindCommonTiesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<CapacityShare>> FindAlliesSharingCapacityAsync(CapacityQuery query, CancellationToken cancellationToken = default) =>
        inner.FindAlliesSharingCapacityAsync(query, cancellationToken);

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) =>
        StoreDown ? throw new StoreUnavailableException("neo4j is down") : inner.CountAsync(cancellationToken);

    public Task<Domain.Timeline.TimelineAnswer> GetTimelineAsync(Domain.Timeline.TimelineQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref traversals);
        return inner.GetTimelineAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<Domain.Text.HeldSource?>> GetHeldSourcesAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) =>
        inner.GetHeldSourcesAsync(sourceIds, cancellationToken);
}

/// <summary>The server on the embedded store wrapped in a <see cref="RecordingStore"/>.</summary>
public sealed class RecordingServerFixture : IServerFixture, IDisposable
{
    readonly MineralGraphFactory factory;

    public RecordingServerFixture()
    {
        factory = new MineralGraphFactory(MineralGraphFactory.EmbeddedSettings(), inner => Store = new RecordingStore(inner));
        // Resolving the store builds the host and runs the decorator, so Store is set before any test runs.
        factory.Services.GetService(typeof(IGraphStore));
    }

    public RecordingStore Store { get; private set; } = null!;

    public HttpClient CreateClient() => factory.CreateClient();

    public void Dispose() => factory.Dispose();
}
