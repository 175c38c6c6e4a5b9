using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using static MineralGraph.Store.Neo4j.Mapping.ResultMaps;

namespace MineralGraph.Store.Neo4j.Reading;

/// <summary>
/// A root read as Neo4j is asked it: its statement in parts (null when the answer needs no round trip) and how the
/// statement's row — none when the read found nothing — becomes the value, with the sources its relations cite.
/// </summary>
internal sealed record RootStatement(RootCypher? Cypher, Func<QueryRow?, IReadOnlyDictionary<string, Entity>, object?> Value);

/// <summary>
/// Each <see cref="RootRead{T}"/>'s statement and decoding, in one place for the store's own operations and for
/// <see cref="Neo4jGraphStore.ReadAsync{T}"/>. Arguments are checked by <see cref="QueryArguments"/> here, before any
/// round trip. Where Cypher cannot state a rule cheaply the domain's rule finishes the job on the returned facts
/// (<see cref="SearchRanking"/>, <see cref="NeighbourhoodWalk"/>, <see cref="CapacityAssembly"/>), as the embedded store does.
/// </summary>
internal static class RootStatements
{
    public static RootStatement For<T>(RootRead<T> root) => root switch
    {
        EntityRead r => new(EntityByIdCypher.Root(r.Id), (row, _) => row is null ? null : Entity(row["entity"])),
        EntitiesRead r => EntitiesById(r.Ids),
        RelationRead r => new(RelationsByIdsCypher.Root([r.Id]), (row, sources) => row is null ? null : Relations(row["relations"], sources).FirstOrDefault()),
        EntityListRead r => EntityList(r.Query),
        SearchRead r => Search(r.Query),
        NeighbourhoodRead r => Neighbourhood(r.Query),
        PathsRead r => Paths(r.Query),
        CapacityRead r => new(AlliesSharingCapacityCypher.Root(r.Query), (row, sources) => row is null ? Array.Empty<CapacityShare>() : Capacity(row, sources)),
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "not a root read this store knows"),
    };

    /// <summary>The relations these ids name, in their order (null where unknown).</summary>
    public static RootStatement RelationsById(IReadOnlyList<string> ids) => ids.Count == 0
        ? new(null, (_, _) => Array.Empty<Relation?>())
        : new(RelationsByIdsCypher.Root(ids), (row, sources) =>
        {
            var found = row is null ? [] : Relations(row["relations"], sources).ToDictionary(r => r.Id, StringComparer.Ordinal);
            return ids.Select(id => found.GetValueOrDefault(id)).ToList();
        });

    static RootStatement EntitiesById(IReadOnlyList<string> ids) => ids.Count == 0
        ? new(null, (_, _) => Array.Empty<Entity?>())
        : new(EntitiesByIdsCypher.Root(ids), (row, _) =>
        {
            var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
            if (row is not null)
            {
                var entities = List(row["entities"]);
                foreach (var (id, i) in List(row["ids"]).Select((id, i) => ((string)id!, i))) found[id] = Entity(entities[i]);
            }
            return ids.Select(id => found.GetValueOrDefault(id)).ToList();
        });

    static RootStatement EntityList(EntityListQuery query)
    {
        QueryArguments.Check(query);
        return new(EntityListCypher.Root(query), (row, _) =>
        {
            var window = Entities(row!["window"]);
            var total = (int)row.Get<long>("total");
            return new Page<Entity>(window.Take(query.First).ToList(), query.Offset, window.Count > query.First, query.IncludeTotal ? total : null);
        });
    }

    static RootStatement Search(SearchQuery query)
    {
        var terms = QueryArguments.Check(query);
        return new(SearchCypher.Root(terms, query.Kinds), (row, _) =>
        {
            var ranking = new SearchRanking(terms);
            foreach (var candidate in List(row!["candidates"])) ranking.Offer(Entity(candidate));
            return ranking.Top(query.First);
        });
    }

    static RootStatement Neighbourhood(NeighbourhoodQuery query)
    {
        QueryArguments.Check(query);
        return new(NeighbourhoodCypher.Root(query), (row, sources) =>
        {
            if (row is null) return new Subgraph([], [], false);
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
        });
    }

    static RootStatement Paths(PathQuery query)
    {
        QueryArguments.Check(query);
        if (query.First == 0) return new(null, (_, _) => Array.Empty<GraphPath>());
        return new(PathsCypher.Root(query), (row, sources) => row is null ? Array.Empty<GraphPath>() : RankedPaths(query, row, sources));
    }

    /// <summary>The chains the searches found, ranked by the domain's rule with the degrees the statement counted.</summary>
    static IReadOnlyList<GraphPath> RankedPaths(PathQuery query, QueryRow row, IReadOnlyDictionary<string, Entity> sources)
    {
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

    static List<CapacityShare> Capacity(QueryRow row, IReadOnlyDictionary<string, Entity> sources)
    {
        Relation? OptionalRelation(object? value) => value is null ? null : Relation(value, sources);
        var restrictions = List(row["restrictions"]).Select(Map).Select(r => new RestrictionFact(
            Entity(r["mineral"]), r["measure"] is { } m ? Entity(m) : null, Relation(r["restriction"], sources), OptionalRelation(r["imposedBy"]))).ToList();
        var holdings = List(row["holdings"]).Select(Map).Select(h => new HoldingFact(
            (string)h["government"]!, Entity(h["holder"]), Entity(h["mineral"]), Relation(h["capacity"], sources),
            OptionalRelation(h["basedIn"]), Entity(h["restricted"]), OptionalRelation(h["groupLink"]))).ToList();
        var memberships = List(row["memberships"]).Select(Map).Select(m => new MembershipFact(
            (string)m["government"]!, Entity(m["agreement"]), Relation(m["membership"], sources))).ToList();
        var governments = Entities(row["governments"]).ToDictionary(g => g.Id, StringComparer.Ordinal);
        return [.. CapacityAssembly.Run(restrictions, holdings, memberships, governments)];
    }
}
