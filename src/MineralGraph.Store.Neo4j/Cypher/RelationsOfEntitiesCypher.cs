using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// A page of relations for each of several entities in one statement (UNWIND over the queries, answered in
/// query order). Per query: direction out (entity is From), in (entity is To) or both (a self-loop once);
/// kinds and as-of filters; retracted relations only when asked for; denied or affirmed claims only when asked for;
/// amounts of at least <c>minAmount</c> in its unit (never an "up to" figure, as <see cref="Domain.Model.Amount.IsAtLeast"/>);
/// order by kind name then id, or by amount (<see cref="Domain.Store.AmountOrder"/>: with an amount first, by unit,
/// by value); a window of first + 1 to tell if more follow.
/// </summary>
internal static class RelationsOfEntitiesCypher
{
    public static readonly string Text = $$"""
        UNWIND range(0, size($queries) - 1) AS position
        WITH position, $queries[position] AS q
        CALL (q) {
          {{Projections.Resolve("q.entityId", "e")}}
          CALL (e, q) {
            MATCH (e)-[r]-(:Entity)
            WHERE (q.direction = 'both' OR (q.direction = 'out' AND startNode(r) = e) OR (q.direction = 'in' AND endNode(r) = e))
              AND (q.kinds IS NULL OR type(r) IN q.kinds)
              AND (q.includeRetracted OR r.retractionAt IS NULL)
              AND {{Projections.HeldOn("r", "q.asOf")}}
              AND (q.denied IS NULL OR coalesce(r.denied, false) = q.denied)
              AND (q.minValue IS NULL OR ({{Projections.AmountAtLeast("r", "q.minUnit", "q.minValue")}}))
            WITH DISTINCT r
            ORDER BY CASE WHEN q.byAmount THEN r.amountUnit IS NULL END, CASE WHEN q.byAmount THEN r.amountUnit END,
                     CASE q.order WHEN 'amount-desc' THEN -r.amountValue WHEN 'amount-asc' THEN r.amountValue END, type(r), r.id
            RETURN collect(r) AS matched
          }
          RETURN size(matched) AS total, matched[q.offset..(q.offset + q.first + 1)] AS window
        }
        WITH position, total, [r IN window | {{Projections.Relation("r")}}] AS window
        ORDER BY position
        WITH collect({total: total, window: window}) AS pages
        RETURN pages, {{Projections.SourcesOf("reduce(all = [], p IN pages | all + p.window)")}} AS sources
        """;

    public static CypherStatement Statement(IReadOnlyList<RelationListQuery> queries) => new(Text, new Dictionary<string, object?>
    {
        ["queries"] = queries.Select(q => new Dictionary<string, object?>
        {
            ["entityId"] = q.EntityId,
            ["direction"] = q.Direction switch { RelationDirection.Outgoing => "out", RelationDirection.Incoming => "in", _ => "both" },
            ["kinds"] = CypherValues.Kinds(q.Kinds),
            ["asOf"] = CypherValues.Day(q.AsOf),
            ["offset"] = q.Offset,
            ["first"] = q.First,
            ["includeRetracted"] = q.IncludeRetracted,
            ["denied"] = q.Denied,
            ["minValue"] = q.MinAmount?.Value,
            ["minUnit"] = q.MinAmount?.Unit,
            ["byAmount"] = q.Order != RelationOrder.Kind,
            ["order"] = q.Order switch { RelationOrder.AmountDescending => "amount-desc", RelationOrder.AmountAscending => "amount-asc", _ => "kind" },
        }).ToList(),
    });
}
