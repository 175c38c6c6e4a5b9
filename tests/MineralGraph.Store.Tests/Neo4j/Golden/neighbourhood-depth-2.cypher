OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(merged_start:Entity)
OPTIONAL MATCH (direct_start:Entity {id: $id})
WITH *, coalesce(merged_start, direct_start) AS start
WITH start WHERE start IS NOT NULL
WITH [start] AS nodes, 0 AS frontierStart, [] AS expansions
CALL (nodes, frontierStart) {
  UNWIND range(frontierStart, size(nodes) - 1) AS i
  WITH i, nodes[i] AS f
  CALL (f) {
    MATCH (f)-[r]-(:Entity)
    WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false)
    WITH DISTINCT r
    ORDER BY type(r), r.id
    LIMIT $limitPlusOne
    RETURN collect(r) AS found
  }
  WITH i, f, found
  ORDER BY i
  RETURN collect({node: f, more: size(found) > $limit, kept: found[..$limit]}) AS level
}
CALL (nodes, level) {
  UNWIND range(0, size(level) - 1) AS a
  UNWIND range(0, size(level[a].kept) - 1) AS b
  WITH nodes, level[a].node AS f, level[a].kept[b] AS r, a * $limitPlusOne + b AS position
  WITH nodes, CASE WHEN startNode(r) = f THEN endNode(r) ELSE startNode(r) END AS m, position
  WHERE NOT m IN nodes
  WITH m, min(position) AS firstSeen
  ORDER BY firstSeen
  RETURN collect(m) AS fresh
}
WITH nodes + fresh[..($maxNodes - size(nodes))] AS nodes, size(nodes) AS frontierStart, expansions + level AS expansions
CALL (nodes, frontierStart) {
  UNWIND range(frontierStart, size(nodes) - 1) AS i
  WITH i, nodes[i] AS f
  CALL (f) {
    MATCH (f)-[r]-(:Entity)
    WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false)
    WITH DISTINCT r
    ORDER BY type(r), r.id
    LIMIT $limitPlusOne
    RETURN collect(r) AS found
  }
  WITH i, f, found
  ORDER BY i
  RETURN collect({node: f, more: size(found) > $limit, kept: found[..$limit]}) AS level
}
CALL (nodes, level) {
  UNWIND range(0, size(level) - 1) AS a
  UNWIND range(0, size(level[a].kept) - 1) AS b
  WITH nodes, level[a].node AS f, level[a].kept[b] AS r, a * $limitPlusOne + b AS position
  WITH nodes, CASE WHEN startNode(r) = f THEN endNode(r) ELSE startNode(r) END AS m, position
  WHERE NOT m IN nodes
  WITH m, min(position) AS firstSeen
  ORDER BY firstSeen
  RETURN collect(m) AS fresh
}
WITH nodes + fresh[..($maxNodes - size(nodes))] AS nodes, size(nodes) AS frontierStart, expansions + level AS expansions
RETURN [n IN nodes | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}] AS nodes,
       [x IN expansions | {id: x.node.id, more: x.more, kept: [r IN x.kept | r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}]}] AS expansions,
       COLLECT { UNWIND reduce(ids = [], x IN reduce(all = [], x IN expansions | all + x.kept) | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "id": "government/mexico",
  "kinds": [
    "MEMBER_OF"
  ],
  "asOf": "2025-01-01",
  "limit": 25,
  "limitPlusOne": 26,
  "maxNodes": 500
}
