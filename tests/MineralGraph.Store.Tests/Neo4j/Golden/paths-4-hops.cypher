OPTIONAL MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(merged_a:Entity)
OPTIONAL MATCH (direct_a:Entity {id: $from})
WITH *, coalesce(merged_a, direct_a) AS a
OPTIONAL MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(merged_b:Entity)
OPTIONAL MATCH (direct_b:Entity {id: $to})
WITH *, coalesce(merged_b, direct_b) AS b
WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
CALL (a, b) {
  WITH a, b WHERE a <> b AND $maxHops >= 1
  MATCH p = allShortestPaths((a)-[*..4]-(b))
  WHERE all(r IN relationships(p) WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR ((r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND r.retractionAt IS NULL)
  WITH p
  ORDER BY [r IN relationships(p) | r.id]
  LIMIT $first
  RETURN collect(p) AS found
}
WITH CASE WHEN a = b THEN [{nodes: [a], relations: []}]
     ELSE [p IN found | {nodes: nodes(p), relations: relationships(p)}] END AS paths
RETURN [p IN paths | {nodes: [n IN p.nodes | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .publisher, .author, .url, .file, .origin}], relations: [r IN p.relations | r {.id, .role, .since, .until, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .retractionReason, .retractionBy, .retractionAt, kind: type(r), from: startNode(r).id, to: endNode(r).id}]}] AS paths,
       COLLECT { UNWIND reduce(ids = [], x IN reduce(all = [], p IN paths | all + p.relations) | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "from": "official/marcelo-ebrard",
  "to": "government/canada",
  "maxHops": 4,
  "kinds": null,
  "asOf": "2025-09-18",
  "first": 3
}
