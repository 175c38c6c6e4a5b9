UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (:MergedId {id: $ids[i]})-[:MERGED_INTO]->(merged_e:Entity)
OPTIONAL MATCH (direct_e:Entity {id: $ids[i]})
WITH *, coalesce(merged_e, direct_e) AS e
WITH i, CASE WHEN e:Source THEN e END AS s ORDER BY i
WITH collect({slot: i, source: s}) AS slots
WITH slots, [x IN slots WHERE x.source IS NOT NULL | x.source.id] AS sourceIds
CALL (sourceIds) {
  WITH sourceIds WHERE size(sourceIds) > 0
  MATCH ()-[r:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]->()
  WHERE r.retractionAt IS NULL AND any(x IN r.evidenceSources WHERE x IN sourceIds)
  RETURN collect(r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}) AS citing
}
RETURN [x IN slots | CASE WHEN x.source IS NULL THEN null ELSE {id: x.source.id, text: x.source.heldText, kind: x.source.heldTextKind} END] AS held,
       citing, COLLECT { UNWIND reduce(ids = [], x IN citing | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "ids": [
    "source/canada-mexico-strategic-choice",
    "government/mexico"
  ]
}
