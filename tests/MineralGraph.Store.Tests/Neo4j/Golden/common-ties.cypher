UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (:MergedId {id: $ids[i]})-[:MERGED_INTO]->(merged_e:Entity)
OPTIONAL MATCH (direct_e:Entity {id: $ids[i]})
WITH *, coalesce(merged_e, direct_e) AS e
WITH i, e ORDER BY i
WITH collect({entity: e}) AS slots
WITH [s IN slots | s.entity] AS of
CALL (of) {
  WITH of WHERE $first > 0 AND none(e IN of WHERE e IS NULL)
    AND all(i IN range(0, size(of) - 1) WHERE none(k IN range(0, i - 1) WHERE of[k] = of[i]))
  UNWIND of AS g
  WITH of, g, COUNT { (g)-[:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-() } AS degree
  ORDER BY degree
  LIMIT 1
  MATCH (g)-[r:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-(c:Entity)
  WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false) AND NOT c IN of
  WITH of, collect(DISTINCT c) AS candidates
  UNWIND candidates AS c
  UNWIND range(0, size(of) - 1) AS i
  WITH of, c, i, of[i] AS g
  OPTIONAL MATCH (g)-[r:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-(c)
  WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($asOf)))) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false)
  WITH c, i, collect(r) AS ties
  WITH c, collect({of: i, ties: ties}) AS links
  WHERE all(l IN links WHERE size(l.ties) > 0)
  UNWIND links AS l
  UNWIND l.ties AS r
  RETURN collect({candidate: c {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}, of: l.of, relation: r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}}) AS found
}
RETURN [e IN of | CASE WHEN e IS NULL THEN null ELSE e {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} END] AS of, found,
       COLLECT { UNWIND reduce(ids = [], x IN [f IN found | f.relation] | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "ids": [
    "government/mexico",
    "government/canada",
    "government/united-states"
  ],
  "kinds": [
    "MEMBER_OF"
  ],
  "asOf": "2025-09-18",
  "first": 10
}
