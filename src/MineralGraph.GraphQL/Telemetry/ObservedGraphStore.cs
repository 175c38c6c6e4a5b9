using System.Diagnostics;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;

namespace MineralGraph.GraphQL.Telemetry;

/// <summary>
/// Wraps the store so that every call is a span (<c>store GetEntities</c>, a child of the GraphQL operation's
/// span) and a point in <c>mineralgraph.store.duration</c>. Resolvers and batch loaders reach the store only
/// through <see cref="GraphContext.Store"/>, so wrapping it once measures all of them. When nothing listens the
/// call goes straight to the inner store.
/// </summary>
public sealed class ObservedGraphStore(IGraphStore inner) : IGraphStore
{
    static bool Observed => MineralGraphTelemetry.Source.HasListeners() || MineralGraphTelemetry.StoreDuration.Enabled;

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetEntity", "GetEntity", 1, id, static (s, a, c) => s.GetEntityAsync(a, c), cancellationToken)
        : inner.GetEntityAsync(id, cancellationToken);

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetEntities", "GetEntities", ids.Count, ids, static (s, a, c) => s.GetEntitiesAsync(a, c), cancellationToken)
        : inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetRelation", "GetRelation", 1, id, static (s, a, c) => s.GetRelationAsync(a, c), cancellationToken)
        : inner.GetRelationAsync(id, cancellationToken);

    public Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetRelationsById", "GetRelationsById", ids.Count, ids, static (s, a, c) => s.GetRelationsByIdAsync(a, c), cancellationToken)
        : inner.GetRelationsByIdAsync(ids, cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store ListEntities", "ListEntities", null, query, static (s, a, c) => s.ListEntitiesAsync(a, c), cancellationToken)
        : inner.ListEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store Search", "Search", null, query, static (s, a, c) => s.SearchAsync(a, c), cancellationToken)
        : inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<Page<Relation>>> GetRelationsAsync(IReadOnlyList<RelationListQuery> queries, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetRelations", "GetRelations", queries.Count, queries, static (s, a, c) => s.GetRelationsAsync(a, c), cancellationToken)
        : inner.GetRelationsAsync(queries, cancellationToken);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetNeighbourhood", "GetNeighbourhood", null, query, static (s, a, c) => s.GetNeighbourhoodAsync(a, c), cancellationToken)
        : inner.GetNeighbourhoodAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store FindPaths", "FindPaths", null, query, static (s, a, c) => s.FindPathsAsync(a, c), cancellationToken)
        : inner.FindPathsAsync(query, cancellationToken);

    public Task<CommonTies> FindCommonTiesAsync(CommonTiesQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store FindCommonTies", "FindCommonTies", query.Ids.Count, query, static (s, a, c) => s.FindCommonTiesAsync(a, c), cancellationToken)
        : inner.FindCommonTiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<CapacityShare>> FindAlliesSharingCapacityAsync(CapacityQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store FindAlliesSharingCapacity", "FindAlliesSharingCapacity", null, query, static (s, a, c) => s.FindAlliesSharingCapacityAsync(a, c), cancellationToken)
        : inner.FindAlliesSharingCapacityAsync(query, cancellationToken);

    public Task<ReadResult<T>> ReadAsync<T>(RootRead<T> root, ReadNeeds needs, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store " + root.GetType().Name, root.GetType().Name, null, (root, needs), static (s, a, c) => s.ReadAsync(a.root, a.needs, c), cancellationToken)
        : inner.ReadAsync(root, needs, cancellationToken);

    public Task<Domain.Timeline.TimelineAnswer> GetTimelineAsync(Domain.Timeline.TimelineQuery query, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetTimeline", "GetTimeline", query.Ids?.Count, query, static (s, a, c) => s.GetTimelineAsync(a, c), cancellationToken)
        : inner.GetTimelineAsync(query, cancellationToken);

    public Task<IReadOnlyList<Domain.Text.HeldSource?>> GetHeldSourcesAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store GetHeldSources", "GetHeldSources", sourceIds.Count, sourceIds, static (s, a, c) => s.GetHeldSourcesAsync(a, c), cancellationToken)
        : inner.GetHeldSourcesAsync(sourceIds, cancellationToken);

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) => Observed
        ? ObserveAsync("store Count", "Count", null, 0, static (s, _, c) => s.CountAsync(c), cancellationToken)
        : inner.CountAsync(cancellationToken);

    async Task<T> ObserveAsync<TArgument, T>(string spanName, string operation, int? keys, TArgument argument,
        Func<IGraphStore, TArgument, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var activity = MineralGraphTelemetry.Source.StartActivity(spanName, ActivityKind.Client);
        activity?.SetTag(MineralGraphTelemetry.StoreOperationTag, operation);
        if (keys is { } count) activity?.SetTag(MineralGraphTelemetry.StoreKeysTag, count);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call(inner, argument, cancellationToken);
            outcome = "ok";
            return result;
        }
        catch (StoreUnavailableException)
        {
            outcome = "unavailable";
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception e)
        {
            // The exception goes to the operator's collector, never to a client.
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            activity?.AddException(e);
            throw;
        }
        finally
        {
            if (MineralGraphTelemetry.StoreDuration.Enabled)
            {
                MineralGraphTelemetry.StoreDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                    new KeyValuePair<string, object?>(MineralGraphTelemetry.StoreOperationTag, operation),
                    new KeyValuePair<string, object?>(MineralGraphTelemetry.OutcomeTag, outcome));
            }
        }
    }
}
