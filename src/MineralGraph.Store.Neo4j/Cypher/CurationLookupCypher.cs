namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Everything the curation rules ask about one request, in one read inside the change's transaction:
/// <list type="bullet">
/// <item>the entities named by <c>$entityIds</c>, each by the id as asked (merged ids resolved to their survivor),
/// with the normalised <c>text</c> of those also in <c>$textIds</c> (the sources that evidence cites);</item>
/// <item>the relations named by <c>$relationIds</c>, and those whose id starts with the stem a new relation's id
/// would be made from (<c>$generated</c>: kind slug and the two ends as asked), so the rules can number it.</item>
/// </list>
/// The stem is the id's first 170 characters: the rules cut a stem at 180 (less a trailing '-'), so every id they
/// may try starts with it. For a pair of entities (<c>$pair</c>: a merge's two, a new relation's ends), the
/// relationships between them (<c>between</c>, their ids; <c>betweenRelations</c>, the relations): a merge would
/// turn them into ties from the survivor to itself, and a new claim disputes those it contradicts. Relations are found by
/// id, and by the stem as a prefix, through the <c>relation_keys</c> index (<see cref="KeyIndexCypher"/>), never by a
/// scan of the relationships.
/// </summary>
internal static class CurationLookupCypher
{
    public const int StemLength = 170;

    public static readonly string Text = $$"""
        CALL () {
          UNWIND $entityIds AS asked
          OPTIONAL MATCH (:MergedId {id: asked})-[:MERGED_INTO]->(merged:Entity)
          OPTIONAL MATCH (direct:Entity {id: asked})
          WITH asked, coalesce(merged, direct) AS n
          WHERE n IS NOT NULL
          RETURN collect({asked: asked, entity: {{Projections.Entity("n")}}, text: CASE WHEN asked IN $textIds THEN n.text END}) AS entities
        }
        CALL () {
          OPTIONAL MATCH (:MergedId {id: $generated.from})-[:MERGED_INTO]->(mergedFrom:Entity)
          OPTIONAL MATCH (directFrom:Entity {id: $generated.from})
          OPTIONAL MATCH (:MergedId {id: $generated.to})-[:MERGED_INTO]->(mergedTo:Entity)
          OPTIONAL MATCH (directTo:Entity {id: $generated.to})
          WITH coalesce(mergedFrom, directFrom) AS f, coalesce(mergedTo, directTo) AS t
          RETURN CASE WHEN f IS NULL OR t IS NULL THEN null
            ELSE left('rel/' + $generated.kind + '-' + substring(f.id, size(split(f.id, '/')[0]) + 1) + '-' + substring(t.id, size(split(t.id, '/')[0]) + 1), {{StemLength}})
          END AS stem
        }
        CALL (stem) {
          CALL (stem) {
            UNWIND $relationIds AS id
            {{KeyIndexCypher.RelationById("id", "r")}}
            RETURN r
            UNION
            WITH stem WHERE stem IS NOT NULL
            {{KeyIndexCypher.RelationsByIdPrefix("stem", "r")}}
            RETURN r
          }
          RETURN collect({{Projections.Relation("r")}}) AS relations
        }
        CALL () {
          UNWIND CASE WHEN $pair IS NULL THEN [] ELSE [$pair] END AS pair
          OPTIONAL MATCH (:MergedId {id: pair.first})-[:MERGED_INTO]->(mergedFirst:Entity)
          OPTIONAL MATCH (directFirst:Entity {id: pair.first})
          OPTIONAL MATCH (:MergedId {id: pair.second})-[:MERGED_INTO]->(mergedSecond:Entity)
          OPTIONAL MATCH (directSecond:Entity {id: pair.second})
          WITH coalesce(mergedFirst, directFirst) AS s, coalesce(mergedSecond, directSecond) AS m
          OPTIONAL MATCH (s)-[tie]-(m)
          WITH DISTINCT tie
          RETURN collect(tie.id) AS between, collect({{Projections.Relation("tie")}}) AS betweenRelations
        }
        RETURN entities, relations, stem, between, betweenRelations
        """;

    /// <param name="generated">For a new relation without an id: the kind as its id writes it (<c>member-of</c>) and the ends as asked.</param>
    /// <param name="pair">A merge's two entities, or a new relation's ends, as asked: their ties to each other are returned (<c>between</c>).</param>
    public static CypherStatement Statement(
        IReadOnlyCollection<string> entityIds, IReadOnlyCollection<string> textIds, IReadOnlyCollection<string> relationIds,
        (string Kind, string From, string To)? generated, (string First, string Second)? pair = null) => new(Text, new Dictionary<string, object?>
    {
        ["pair"] = pair is { } p ? new Dictionary<string, object?> { ["first"] = p.First, ["second"] = p.Second } : null,
        ["entityIds"] = entityIds.ToList(),
        ["textIds"] = textIds.ToList(),
        ["relationIds"] = relationIds.ToList(),
        ["generated"] = generated is { } g ? new Dictionary<string, object?> { ["kind"] = g.Kind, ["from"] = g.From, ["to"] = g.To } : null,
    });
}
