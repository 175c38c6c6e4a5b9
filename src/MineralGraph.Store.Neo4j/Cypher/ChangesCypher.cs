using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// One page of the change log in one statement: the latest change number (the counter), the scope of the asked ids
/// and those never known (no entity, merged id, relation or change has them; each looked up by index, relations and
/// changes through the keyword full-text indexes of <see cref="KeyIndexCypher"/>), then — only when every id is known
/// and <c>$since</c> is not after the latest — how many changes match after <c>$since</c> and up to the cursor, and the
/// page after the cursor (one more than asked, to tell whether more follow), each with the names its summary mentions.
/// </summary>
internal static class ChangesCypher
{
    /// <summary>
    /// The changes after <c>$floor</c> (of <c>$operations</c>, when given): for asked ids, those targeting the scope
    /// <c>names</c>, found through the <c>change_targets</c> index; else the log after <c>$floor</c>, by the <c>seq</c> index.
    /// </summary>
    static readonly string Match = $$"""
        CALL (names, $floor) {
          WITH names WHERE $scoped
          UNWIND names AS target
          {{KeyIndexCypher.ChangesTargeting("target", "c")}}
          RETURN DISTINCT c
          UNION
          WITH names WHERE NOT $scoped
          MATCH (c:Change) WHERE c.seq > $floor
          RETURN c
        }
        WITH * WHERE c.seq > $floor AND ($operations IS NULL OR c.operation IN $operations)
        """;

    public static readonly string Text = $$"""
        OPTIONAL MATCH (counter:ChangeCounter {name: 'changes'})
        WITH coalesce(counter.seq, 0) AS latest
        CALL () {
          UNWIND $ids AS id
          {{ChangeScopeCypher.Own("id")}}
          WITH id, own,
               EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:MergedId {id: id}) }
               OR EXISTS { {{KeyIndexCypher.ChangesTargeting("id", "k")}} RETURN k }
               OR EXISTS { {{KeyIndexCypher.RelationById("id", "r")}} RETURN r } AS known
          RETURN reduce(acc = [], n IN collect(own) | acc + n) AS names,
                 collect(DISTINCT CASE WHEN known THEN null ELSE id END) AS unknown
        }
        CALL (latest, names, unknown) {
          WITH names, unknown, latest WHERE size(unknown) = 0 AND $since <= latest
          WITH names, $since AS floor
          {{Match.Replace("$floor", "floor")}}
          RETURN count(c) AS total, count(CASE WHEN c.seq <= $after THEN 1 END) AS before
        }
        CALL (latest, names, unknown) {
          WITH names, unknown, latest WHERE size(unknown) = 0 AND $since <= latest
          WITH names, $after AS floor
          {{Match.Replace("$floor", "floor")}}
          WITH c ORDER BY c.seq LIMIT $limit
          {{ChangeScopeCypher.Names("c")}}
          RETURN collect({change: {{CurationChangeCypher.Projection("c")}}, names: named}) AS changes
        }
        RETURN latest, unknown, total, before, changes
        """;

    /// <summary>The statement for a checked query; <paramref name="after"/> is where the page starts (<see cref="QueryArguments.Check(ChangesQuery)"/>).</summary>
    public static CypherStatement Statement(ChangesQuery query, long after) => new(Text, new Dictionary<string, object?>
    {
        ["since"] = query.Since,
        ["after"] = after,
        ["ids"] = (query.Ids ?? []).ToList(),
        ["scoped"] = query.Ids is { Count: > 0 },
        ["operations"] = query.Operations is { Count: > 0 } ops ? ops.Select(ChangeOperations.Name).Distinct().ToList() : null,
        ["limit"] = query.First + 1,
    });

    /// <summary>The latest change number alone (0 before any change).</summary>
    public static CypherStatement LatestStatement() => new("""
        OPTIONAL MATCH (counter:ChangeCounter {name: 'changes'})
        RETURN coalesce(counter.seq, 0) AS latest
        """);
}
