using MineralGraph.Domain.Model;
using MineralGraph.Store.Neo4j.Mapping;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Writes a curated relation with the same properties the loader writes, then makes its disputes symmetric
/// (each relation it is disputed by lists it back), as graph-seed requires. A new relation is CREATEd (its id
/// was checked to be free under the change lock; with a dynamic type CREATE needs no look-up, where MERGE would
/// scan every relationship); an existing one (a retraction) is found from its two ends.
/// </summary>
internal static class CurationRelationWriteCypher
{
    /// <summary>Each relation <c>r</c> is disputed by, found by id through the <c>relation_keys</c> index, lists it back.</summary>
    static readonly string Disputes = $$"""
        WITH r
        CALL (r) {
          UNWIND r.disputedBy AS otherId
          {{KeyIndexCypher.RelationById("otherId", "other")}}
          WITH r, other WHERE NOT r.id IN coalesce(other.disputedBy, [])
          SET other.disputedBy = coalesce(other.disputedBy, []) + r.id
        }
        RETURN r.id AS id
        """;

    const string SetProperties = """
        SET r = $props,
            r.sinceEarliest = date($props.sinceEarliest), r.sinceLatest = date($props.sinceLatest),
            r.untilEarliest = date($props.untilEarliest), r.untilLatest = date($props.untilLatest)
        """;

    public static readonly string CreateText = $$"""
        MATCH (a:Entity {id: $from})
        MATCH (b:Entity {id: $to})
        CREATE (a)-[r:$($type)]->(b)
        {{SetProperties}}
        {{Disputes}}
        """;

    public static readonly string UpdateText = $$"""
        MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
        WHERE r.id = $props.id AND type(r) = $type
        {{SetProperties}}
        {{Disputes}}
        """;

    /// <summary>Create when <paramref name="isNew"/>, else update the relation of that id between the same ends.</summary>
    public static CypherStatement Statement(Relation relation, bool isNew) => new(isNew ? CreateText : UpdateText, new Dictionary<string, object?>
    {
        ["type"] = relation.Kind.Name(),
        ["from"] = relation.From,
        ["to"] = relation.To,
        ["props"] = RelationProperties.ToProperties(relation),
    });
}
