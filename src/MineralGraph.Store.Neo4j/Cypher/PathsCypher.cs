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
        WITH CASE WHEN a = b THEN [{{nodes: [{6}], relations: []}}]
             ELSE [p IN found | {{nodes: [n IN nodes(p) | {7}], relations: [r IN relationships(p) | {8}]}}] END AS paths
        RETURN paths, {9} AS sources
        """;

    static readonly string[] Texts = Enumerable.Range(0, LongestStatement + 1)
        .Select(hops => string.Format(CultureInfo.InvariantCulture, Template,
            Projections.Resolve("$from", "a"), Projections.Resolve("$to", "b"), Math.Max(hops, 1),
            Projections.OfKinds("r"), Projections.HeldOn("r"), Projections.Standing("r"),
            Projections.Entity("a"), Projections.Entity("n"), Projections.Relation("r"),
            Projections.SourcesOf("reduce(all = [], p IN paths | all + p.relations)")))
        .ToArray();

    public static string Text(int maxHops) => maxHops is >= 0 and <= LongestStatement
        ? Texts[maxHops]
        : throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, $"maxHops must be at most {LongestStatement} on the Neo4j store");

    public static CypherStatement Statement(PathQuery q) => new(Text(q.MaxHops), new Dictionary<string, object?>
    {
        ["from"] = q.From,
        ["to"] = q.To,
        ["maxHops"] = q.MaxHops,
        ["kinds"] = CypherValues.Kinds(q.Kinds),
        ["asOf"] = CypherValues.Day(q.AsOf),
        ["first"] = q.First,
    });
}
