using MineralGraph.Domain.Model;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The timeline's candidates in one statement; the store applies <see cref="TimelineRules"/> to them (which items,
/// order, bounds, page), as the embedded store does. With ids: the entities they name (merged ids followed; null where
/// unknown) and, when all are known, every standing relation touching one of them with both its ends. Without: every
/// standing relation with a since or until (when relations are asked for), with its ends, and every event, agreement
/// and measure with a date or dated steps (of the kinds asked for).
/// </summary>
internal static class TimelineCypher
{
    static readonly string Types = string.Join('|', RelationKinds.All.Select(k => k.Name()));

    static readonly string Touching =
        $"collect({{relation: {Projections.Relation("r")}, from: {Projections.Entity("a")}, to: {Projections.Entity("b")}}})";

    public static readonly string OfEntities = $$"""
        {{Projections.ResolveAll("$ids", "of")}}
        CALL (of) {
          WITH of WHERE none(e IN of WHERE e IS NULL)
          UNWIND of AS g
          MATCH (g)-[r:{{Types}}]-(:Entity)
          WHERE {{Projections.Standing("r")}}
          WITH DISTINCT r
          WITH r, startNode(r) AS a, endNode(r) AS b
          RETURN {{Touching}} AS touching
        }
        RETURN [e IN of | CASE WHEN e IS NULL THEN null ELSE {{Projections.Entity("e")}} END] AS of, touching, [] AS dated,
               {{Projections.SourcesOf("[t IN touching | t.relation]")}} AS sources
        """;

    public static readonly string WholeGraph = $$"""
        CALL () {
          MATCH (a:Entity)-[r:{{Types}}]->(b:Entity)
          WHERE $relations AND (r.since IS NOT NULL OR r.until IS NOT NULL) AND {{Projections.Standing("r")}}
          RETURN {{Touching}} AS touching
        }
        CALL () {
          MATCH (e:Entity)
          WHERE e.kind IN $entityKinds AND (e.date IS NOT NULL OR e.datesValues IS NOT NULL)
          RETURN collect({{Projections.Entity("e")}}) AS dated
        }
        RETURN [] AS of, touching, dated, {{Projections.SourcesOf("[t IN touching | t.relation]")}} AS sources
        """;

    static readonly (TimelineItemKind Kind, EntityKind Entity)[] EntityKinds =
        [(TimelineItemKind.Event, EntityKind.Event), (TimelineItemKind.Agreement, EntityKind.Agreement), (TimelineItemKind.Measure, EntityKind.Measure)];

    public static CypherStatement Statement(TimelineQuery q)
    {
        if (!q.IsWholeGraph) return new(OfEntities, new Dictionary<string, object?> { ["ids"] = q.Ids!.ToList() });
        bool Asked(TimelineItemKind kind) => q.Kinds is null || q.Kinds.Count == 0 || q.Kinds.Contains(kind);
        return new(WholeGraph, new Dictionary<string, object?>
        {
            ["relations"] = Asked(TimelineItemKind.Relation),
            ["entityKinds"] = EntityKinds.Where(k => Asked(k.Kind)).Select(k => k.Entity.Prefix()).ToList(),
        });
    }
}
