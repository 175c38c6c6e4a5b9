using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Common ties in one statement: the entities <c>$ids</c> name (merged ids followed; null where unknown), then — when
/// all are known and different — the other ends of the least connected one's standing relations of the asked kinds
/// that held on <c>$asOf</c> (or whose dates cannot tell), kept when every named entity has such a relation to them,
/// with every such relation. The store ranks them with <see cref="CommonTieRanking"/>, as the embedded store does.
/// </summary>
internal static class CommonTiesCypher
{
    static readonly string Types = string.Join('|', RelationKinds.All.Select(k => k.Name()));

    static readonly string Walk = $"{Projections.OfKinds("r")} AND {Projections.HeldOn("r")} AND {Projections.Standing("r")}";

    public static readonly string Text = $$"""
        {{Projections.ResolveAll("$ids", "of")}}
        CALL (of) {
          WITH of WHERE $first > 0 AND none(e IN of WHERE e IS NULL)
            AND all(i IN range(0, size(of) - 1) WHERE none(k IN range(0, i - 1) WHERE of[k] = of[i]))
          UNWIND of AS g
          WITH of, g, COUNT { (g)-[:{{Types}}]-() } AS degree
          ORDER BY degree
          LIMIT 1
          MATCH (g)-[r:{{Types}}]-(c:Entity)
          WHERE {{Walk}} AND NOT c IN of
          WITH of, collect(DISTINCT c) AS candidates
          UNWIND candidates AS c
          UNWIND range(0, size(of) - 1) AS i
          WITH of, c, i, of[i] AS g
          OPTIONAL MATCH (g)-[r:{{Types}}]-(c)
          WHERE {{Walk}}
          WITH c, i, collect(r) AS ties
          WITH c, collect({of: i, ties: ties}) AS links
          WHERE all(l IN links WHERE size(l.ties) > 0)
          UNWIND links AS l
          UNWIND l.ties AS r
          RETURN collect({candidate: {{Projections.Entity("c")}}, of: l.of, relation: {{Projections.Relation("r")}}}) AS found
        }
        RETURN [e IN of | CASE WHEN e IS NULL THEN null ELSE {{Projections.Entity("e")}} END] AS of, found,
               {{Projections.SourcesOf("[f IN found | f.relation]")}} AS sources
        """;

    public static CypherStatement Statement(CommonTiesQuery q) => new(Text, new Dictionary<string, object?>
    {
        ["ids"] = q.Ids.ToList(),
        ["kinds"] = CypherValues.Kinds(q.Kinds),
        ["asOf"] = CypherValues.Day(q.AsOf),
        ["first"] = q.First,
    });
}
