using MineralGraph.Domain.Model;
using MineralGraph.Store.Neo4j.Mapping;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Merges one entity into another. A relationship cannot change its ends, so each one of the merged node
/// (relations, and the <c>MERGED_INTO</c> of ids merged into it before) is re-created on the survivor with the
/// same type and properties and the old one deleted; then the merged node goes and its id is recorded the way
/// the loader records merged ids, <c>(:MergedId {id})-[:MERGED_INTO]-&gt;(survivor)</c>, pointing at the final
/// survivor. The survivor gets its new properties (the merged name and aliases).
/// </summary>
internal static class CurationMergeCypher
{
    public const string Text = """
        MATCH (survivor:Entity {id: $props.id})
        MATCH (merged:Entity {id: $mergedId})
        SET survivor += $props, survivor.dateEarliest = date($props.dateEarliest), survivor.dateLatest = date($props.dateLatest)
        WITH survivor, merged
        CALL (survivor, merged) {
          MATCH (merged)-[r]-()
          WITH DISTINCT r, merged, survivor
          WITH r, CASE WHEN startNode(r) = merged THEN survivor ELSE startNode(r) END AS a,
                  CASE WHEN endNode(r) = merged THEN survivor ELSE endNode(r) END AS b
          CREATE (a)-[moved:$(type(r))]->(b)
          SET moved = properties(r)
          DELETE r
        }
        DETACH DELETE merged
        MERGE (old:MergedId {id: $mergedId})
        MERGE (old)-[:MERGED_INTO]->(survivor)
        RETURN survivor.id AS id
        """;

    public static CypherStatement Statement(Entity survivor, string mergedId) => new(Text, new Dictionary<string, object?>
    {
        ["props"] = EntityProperties.ToProperties(survivor),
        ["mergedId"] = mergedId,
    });
}
