using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// One page of the change log in one statement: the latest change number (the counter), the scope of the asked ids
/// and those never known (no entity, merged id, relation or change has them; relations are scanned only for ids
/// found nowhere else), then — only when every id is known and <c>$since</c> is not after the latest — how many
/// changes match after <c>$since</c> and up to the cursor, and the page after the cursor (one more than asked, to
/// tell whether more follow), each with the names its summary mentions.
/// </summary>
internal static class ChangesCypher
{
    const string Match = """
        MATCH (c:Change)
        WHERE c.seq > $floor AND ($operations IS NULL OR c.operation IN $operations)
          AND (NOT $scoped OR any(t IN c.targets WHERE t IN names))
        """;

    public static readonly string Text = $$"""
        OPTIONAL MATCH (counter:ChangeCounter {name: 'changes'})
        WITH coalesce(counter.seq, 0) AS latest
        CALL () {
          UNWIND $ids AS id
          {{ChangeScopeCypher.Own("id")}}
          WITH id, own,
               CASE WHEN EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:MergedId {id: id}) } THEN true
                    WHEN EXISTS { MATCH (k:Change) WHERE id IN k.targets } THEN true
                    ELSE EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE r.id = id } END AS known
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
