using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Name search candidates from the full-text index <c>entity_names</c>: entities with a name word starting with
/// the longest query word, or a name whose space-free form starts with the space-free query — exactly the names
/// that can match (see <see cref="SearchTerms"/>; the store then ranks them with <see cref="SearchRanking"/>, as the embedded store does).
/// The Lucene query is a parameter built from folded words (letters and digits only), so it needs no escaping.
/// </summary>
internal static class SearchCypher
{
    public static readonly string Text = $"""
        CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
        WHERE $kinds IS NULL OR node.kind IN $kinds
        RETURN {Projections.Entity("node")} AS entity, node.nameFolded AS nameFolded
        """;

    public static CypherStatement Statement(SearchTerms terms, IReadOnlyCollection<EntityKind>? kinds) => new(Text, new Dictionary<string, object?>
    {
        ["lucene"] = $"searchWords:{terms.LongestWord}* OR searchCompact:{terms.Compact}*",
        ["kinds"] = CypherValues.Kinds(kinds),
    });
}
