using System.Globalization;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The four searches of a path query (<see cref="PathSearch.InOrder"/>) in one statement, each run only when the
/// domain's rule (<see cref="PathSearch.Run"/>) will read it: actor chains avoiding hubs; actor chains through hubs when
/// there were none; then, with <c>$any</c> or when no actor chain was found, chains over every tie the same way. Each
/// search: all shortest paths (merged ids followed, direction ignored) over standing relations of the asked kinds that
/// held on <c>$asOf</c> (or whose dates cannot tell), for actor searches only ties between actors (kind in
/// <c>$actorKinds</c>, no end a mineral), for hub-free searches through no hub (<c>$hubType</c> minerals, or entities
/// with at least <c>$hubDegree</c> ties); ordered by their list of relation ids read from From to To, first
/// <c>$candidates</c>. Every node comes with its degree, so the store can rank the chains (<see cref="PathRanking"/>).
/// Both ends the same entity: <c>same</c> is true and no search runs.
/// Cypher wants the hop bound as a literal, so there is one constant text per bound 1…<see cref="LongestStatement"/>
/// (0 uses the text for 1, guarded by <c>$maxHops</c>); the bound is an int from that closed range, never request text.
/// </summary>
internal static class PathsCypher
{
    /// <summary>The largest hop bound this store has a statement for (the API allows <see cref="QueryCaps.PathHops"/>).</summary>
    public const int LongestStatement = 12;

    /// <summary>Every relation kind, as a relationship type list: the ties a path may walk (never MERGED_INTO).</summary>
    static readonly string Types = string.Join('|', RelationKinds.All.Select(k => k.Name()));

    /// <summary>The ties recorded of node <paramref name="node"/>, retracted ones included (<see cref="Hubs"/>): Neo4j counts them without reading each.</summary>
    static string Degree(string node) => $"COUNT {{ ({node})-[:{Types}]-() }}";

    const string Search = """
        CALL ({0}) {{
          WITH a, b WHERE a <> b AND $maxHops >= 1{1}
          MATCH p = allShortestPaths((a)-[:{2}*..{3}]-(b))
          WHERE all(r IN relationships(p) WHERE {4}){5}
          WITH p
          ORDER BY [r IN relationships(p) | r.id]
          LIMIT $candidates
          RETURN collect(p) AS {6}
        }}

        """;

    const string Template = """
        {0}
        {1}
        WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
        {2}WITH a, b, [actorsHubFree, actorsThroughHubs, anyHubFree, anyThroughHubs] AS searches
        WITH a, b, [s IN searches | [p IN s | {{nodes: nodes(p), relations: relationships(p)}}]] AS searches
        """;

    static readonly string Columns =
        $"a = b AS same, {Projections.Entity("a")} AS start, {Degree("a")} AS startDegree,\n       " +
        $"[s IN searches | [p IN s | {{nodes: [n IN p.nodes | {Projections.Entity("n")}], degrees: [n IN p.nodes | {Degree("n")}], relations: [r IN p.relations | {Projections.Relation("r")}]}}]] AS searches";

    static readonly string[] Heads = Enumerable.Range(0, LongestStatement + 1).Select(Build).ToArray();

    static string Build(int hops)
    {
        var bound = Math.Max(hops, 1).ToString(CultureInfo.InvariantCulture);
        var walk = $"{Projections.OfKinds("r")} AND {Projections.HeldOn("r")} AND {Projections.Standing("r")}";
        var actor = $"{walk} AND type(r) IN $actorKinds AND NOT startNode(r):Mineral AND NOT endNode(r):Mineral";
        var hubFree = $"\n    AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT ((n:Mineral AND n.type = $hubType) OR {Degree("n")} >= $hubDegree))";
        const string noActorChain = "($any OR size(actorsHubFree) + size(actorsThroughHubs) = 0)";
        string Run(string scope, string guard, string ties, string hubs, string name) =>
            string.Format(CultureInfo.InvariantCulture, Search, scope, guard, Types, bound, ties, hubs, name);
        var searches =
            Run("a, b", "", actor, hubFree, "actorsHubFree") +
            Run("a, b, actorsHubFree", " AND size(actorsHubFree) = 0", actor, "", "actorsThroughHubs") +
            Run("a, b, actorsHubFree, actorsThroughHubs", $" AND {noActorChain}", walk, hubFree, "anyHubFree") +
            Run("a, b, actorsHubFree, actorsThroughHubs, anyHubFree", $" AND {noActorChain} AND size(anyHubFree) = 0", walk, "", "anyThroughHubs");
        return string.Format(CultureInfo.InvariantCulture, Template,
            Projections.Resolve("$from", "a"), Projections.Resolve("$to", "b"), searches);
    }

    static string Head(int maxHops) => maxHops is >= 0 and <= LongestStatement
        ? Heads[maxHops]
        : throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, $"maxHops must be at most {LongestStatement} on the Neo4j store");

    /// <summary>The plain statement's text for a hop bound.</summary>
    public static string Text(int maxHops) => Statement(new PathQuery { From = "", To = "", MaxHops = maxHops }).Text;

    /// <summary>
    /// Needs apply to every node and relation of every candidate chain of every search that ran (the ranking picks
    /// among them afterwards, in the store), or to the start alone when both ends are the same entity.
    /// </summary>
    public static RootCypher Root(PathQuery q) => new(Head(q.MaxHops), Columns,
        "CASE WHEN a = b THEN [a] ELSE reduce(all = [], s IN searches | reduce(ns = all, p IN s | ns + p.nodes)) END",
        "reduce(all = [], s IN searches | reduce(rs = all, p IN s | rs + p.relations))", new Dictionary<string, object?>
    {
        ["from"] = q.From,
        ["to"] = q.To,
        ["maxHops"] = q.MaxHops,
        ["kinds"] = CypherValues.Kinds(q.Kinds),
        ["asOf"] = CypherValues.Day(q.AsOf),
        ["any"] = q.Through == PathThrough.Any,
        ["actorKinds"] = TieClasses.ActorKinds.Select(k => k.Name()).Order(StringComparer.Ordinal).ToList(),
        ["hubType"] = Hubs.GroupType,
        ["hubDegree"] = Hubs.Degree,
        ["candidates"] = PathSearch.Candidates,
    });

    public static CypherStatement Statement(PathQuery q) => Root(q).Plain();
}
