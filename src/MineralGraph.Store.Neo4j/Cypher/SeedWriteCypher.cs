using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The loader's statements, all idempotent: MERGE by id, then SET the whole property map so a second load
/// leaves the same properties.
/// </summary>
internal static class SeedWriteCypher
{
    /// <summary>
    /// Removes what the seed no longer holds: relations whose (type, from, to, id) is not in $relationKeys, entities
    /// whose id is not in $entityIds; merged ids are all rewritten by <see cref="WriteMerged"/>.
    /// </summary>
    public const string RemoveStale = """
        CALL () {
          MATCH (a:Entity)-[r]->(b:Entity)
          WHERE NOT (type(r) + ' ' + a.id + ' ' + b.id + ' ' + r.id) IN $relationKeys
          DELETE r
        }
        CALL () {
          MATCH (n:Entity)
          WHERE NOT n.id IN $entityIds
          DETACH DELETE n
        }
        CALL () {
          MATCH (n:MergedId)
          DETACH DELETE n
        }
        """;

    /// <summary>Each merged id points at its final survivor (chains resolved before writing).</summary>
    public const string WriteMerged = """
        UNWIND $rows AS row
        MATCH (survivor:Entity {id: row.survivor})
        MERGE (merged:MergedId {id: row.id})
        MERGE (merged)-[:MERGED_INTO]->(survivor)
        """;

    /// <summary>
    /// Entities of every kind in one statement: the kind label (row.label, always an <see cref="EntityKind"/> name) is
    /// set with Cypher 5.26's dynamic labels, from a parameter, never spliced into the text.
    /// </summary>
    public const string WriteEntities = """
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.props.id})
        SET n:$(row.label)
        SET n = row.props, n.dateEarliest = date(row.props.dateEarliest), n.dateLatest = date(row.props.dateLatest)
        """;

    /// <summary>
    /// Relations of one kind, MERGEd by id between their two ends. The type is written into the text, not taken
    /// from a parameter: with a dynamic type (<c>MERGE (a)-[r:$(row.type)]->(b)</c>) Neo4j 5.26 plans the MERGE
    /// as a scan of EVERY relationship in the database per row (DirectedAllRelationshipsScan), which made a
    /// load quadratic (5k/20k took 546 s); with a static type it expands from the two bound ends (Expand(Into)).
    /// The text comes only from <see cref="RelationKind"/> names, a closed set checked to be plain identifiers,
    /// never from input.
    /// </summary>
    public static string WriteRelations(RelationKind kind) => WriteRelationsByKind[kind];

    static readonly IReadOnlyDictionary<RelationKind, string> WriteRelationsByKind = Enum.GetValues<RelationKind>().ToDictionary(k => k, k => $$"""
        UNWIND $rows AS row
        MATCH (a:Entity {id: row.from})
        MATCH (b:Entity {id: row.to})
        MERGE (a)-[r:{{CypherValues.Type(k)}} {id: row.props.id}]->(b)
        SET r = row.props,
            r.sinceEarliest = date(row.props.sinceEarliest), r.sinceLatest = date(row.props.sinceLatest),
            r.untilEarliest = date(row.props.untilEarliest), r.untilLatest = date(row.props.untilLatest)
        """);

    /// <summary>
    /// Batched load into an EMPTY database: entities are CREATEd (the id constraint still rejects a duplicate),
    /// the kind label is dynamic (CREATE with a dynamic label plans as a plain Create). One SET of one map, no MERGE
    /// look-up.
    /// </summary>
    public const string CreateEntities = """
        UNWIND $rows AS row
        WITH row, row.props AS p
        CREATE (n:Entity:$(row.label))
        SET n = p {.*, dateEarliest: date(p.dateEarliest), dateLatest: date(p.dateLatest)}
        """;

    /// <summary>
    /// Batched load into an EMPTY database: relations are CREATEd between their ends, found by the unique index
    /// (label-qualified MATCH). A dynamic type is fine for CREATE (no look-up among existing relationships).
    /// </summary>
    public const string CreateRelations = """
        UNWIND $rows AS row
        WITH row, row.props AS p
        MATCH (a:Entity {id: row.from})
        MATCH (b:Entity {id: row.to})
        CREATE (a)-[r:$(row.type)]->(b)
        SET r = p {.*, sinceEarliest: date(p.sinceEarliest), sinceLatest: date(p.sinceLatest),
                       untilEarliest: date(p.untilEarliest), untilLatest: date(p.untilLatest)}
        """;

    /// <summary>How many nodes the database holds (from the count store: constant time).</summary>
    public const string CountNodes = "MATCH (n) RETURN count(n) AS nodes";

    /// <summary>How many curated changes (written by the Neo4j curation store) the database holds.</summary>
    public const string CountCuratedChanges = "MATCH (c:Change) RETURN count(c) AS changes";

    /// <summary>Drops the curated changes and their counter (numbering restarts), for a load told to discard them (runs in the load's transaction).</summary>
    public const string DiscardCuratedChanges = "MATCH (c) WHERE c:Change OR c:ChangeCounter DETACH DELETE c";

    public static string RelationKey(Relation r) => $"{r.Kind.Name()} {r.From} {r.To} {r.Id}";

}
