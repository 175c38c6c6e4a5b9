namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Look-ups through the keyword full-text indexes of schema/neo4j/004-keys.cypher: a relation by id, the relations
/// whose evidence cites a source, the changes targeting an id. Without them each is a scan of every relationship (or
/// every change): Neo4j indexes a relationship property for one type only, and no range index answers "x IN list".
/// One index query per key (so no Lucene clause limit), the value quoted as one exact term; the exact test follows,
/// so the index only narrows and never decides. Called only with variable names written in the statements.
/// </summary>
internal static class KeyIndexCypher
{
    public const string RelationIndex = "relation_keys";
    public const string ChangeIndex = "change_targets";

    /// <summary>
    /// A Lucene query for field <paramref name="field"/> holding exactly the string in Cypher expression
    /// <paramref name="key"/>: quoted (the keyword analyzer keeps it one term), with <c>\</c> and <c>"</c> escaped.
    /// </summary>
    public static string Term(string field, string key) =>
        "'" + field + @":""' + replace(replace(" + key + @", '\\', '\\\\'), '""', '\\""') + '""'";

    /// <summary>Binds <paramref name="rel"/> to each relation (retracted ones too) whose evidence cites the source id in <paramref name="sourceId"/>.</summary>
    public static string RelationsCiting(string sourceId, string rel) =>
        $"CALL db.index.fulltext.queryRelationships('{RelationIndex}', {Term("evidenceSources", sourceId)}) YIELD relationship AS {rel}\n" +
        $"WHERE {sourceId} IN {rel}.evidenceSources";

    /// <summary>Binds <paramref name="rel"/> to the relation whose id is in <paramref name="id"/> (no row when none).</summary>
    public static string RelationById(string id, string rel) =>
        $"CALL db.index.fulltext.queryRelationships('{RelationIndex}', {Term("id", id)}) YIELD relationship AS {rel}\n" +
        $"WHERE {rel}.id = {id}";

    /// <summary>
    /// Binds <paramref name="rel"/> to each relation whose id starts with the string in <paramref name="prefix"/>: a
    /// Lucene prefix query, every character Lucene's query syntax gives a meaning escaped (a prefix cannot be quoted).
    /// </summary>
    public static string RelationsByIdPrefix(string prefix, string rel) =>
        $"CALL db.index.fulltext.queryRelationships('{RelationIndex}', 'id:' + {Escaped(prefix)} + '*') YIELD relationship AS {rel}\n" +
        $"WHERE {rel}.id STARTS WITH {prefix}";

    /// <summary>The characters Lucene's classic query syntax reads as operators; the backslash first, so escapes are not escaped again.</summary>
    const string LuceneSyntax = "\\+-!():^[]\"{}~*?|&/ ";

    /// <summary>Cypher for the string in <paramref name="key"/> with each of <see cref="LuceneSyntax"/> behind a backslash.</summary>
    static string Escaped(string key) =>
        LuceneSyntax.Aggregate(key, (inner, c) => $"replace({inner}, '{Literal(c)}', '\\\\{Literal(c)}')");

    static string Literal(char c) => c == '\\' ? "\\\\" : c.ToString();

    /// <summary>Binds <paramref name="change"/> to each <c>(:Change)</c> whose targets hold the id in <paramref name="id"/>.</summary>
    public static string ChangesTargeting(string id, string change) =>
        $"CALL db.index.fulltext.queryNodes('{ChangeIndex}', {Term("targets", id)}) YIELD node AS {change}\n" +
        $"WHERE {id} IN {change}.targets";
}
