using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Domain.Text;
using MineralGraph.Domain.Timeline;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Cypher.ReadAhead;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Reading;
using static MineralGraph.Store.Neo4j.Mapping.ResultMaps;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// The graph store on Neo4j: every operation is ONE parameterised statement (Cypher/*.cs), one round trip — a root
/// read together with what a GraphQL selection needs below it too (<see cref="ReadAsync{T}"/>) — and
/// answers exactly as the embedded store does (same filters, order, limits, truncation, scores). Where Cypher
/// cannot express a rule cheaply (search scores, the neighbourhood's node cap, grouping capacity facts), the
/// statement returns the candidate facts and the domain's rule (<see cref="SearchRanking"/>,
/// <see cref="NeighbourhoodWalk"/>, <see cref="CapacityAssembly"/>) is applied to them, as the embedded store does.
/// Arguments are checked by <see cref="QueryArguments"/> before any round trip (<see cref="RootStatements"/>). Reads go through the
/// <see cref="GraphReader"/> (read cache, coalescing, Neo4j's read timeout).
/// </summary>
public sealed class Neo4jGraphStore(GraphReader reader) : IGraphStore
{
    static readonly IReadOnlyDictionary<string, Entity> NoSources = new Dictionary<string, Entity>();

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => RootAsync(new EntityRead(id), cancellationToken);

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        RootAsync(new EntitiesRead(ids), cancellationToken);

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) => RootAsync(new RelationRead(id), cancellationToken);

    public async Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        (IReadOnlyList<Relation?>)(await RunAsync(RootStatements.RelationsById(ids), cancellationToken))!;

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        RootAsync(new EntityListRead(query), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        RootAsync(new SearchRead(query), cancellationToken);

    public async Task<IReadOnlyList<Page<Relation>>> GetRelationsAsync(IReadOnlyList<RelationListQuery> queries, CancellationToken cancellationToken = default)
    {
        QueryArguments.Check(queries);
        if (queries.Count == 0) return [];
        var row = (await ReadAsync(RelationsOfEntitiesCypher.Statement(queries), cancellationToken)).Single();
        var sources = Sources(row["sources"]);
        return List(row["pages"]).Select((page, i) =>
        {
            var p = Map(page);
            var window = Relations(p["window"], sources);
            var q = queries[i];
            return new Page<Relation>(window.Take(q.First).ToList(), q.Offset, window.Count > q.First, q.IncludeTotal ? (int)(long)p["total"]! : null);
        }).ToList();
    }

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        RootAsync(new NeighbourhoodRead(query), cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        RootAsync(new PathsRead(query), cancellationToken);

    public async Task<CommonTies> FindCommonTiesAsync(CommonTiesQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Check(query);
        var row = (await ReadAsync(CommonTiesCypher.Statement(query), cancellationToken)).Single();
        var sources = Sources(row["sources"]);
        var of = List(row["of"]).Select(e => e is null ? null : Entity(e)).ToList();
        var found = List(row["found"]).Select(Map).Select(f => new CommonTieRanking.Found(
            Entity(f["candidate"]), (int)(long)f["of"]!, Relation(f["relation"], sources)));
        return CommonTieRanking.Run(query, of, found);
    }

    public Task<IReadOnlyList<CapacityShare>> FindAlliesSharingCapacityAsync(CapacityQuery query, CancellationToken cancellationToken = default) =>
        RootAsync(new CapacityRead(query), cancellationToken);

    public async Task<TimelineAnswer> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Check(query);
        var row = (await ReadAsync(TimelineCypher.Statement(query), cancellationToken)).Single();
        var sources = Sources(row["sources"]);
        var touching = List(row["touching"]).Select(Map).Select(t => (Relation(t["relation"], sources), Entity(t["from"]), Entity(t["to"]))).ToList();
        if (query.IsWholeGraph)
        {
            var items = touching.SelectMany(t => TimelineRules.ItemsOf(t.Item1, t.Item2, t.Item3)).Concat(Entities(row["dated"]).SelectMany(TimelineRules.ItemsOf));
            return TimelineRules.Answer(query, [], items);
        }
        var of = List(row["of"]).Select(e => e is null ? null : Entity(e)).ToList();
        return of.Any(e => e is null) ? TimelineRules.Answer(query, of, []) : TimelineRules.Answer(query, of, TimelineRules.Candidates(of!, touching));
    }

    public async Task<IReadOnlyList<HeldSource?>> GetHeldSourcesAsync(IReadOnlyList<string> sourceIds, CancellationToken cancellationToken = default)
    {
        if (sourceIds.Count == 0) return [];
        var row = (await ReadAsync(HeldSourcesCypher.Statement(sourceIds), cancellationToken)).Single();
        var citing = Relations(row["citing"], Sources(row["sources"]));
        return List(row["held"]).Select(h =>
        {
            if (h is null) return null;
            var held = Map(h);
            var id = (string)held["id"]!;
            var text = held["text"] is string t && HeldSourcesCypher.KindOf(held["kind"] as string) is { } kind ? new SourceText(kind, t) : null;
            return HeldSource.Of(id, text, citing);
        }).ToList();
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync(CountsCypher.Statement(), cancellationToken)).Single();
        static SortedDictionary<string, int> ByKind(object? value) => new(
            List(value).Select(Map).ToDictionary(p => (string)p["kind"]!, p => (int)(long)p["count"]!), StringComparer.Ordinal);
        return new GraphCounts(ByKind(row["entities"]), ByKind(row["relations"]), (int)row.Get<long>("evidence"));
    }

    /// <summary>
    /// The root read and everything <paramref name="needs"/> asks for below it in ONE statement
    /// (<see cref="ReadAheadCypher"/>), so a GraphQL root field costs one round trip however deep its selection.
    /// </summary>
    public async Task<ReadResult<T>> ReadAsync<T>(RootRead<T> root, ReadNeeds needs, CancellationToken cancellationToken = default)
    {
        var statement = RootStatements.For(root);
        if (statement.Cypher is null || needs.IsEmpty) return new ReadResult<T>((T)(await RunAsync(statement, cancellationToken))!, new ReadAheadAnswers());
        var ahead = ReadAheadCypher.Statement(statement.Cypher, needs);
        var row = SingleOrNone(await ReadAsync(ahead.Statement, cancellationToken));
        var sources = row is null ? NoSources : Sources(row["sources"]);
        return new ReadResult<T>((T)statement.Value(row, sources)!, row is null ? new ReadAheadAnswers() : ahead.Answers(row, sources));
    }

    async Task<T> RootAsync<T>(RootRead<T> root, CancellationToken cancellationToken) => (T)(await RunAsync(RootStatements.For(root), cancellationToken))!;

    /// <summary>The root statement alone (no round trip when its answer is known without one).</summary>
    async Task<object?> RunAsync(RootStatement statement, CancellationToken cancellationToken)
    {
        if (statement.Cypher is not { } cypher) return statement.Value(null, NoSources);
        var row = SingleOrNone(await ReadAsync(cypher.Plain(), cancellationToken));
        return statement.Value(row, row is null || cypher.Relations is null ? NoSources : Sources(row["sources"]));
    }

    static QueryRow? SingleOrNone(QueryResult result) => result.Rows.Count == 0 ? null : result.Single();

    /// <summary>Runs a read; "cannot answer now" failures are <see cref="StoreUnavailableException"/>s (<see cref="StoreUnavailability"/>).</summary>
    Task<QueryResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken) => reader.ReadAsync(statement, cancellationToken);
}
