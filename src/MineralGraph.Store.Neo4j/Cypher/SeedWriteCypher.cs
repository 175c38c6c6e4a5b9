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

    /// <summary>Relations of every kind in one statement; the type (row.type, a <see cref="RelationKind"/> name) is dynamic too.</summary>
    public const string WriteRelations = """
        UNWIND $rows AS row
        MATCH (a:Entity {id: row.from})
        MATCH (b:Entity {id: row.to})
        MERGE (a)-[r:$(row.type) {id: row.props.id}]->(b)
        SET r = row.props,
            r.sinceEarliest = date(row.props.sinceEarliest), r.sinceLatest = date(row.props.sinceLatest),
            r.untilEarliest = date(row.props.untilEarliest), r.untilLatest = date(row.props.untilLatest)
        """;

    public static string RelationKey(Relation r) => $"{r.Kind.Name()} {r.From} {r.To} {r.Id}";

}
