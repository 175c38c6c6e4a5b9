using MineralGraph.Domain.Model;
using MineralGraph.Store.Neo4j.Mapping;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Writes a curated entity, new or changed, with the same properties the loader writes. <c>+=</c> (not <c>=</c>)
/// so a source keeps its <c>text</c>; every field is in the map, a null one removing its property. A new source's
/// normalised text comes in <c>$text</c>, and as given (served by <c>Source.text</c>, a whole document) in <c>$heldText</c>.
/// </summary>
internal static class CurationEntityWriteCypher
{
    public const string Text = """
        MERGE (n:Entity {id: $props.id})
        SET n:$($label)
        SET n += $props, n.dateEarliest = date($props.dateEarliest), n.dateLatest = date($props.dateLatest),
            n.text = coalesce($text, n.text), n.heldText = coalesce($heldText, n.heldText),
            n.heldTextKind = CASE WHEN $heldText IS NULL THEN n.heldTextKind ELSE 'document' END
        RETURN n.id AS id
        """;

    public static CypherStatement Statement(Entity entity, string? text) => new(Text, new Dictionary<string, object?>
    {
        ["label"] = entity.Kind.ToString(),
        ["props"] = EntityProperties.ToProperties(entity),
        ["text"] = text is null ? null : Domain.Text.QuoteText.Normalise(text),
        ["heldText"] = text,
    });
}
