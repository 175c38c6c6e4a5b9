using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Sources' held texts and the relations citing them, in one statement: for each id (merged ids followed) the source's
/// <c>heldText</c> and <c>heldTextKind</c> (null where the id names no source), and every relation not retracted whose
/// evidence cites one of them. The store places the quotes with <see cref="HeldSource.Of"/>, as the embedded store does.
/// The citing relations are found through the <c>relation_keys</c> index, one index query per source
/// (<see cref="KeyIndexCypher.RelationsCiting"/>), never by a scan of every relationship's evidence list. The sources
/// they cite are listed (distinct) before they are sought, instead of <see cref="Projections.SourcesOf"/> over
/// <c>citing</c>: that subquery carries the whole list into each of its rows, and for a source cited by thousands of
/// ties (5,386 on the 100k synthetic graph) Neo4j's transaction memory limit was reached (1.4 GiB, heap 2 GB).
/// </summary>
internal static class HeldSourcesCypher
{
    public static readonly string Text = $$"""
        UNWIND range(0, size($ids) - 1) AS i
        {{Projections.Resolve("$ids[i]", "e")}}
        WITH i, CASE WHEN e:Source THEN e END AS s ORDER BY i
        WITH collect({slot: i, source: s}) AS slots
        WITH slots, [x IN slots WHERE x.source IS NOT NULL | x.source.id] AS sourceIds
        CALL (sourceIds) {
          UNWIND sourceIds AS sourceId
          {{KeyIndexCypher.RelationsCiting("sourceId", "r")}}
          WITH DISTINCT r WHERE r.retractionAt IS NULL
          WITH collect({{Projections.Relation("r")}}) AS citing, collect(r.evidenceSources) AS lists
          CALL (lists) {
            UNWIND lists AS list
            UNWIND list AS sourceId
            RETURN collect(DISTINCT sourceId) AS cited
          }
          RETURN citing, cited
        }
        RETURN [x IN slots | CASE WHEN x.source IS NULL THEN null ELSE {id: x.source.id, text: x.source.heldText, kind: x.source.heldTextKind} END] AS held,
               citing, COLLECT { UNWIND cited AS sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN {{Projections.Entity("s")}} } AS sources
        """;

    public static CypherStatement Statement(IReadOnlyList<string> ids) => new(Text, new Dictionary<string, object?> { ["ids"] = ids.ToList() });

    /// <summary>How a text kind is kept in <c>heldTextKind</c>.</summary>
    public static string KindName(HeldTextKind kind) => kind.ToString().ToLowerInvariant();

    public static HeldTextKind? KindOf(string? name) => name switch
    {
        "document" => HeldTextKind.Document,
        "passages" => HeldTextKind.Passages,
        _ => null,
    };
}
