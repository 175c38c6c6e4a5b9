OPTIONAL MATCH (counter:ChangeCounter {name: 'changes'})
WITH coalesce(counter.seq, 0) AS latest
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(survivor:Entity)
WITH id, coalesce(survivor.id, id) AS resolved
OPTIONAL MATCH (m:MergedId)-[:MERGED_INTO]->(:Entity {id: resolved})
WITH id, resolved, collect(m.id) AS merged
WITH id, [id, resolved] + merged AS own
  WITH id, own,
       EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:MergedId {id: id}) }
       OR EXISTS { CALL db.index.fulltext.queryNodes('change_targets', 'targets:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS k
WHERE id IN k.targets RETURN k }
       OR EXISTS { CALL db.index.fulltext.queryRelationships('relation_keys', 'id:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = id RETURN r } AS known
  RETURN reduce(acc = [], n IN collect(own) | acc + n) AS names,
         collect(DISTINCT CASE WHEN known THEN null ELSE id END) AS unknown
}
CALL (latest, names, unknown) {
  WITH names, unknown, latest WHERE size(unknown) = 0 AND $since <= latest
  WITH names, $since AS floor
  CALL (names, floor) {
  WITH names WHERE $scoped
  UNWIND names AS target
  CALL db.index.fulltext.queryNodes('change_targets', 'targets:"' + replace(replace(target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS c
WHERE target IN c.targets
  RETURN DISTINCT c
  UNION
  WITH names WHERE NOT $scoped
  MATCH (c:Change) WHERE c.seq > floor
  RETURN c
}
WITH * WHERE c.seq > floor AND ($operations IS NULL OR c.operation IN $operations)
  RETURN count(c) AS total, count(CASE WHEN c.seq <= $after THEN 1 END) AS before
}
CALL (latest, names, unknown) {
  WITH names, unknown, latest WHERE size(unknown) = 0 AND $since <= latest
  WITH names, $after AS floor
  CALL (names, floor) {
  WITH names WHERE $scoped
  UNWIND names AS target
  CALL db.index.fulltext.queryNodes('change_targets', 'targets:"' + replace(replace(target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS c
WHERE target IN c.targets
  RETURN DISTINCT c
  UNION
  WITH names WHERE NOT $scoped
  MATCH (c:Change) WHERE c.seq > floor
  RETURN c
}
WITH * WHERE c.seq > floor AND ($operations IS NULL OR c.operation IN $operations)
  WITH c ORDER BY c.seq LIMIT $limit
  CALL (c) {
  WITH c.targets + [part IN tail(split(coalesce(c.after, c.before, ''), '"sourceId":"')) | split(part, '"')[0]] AS mentions
  OPTIONAL MATCH (e:Entity) WHERE e.id IN mentions
  RETURN [x IN collect(e) | [x.id, x.name]] AS named
}
  RETURN collect({change: c {.seq, .at, .actor, .operation, .targets, .before, .after, .idempotencyKey, .command}, names: named}) AS changes
}
RETURN latest, unknown, total, before, changes

// parameters
{
  "since": 3,
  "after": 7,
  "ids": [
    "government/mexico",
    "rel/ebrard-secretary-of-economy"
  ],
  "scoped": true,
  "operations": [
    "assertRelation"
  ],
  "limit": 21
}
