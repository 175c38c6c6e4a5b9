namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>Entities per kind, standing (not retracted) relations per type and their evidence items.</summary>
internal static class CountsCypher
{
    public const string Text = """
        CALL () {
          MATCH (n:Entity)
          WITH n.kind AS kind, count(*) AS count
          RETURN collect({kind: kind, count: count}) AS entities
        }
        CALL () {
          MATCH (:Entity)-[r]->(:Entity)
          WHERE r.retractionAt IS NULL
          WITH type(r) AS kind, count(*) AS count, sum(size(r.evidenceSources)) AS evidence
          RETURN collect({kind: kind, count: count}) AS relations, sum(evidence) AS evidence
        }
        RETURN entities, relations, evidence
        """;

    public static CypherStatement Statement() => new(Text);
}
