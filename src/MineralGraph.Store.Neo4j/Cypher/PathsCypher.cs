using System.Globalization;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// All shortest paths between two entities (merged ids followed), ignoring direction, over standing relations of
/// the asked kinds that held on <c>$asOf</c> (or whose dates cannot tell), ordered by their list of relation ids read
/// from From to To, first <c>$first</c>. Both ends the same entity: one path of that node alone.
/// Cypher wants the hop bound as a literal, so there is one constant text per bound 1…<see cref="LongestStatement"/>
/// (0 uses the text for 1, guarded by <c>$maxHops</c>); the bound is an int from that closed range, never request text.
/// </summary>
internal static class PathsCypher
{
    /// <summary>The largest hop bound this store has a statement for (the API allows <see cref="QueryCaps.PathHops"/>).</summary>
    public const int LongestStatement = 12;

    const string Template = """
        {0}
        {1}
        WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
        CALL (a, b) {{
          WITH a, b WHERE a <> b AND $maxHops >= 1
          MATCH p = allShortestPaths((a)-[*..{2}]-(b))
          WHERE all(r IN relationships(p) WHERE {3} AND {4} AND {5})
          WITH p
          ORDER BY [r IN relationships(p) | r.id]
          LIMIT $first
          RETURN collect(p) AS found
        }}
        WITH CASE WHEN a = b THEN [{{nodes: [a], relations: []}}]
             ELSE [p IN found | {{nodes: nodes(p), relations: relationships(p)}}] END AS paths
        """;

    static readonly string Columns =
        $"[p IN paths | {{nodes: [n IN p.nodes | {Projections.Entity("n")}], relations: [r IN p.relations | {Projections.Relation("r")}]}}] AS paths";

    static readonly string[] Heads = Enumerable.Range(0, LongestStatement + 1)
        .Select(hops => string.Format(CultureInfo.InvariantCulture, Template,
            Projections.Resolve("$from", "a"), Projections.Resolve("$to", "b"), Math.Max(hops, 1),
            Projections.OfKinds("r"), Projections.HeldOn("r"), Projections.Standing("r")))
        .ToArray();

    static string Head(int maxHops) => maxHops is >= 0 and <= LongestStatement
        ? Heads[maxHops]
        : throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, $"maxHops must be at most {LongestStatement} on the Neo4j store");

    /// <summary>The plain statement's text for a hop bound.</summary>
    public static string Text(int maxHops) => Statement(new PathQuery { From = "", To = "", MaxHops = maxHops }).Text;

    /// <summary>Needs apply to every node and relation of every path.</summary>
    public static RootCypher Root(PathQuery q) => new(Head(q.MaxHops), Columns,
        "reduce(all = [], p IN paths | all + p.nodes)", "reduce(all = [], p IN paths | all + p.relations)", new Dictionary<string, object?>
    {
        ["from"] = q.From,
        ["to"] = q.To,
        ["maxHops"] = q.MaxHops,
        ["kinds"] = CypherValues.Kinds(q.Kinds),
        ["asOf"] = CypherValues.Day(q.AsOf),
        ["first"] = q.First,
    });

    public static CypherStatement Statement(PathQuery q) => Root(q).Plain();
}
