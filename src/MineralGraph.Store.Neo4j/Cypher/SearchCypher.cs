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
    /// <summary>
    /// The most candidates whose needs are read ahead: which of them the ranking keeps is decided after the statement,
    /// so every candidate is read for; a broader text (a 3-letter prefix on a large graph) leaves the fields below the
    /// hits to their loaders instead.
    /// </summary>
    public const int MostCandidatesReadAhead = 200;

    static readonly string Head = """
        CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
        WHERE $kinds IS NULL OR node.kind IN $kinds
        WITH collect(node) AS candidates
        """;

    static readonly string Columns = $"[n IN candidates | {Projections.Entity("n")}] AS candidates";

    static readonly string ReadAheadFor = $"CASE WHEN size(candidates) <= {MostCandidatesReadAhead} THEN candidates ELSE [] END";

    public static CypherStatement Statement(SearchTerms terms, IReadOnlyCollection<EntityKind>? kinds) => Root(terms, kinds).Plain();

    public static RootCypher Root(SearchTerms terms, IReadOnlyCollection<EntityKind>? kinds) => new(Head, Columns, ReadAheadFor, null, new Dictionary<string, object?>
    {
        ["lucene"] = $"searchWords:{terms.LongestWord}* OR searchCompact:{terms.Compact}*",
        ["kinds"] = CypherValues.Kinds(kinds),
    });
}
