UNWIND $ids AS id
CALL db.index.fulltext.queryRelationships('relation_keys', 'id:"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = id
WITH collect(r) AS found
RETURN [r IN found | r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations,
       COLLECT { UNWIND reduce(ids = [], x IN found | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "ids": [
    "rel/ebrard-secretary-of-economy",
    "rel/unknown"
  ]
}
