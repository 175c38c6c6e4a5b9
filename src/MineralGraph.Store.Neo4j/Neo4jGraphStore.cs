using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Reading;
using static MineralGraph.Store.Neo4j.Mapping.ResultMaps;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// The graph store on Neo4j: every operation is ONE parameterised statement (Cypher/*.cs), one round trip, and
/// answers exactly as the embedded store does (same filters, order, limits, truncation, scores). Where Cypher
/// cannot express a rule cheaply (search scores, the neighbourhood's node cap, grouping capacity facts), the
/// statement returns the candidate facts and the domain's rule (<see cref="SearchRanking"/>,
/// <see cref="NeighbourhoodWalk"/>, <see cref="CapacityAssembly"/>) is applied to them, as the embedded store does.
/// Arguments are checked by <see cref="QueryArguments"/> before any round trip. Reads go through the
/// <see cref="GraphReader"/> (read cache, coalescing, Neo4j's read timeout).
/// </summary>
public sealed class Neo4jGraphStore(GraphReader reader) : IGraphStore
{
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(EntityByIdCypher.Statement(id), cancellationToken);
        return result.Rows.Count == 0 ? null : Entity(result.Rows[0]["entity"]);
    }

    public async Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return [];
        var result = await ReadAsync(EntitiesByIdsCypher.Statement(ids), cancellationToken);
        var found = result.Rows.ToDictionary(r => r.Get<string>("id"), r => Entity(r["entity"]), StringComparer.Ordinal);
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    public async Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) =>
        (await GetRelationsByIdAsync([id], cancellationToken))[0];

    public async Task<IReadOnlyList<Relation?>> GetRelationsByIdAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0) return [];
        var result = await ReadAsync(RelationsByIdsCypher.Statement(ids), cancellationToken);
        var found = result.Rows.Select(row => Relation(row["relation"], Sources(row["sources"]))).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Check(query);
        var row = (await ReadAsync(EntityListCypher.Statement(query), cancellationToken)).Single();
        var window = Entities(row["window"]);
        var total = (int)row.Get<long>("total");
        return new Page<Entity>(window.Take(query.First).ToList(), query.Offset, window.Count > query.First, query.IncludeTotal ? total : null);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var terms = QueryArguments.Check(query);
        var result = await ReadAsync(SearchCypher.Statement(terms, query.Kinds), cancellationToken);
        var ranking = new SearchRanking(terms);
        foreach (var row in result.Rows) ranking.Offer(Entity(row["entity"]));
        return ranking.Top(query.First);
    }

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

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Check(query);
        var result = await ReadAsync(NeighbourhoodCypher.Statement(query), cancellationToken);
        if (result.Rows.Count == 0) return new Subgraph([], [], false);
        var row = result.Single();
        var sources = Sources(row["sources"]);
        var expansions = List(row["expansions"]).Select(Map).ToDictionary(
            x => (string)x["id"]!,
            x => new NeighbourhoodWalk.Expansion(Relations(x["kept"], sources), (bool)x["more"]!),
            StringComparer.Ordinal);
        var nodes = Entities(row["nodes"]);
        var entities = nodes.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return NeighbourhoodWalk.Run(query, nodes.FirstOrDefault(),
            node => expansions.TryGetValue(node, out var expansion) ? expansion
                : throw new InvalidOperationException($"the neighbourhood statement did not expand '{node}'"),
            id => entities.TryGetValue(id, out var entity) ? entity
                : throw new InvalidOperationException($"the neighbourhood statement did not return node '{id}'"));
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        QueryArguments.Check(query);
        if (query.First == 0) return [];
        var result = await ReadAsync(PathsCypher.Statement(query), cancellationToken);
        if (result.Rows.Count == 0) return [];
        var row = result.Single();
        var sources = Sources(row["sources"]);
        var degrees = new Dictionary<string, int>(StringComparer.Ordinal);
        if (row.Get<bool>("same"))
        {
            var start = Entity(row["start"]);
            degrees[start.Id] = (int)row.Get<long>("startDegree");
            return PathRanking.Rank([new GraphPath([start], [])], query, e => degrees[e.Id]);
        }
        var searches = List(row["searches"]).Select(search => (IReadOnlyList<GraphPath>)List(search).Select(Map).Select(p =>
        {
            var nodes = Entities(p["nodes"]);
            var nodeDegrees = List(p["degrees"]);
            for (var i = 0; i < nodes.Count; i++) degrees[nodes[i].Id] = (int)(long)nodeDegrees[i]!;
            return new GraphPath(nodes, Relations(p["relations"], sources));
        }).ToList()).ToList();
        var bySearch = PathSearch.InOrder.Zip(searches).ToDictionary(p => p.First, p => p.Second);
        return PathRanking.Rank(PathSearch.Run(query.Through, search => bySearch[search]), query, e => degrees[e.Id]);
    }

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

    public async Task<IReadOnlyList<CapacityShare>> FindAlliesSharingCapacityAsync(CapacityQuery query, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(AlliesSharingCapacityCypher.Statement(query), cancellationToken);
        if (result.Rows.Count == 0) return [];
        var row = result.Single();
        var sources = Sources(row["sources"]);
        Relation? OptionalRelation(object? value) => value is null ? null : Relation(value, sources);
        var restrictions = List(row["restrictions"]).Select(Map).Select(r => new RestrictionFact(
            Entity(r["mineral"]), r["measure"] is { } m ? Entity(m) : null, Relation(r["restriction"], sources), OptionalRelation(r["imposedBy"]))).ToList();
        var holdings = List(row["holdings"]).Select(Map).Select(h => new HoldingFact(
            (string)h["government"]!, Entity(h["holder"]), Entity(h["mineral"]), Relation(h["capacity"], sources),
            OptionalRelation(h["basedIn"]), Entity(h["restricted"]), OptionalRelation(h["groupLink"]))).ToList();
        var memberships = List(row["memberships"]).Select(Map).Select(m => new MembershipFact(
            (string)m["government"]!, Entity(m["agreement"]), Relation(m["membership"], sources))).ToList();
        var governments = Entities(row["governments"]).ToDictionary(g => g.Id, StringComparer.Ordinal);
        return CapacityAssembly.Run(restrictions, holdings, memberships, governments);
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync(CountsCypher.Statement(), cancellationToken)).Single();
        static SortedDictionary<string, int> ByKind(object? value) => new(
            List(value).Select(Map).ToDictionary(p => (string)p["kind"]!, p => (int)(long)p["count"]!), StringComparer.Ordinal);
        return new GraphCounts(ByKind(row["entities"]), ByKind(row["relations"]), (int)row.Get<long>("evidence"));
    }

    /// <summary>Runs a read; "cannot answer now" failures are <see cref="StoreUnavailableException"/>s (<see cref="StoreUnavailability"/>).</summary>
    Task<QueryResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken) => reader.ReadAsync(statement, cancellationToken);
}
