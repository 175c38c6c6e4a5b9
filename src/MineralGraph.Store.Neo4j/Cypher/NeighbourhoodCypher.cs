using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The breadth-first expansion behind a neighbourhood, one level block per depth, in one statement.
/// <para>Each block expands the nodes discovered by the previous one, in discovery order: a node's relations that
/// pass the kinds/as-of filter, ordered by kind name then id, first <c>$limit</c> kept (one more is fetched to tell
/// whether any were cut). The other ends not seen before are appended in that order, at most up to
/// <c>$maxNodes</c> nodes in all. The store then runs <see cref="NeighbourhoodWalk"/> over the returned expansions
/// to decide edges and <see cref="Subgraph.Truncated"/>, as the embedded store does.</para>
/// Cypher has no loops, so the block is repeated Depth times: a constant text per depth 0…<see cref="DeepestStatement"/>.
/// </summary>
internal static class NeighbourhoodCypher
{
    /// <summary>The deepest neighbourhood this store has a statement for (the API allows <see cref="QueryCaps.NeighbourhoodDepth"/>).</summary>
    public const int DeepestStatement = 8;

    static readonly string Start = $$"""
        {{Projections.Resolve("$id", "start")}}
        WITH start WHERE start IS NOT NULL
        WITH [start] AS nodes, 0 AS frontierStart, [] AS expansions

        """;

    static readonly string Level = $$"""
        CALL (nodes, frontierStart) {
          UNWIND range(frontierStart, size(nodes) - 1) AS i
          WITH i, nodes[i] AS f
          CALL (f) {
            MATCH (f)-[r]-(:Entity)
            WHERE {{Projections.OfKinds("r")}} AND {{Projections.HeldOn("r")}} AND {{Projections.Standing("r")}}
            WITH DISTINCT r
            ORDER BY type(r), r.id
            LIMIT $limitPlusOne
            RETURN collect(r) AS found
          }
          WITH i, f, found
          ORDER BY i
          RETURN collect({node: f, more: size(found) > $limit, kept: found[..$limit]}) AS level
        }
        CALL (nodes, level) {
          UNWIND range(0, size(level) - 1) AS a
          UNWIND range(0, size(level[a].kept) - 1) AS b
          WITH nodes, level[a].node AS f, level[a].kept[b] AS r, a * $limitPlusOne + b AS position
          WITH nodes, CASE WHEN startNode(r) = f THEN endNode(r) ELSE startNode(r) END AS m, position
          WHERE NOT m IN nodes
          WITH m, min(position) AS firstSeen
          ORDER BY firstSeen
          RETURN collect(m) AS fresh
        }
        WITH nodes + fresh[..($maxNodes - size(nodes))] AS nodes, size(nodes) AS frontierStart, expansions + level AS expansions

        """;

    static readonly string Columns =
        $"[n IN nodes | {Projections.Entity("n")}] AS nodes,\n       " +
        $"[x IN expansions | {{id: x.node.id, more: x.more, kept: [r IN x.kept | {Projections.Relation("r")}]}}] AS expansions";

    const string Kept = "reduce(all = [], x IN expansions | all + x.kept)";

    static readonly string[] Heads = Enumerable.Range(0, DeepestStatement + 1)
        .Select(depth => (Start + string.Concat(Enumerable.Repeat(Level, depth))).TrimEnd())
        .ToArray();

    static string Head(int depth) => depth is >= 0 and <= DeepestStatement
        ? Heads[depth]
        : throw new ArgumentOutOfRangeException(nameof(depth), depth, $"depth must be at most {DeepestStatement} on the Neo4j store");

    /// <summary>The plain statement's text for a depth.</summary>
    public static string Text(int depth) => Statement(new NeighbourhoodQuery { Id = "", Depth = depth }).Text;

    /// <summary>Every node reached and every relation kept (a superset of the edges the walk keeps).</summary>
    public static RootCypher Root(NeighbourhoodQuery q) => new(Head(q.Depth), Columns, "nodes", Kept, new Dictionary<string, object?>
    {
        ["id"] = q.Id,
        ["kinds"] = CypherValues.Kinds(q.Kinds),
        ["asOf"] = CypherValues.Day(q.AsOf),
        ["limit"] = q.LimitPerNode,
        ["limitPlusOne"] = q.LimitPerNode + 1,
        ["maxNodes"] = q.MaxNodes,
    });

    public static CypherStatement Statement(NeighbourhoodQuery q) => Root(q).Plain();
}
