using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Gives seed sources their held text: normalised for quote checks (<c>QuoteText.Normalise</c>) as the <c>text</c>
/// property, which only the curation lookup reads; as served, with its kind, as <c>heldText</c> and
/// <c>heldTextKind</c>, which only <see cref="HeldSourcesCypher"/> reads. Entity projections leave all three out (they are large).
/// </summary>
internal static class CurationSourceTextCypher
{
    public const string Text = """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.id}) WHERE s:Source
        SET s.text = row.text, s.heldText = row.heldText, s.heldTextKind = row.heldTextKind
        """;

    public static CypherStatement Statement(IEnumerable<(string Id, SourceText Held)> texts) => new(Text, new Dictionary<string, object?>
    {
        ["rows"] = texts.Select(t => (object)new Dictionary<string, object?>
        {
            ["id"] = t.Id,
            ["text"] = QuoteText.Normalise(t.Held.Text),
            ["heldText"] = t.Held.Text,
            ["heldTextKind"] = HeldSourcesCypher.KindName(t.Held.Kind),
        }).ToList(),
    });
}
