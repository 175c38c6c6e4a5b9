UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (:MergedId {id: $ids[i]})-[:MERGED_INTO]->(merged_e:Entity)
OPTIONAL MATCH (direct_e:Entity {id: $ids[i]})
WITH *, coalesce(merged_e, direct_e) AS e
WITH i, e ORDER BY i
WITH collect({entity: e}) AS slots
WITH [s IN slots | s.entity] AS of
CALL (of) {
  WITH of WHERE none(e IN of WHERE e IS NULL)
  UNWIND of AS g
  MATCH (g)-[r:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-(:Entity)
  WHERE (r.retractionAt IS NULL AND coalesce(r.denied, false) = false)
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({relation: r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}, from: a {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}, to: b {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}}) AS touching
}
RETURN [e IN of | CASE WHEN e IS NULL THEN null ELSE e {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} END] AS of, touching, [] AS dated,
       COLLECT { UNWIND reduce(ids = [], x IN [t IN touching | t.relation] | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "ids": [
    "government/mexico",
    "agreement/usmca"
  ]
}
