OPTIONAL MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(merged_a:Entity)
OPTIONAL MATCH (direct_a:Entity {id: $from})
WITH *, coalesce(merged_a, direct_a) AS a
OPTIONAL MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(merged_b:Entity)
OPTIONAL MATCH (direct_b:Entity {id: $to})
WITH *, coalesce(merged_b, direct_b) AS b
WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
CALL (a, b) {
  WITH a, b WHERE a <> b AND $maxHops >= 1
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES*..4]-(b))
  WHERE all(r IN relationships(p) WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false) AND type(r) IN $actorKinds AND NOT startNode(r):Mineral AND NOT endNode(r):Mineral)
    AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT ((n:Mineral AND n.type = $hubType) OR COUNT { (n)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-() } >= $hubDegree))
  WITH p
  ORDER BY [r IN relationships(p) | r.id]
  LIMIT $candidates
  RETURN collect(p) AS actorsHubFree
}
CALL (a, b, actorsHubFree) {
  WITH a, b WHERE a <> b AND $maxHops >= 1 AND size(actorsHubFree) = 0
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES*..4]-(b))
  WHERE all(r IN relationships(p) WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false) AND type(r) IN $actorKinds AND NOT startNode(r):Mineral AND NOT endNode(r):Mineral)
  WITH p
  ORDER BY [r IN relationships(p) | r.id]
  LIMIT $candidates
  RETURN collect(p) AS actorsThroughHubs
}
CALL (a, b, actorsHubFree, actorsThroughHubs) {
  WITH a, b WHERE a <> b AND $maxHops >= 1 AND ($any OR size(actorsHubFree) + size(actorsThroughHubs) = 0)
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES*..4]-(b))
  WHERE all(r IN relationships(p) WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false))
    AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT ((n:Mineral AND n.type = $hubType) OR COUNT { (n)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-() } >= $hubDegree))
  WITH p
  ORDER BY [r IN relationships(p) | r.id]
  LIMIT $candidates
  RETURN collect(p) AS anyHubFree
}
CALL (a, b, actorsHubFree, actorsThroughHubs, anyHubFree) {
  WITH a, b WHERE a <> b AND $maxHops >= 1 AND ($any OR size(actorsHubFree) + size(actorsThroughHubs) = 0) AND size(anyHubFree) = 0
  MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES*..4]-(b))
  WHERE all(r IN relationships(p) WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false))
  WITH p
  ORDER BY [r IN relationships(p) | r.id]
  LIMIT $candidates
  RETURN collect(p) AS anyThroughHubs
}
WITH a, b, [actorsHubFree, actorsThroughHubs, anyHubFree, anyThroughHubs] AS searches
WITH a, b, [s IN searches | [p IN s | {nodes: nodes(p), relations: relationships(p)}]] AS searches
RETURN a = b AS same, a {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} AS start, COUNT { (a)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-() } AS startDegree,
       [s IN searches | [p IN s | {nodes: [n IN p.nodes | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}], degrees: [n IN p.nodes | COUNT { (n)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-() }], relations: [r IN p.relations | r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}]}]] AS searches,
       COLLECT { UNWIND reduce(ids = [], x IN reduce(all = [], s IN searches | reduce(rs = all, p IN s | rs + p.relations)) | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "from": "official/marcelo-ebrard",
  "to": "government/canada",
  "maxHops": 4,
  "kinds": null,
  "asOf": "2025-09-18",
  "any": false,
  "actorKinds": [
    "AFFECTS",
    "ANNOUNCED",
    "BASED_IN",
    "FUNDS",
    "HOLDS_POSITION",
    "IMPOSED_BY",
    "MEMBER_OF",
    "MODELLED_ON",
    "OPERATES",
    "OWNS",
    "PART_OF",
    "RESPONDS_TO",
    "STATES_POSITION",
    "SUCCEEDS",
    "TOOK_PART_IN"
  ],
  "hubType": "group",
  "hubDegree": 100,
  "candidates": 200
}
