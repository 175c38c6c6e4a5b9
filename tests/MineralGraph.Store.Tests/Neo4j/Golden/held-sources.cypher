UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (:MergedId {id: $ids[i]})-[:MERGED_INTO]->(merged_e:Entity)
OPTIONAL MATCH (direct_e:Entity {id: $ids[i]})
WITH *, coalesce(merged_e, direct_e) AS e
WITH i, CASE WHEN e:Source THEN e END AS s ORDER BY i
WITH collect({slot: i, source: s}) AS slots
WITH slots, [x IN slots WHERE x.source IS NOT NULL | x.source.id] AS sourceIds
CALL (sourceIds) {
  UNWIND sourceIds AS sourceId
  CALL db.index.fulltext.queryRelationships('relation_keys', 'evidenceSources:"' + replace(replace(sourceId, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE sourceId IN r.evidenceSources
  WITH DISTINCT r WHERE r.retractionAt IS NULL
  WITH collect(r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}) AS citing, collect(r.evidenceSources) AS lists
  CALL (lists) {
    UNWIND lists AS list
    UNWIND list AS sourceId
    RETURN collect(DISTINCT sourceId) AS cited
  }
  RETURN citing, cited
}
RETURN [x IN slots | CASE WHEN x.source IS NULL THEN null ELSE {id: x.source.id, text: x.source.heldText, kind: x.source.heldTextKind} END] AS held,
       citing, COLLECT { UNWIND cited AS sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "ids": [
    "source/canada-mexico-strategic-choice",
    "government/mexico"
  ]
}
