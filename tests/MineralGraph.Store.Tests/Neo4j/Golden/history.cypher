WITH $id AS id
OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(survivor:Entity)
WITH id, coalesce(survivor.id, id) AS resolved
OPTIONAL MATCH (m:MergedId)-[:MERGED_INTO]->(:Entity {id: resolved})
WITH id, resolved, collect(m.id) AS merged
WITH id, [id, resolved] + merged AS own
UNWIND own AS target
CALL db.index.fulltext.queryNodes('change_targets', 'targets:"' + replace(replace(target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS c
WHERE target IN c.targets
WITH DISTINCT c ORDER BY c.seq LIMIT $limit
CALL (c) {
  WITH c.targets + [part IN tail(split(coalesce(c.after, c.before, ''), '"sourceId":"')) | split(part, '"')[0]] AS mentions
  OPTIONAL MATCH (e:Entity) WHERE e.id IN mentions
  RETURN [x IN collect(e) | [x.id, x.name]] AS named
}
RETURN c {.seq, .at, .actor, .operation, .targets, .before, .after, .idempotencyKey, .command} AS change, named

// parameters
{
  "id": "government/mexico",
  "limit": 10000
}
