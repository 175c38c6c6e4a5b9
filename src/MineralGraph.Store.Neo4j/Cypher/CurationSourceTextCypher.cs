namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Gives seed sources their document text, normalised for quote checks (<c>QuoteText.Normalise</c>), as the
/// <c>text</c> property. Only the curation lookup reads it; read-side projections leave it out (it is large).
/// </summary>
internal static class CurationSourceTextCypher
{
    public const string Text = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.id}) WHERE s:Source
        SET s.text = row.text
        """;

    public static CypherStatement Statement(IEnumerable<(string Id, string Text)> texts) => new(Text, new Dictionary<string, object?>
    {
        ["rows"] = texts.Select(t => (object)new Dictionary<string, object?> { ["id"] = t.Id, ["text"] = t.Text }).ToList(),
    });
}
