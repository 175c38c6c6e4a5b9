CALL () {
  MATCH (a:Entity)-[r:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]->(b:Entity)
  WHERE $relations AND (r.since IS NOT NULL OR r.until IS NOT NULL) AND (r.retractionAt IS NULL AND coalesce(r.denied, false) = false)
  RETURN collect({relation: r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}, from: a {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}, to: b {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}}) AS touching
}
CALL () {
  MATCH (e:Entity)
  WHERE e.kind IN $entityKinds AND (e.date IS NOT NULL OR e.datesValues IS NOT NULL)
  RETURN collect(e {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}) AS dated
}
RETURN [] AS of, touching, dated, COLLECT { UNWIND reduce(ids = [], x IN [t IN touching | t.relation] | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "relations": true,
  "entityKinds": [
    "measure"
  ]
}
