OPTIONAL MATCH (:MergedId {id: $restrictedBy})-[:MERGED_INTO]->(merged_g:Entity)
OPTIONAL MATCH (direct_g:Entity {id: $restrictedBy})
WITH *, coalesce(merged_g, direct_g) AS g
OPTIONAL MATCH (:MergedId {id: $mineral})-[:MERGED_INTO]->(merged_only:Entity)
OPTIONAL MATCH (direct_only:Entity {id: $mineral})
WITH *, coalesce(merged_only, direct_only) AS only
WITH g, only WHERE g IS NOT NULL AND ($mineral IS NULL OR only IS NOT NULL)
CALL (g) {
  MATCH (g)-[x:RESTRICTS]->(m:Entity)
  WHERE ($asOf IS NULL OR (x.sinceExpected IS NULL AND (x.sinceEarliest IS NULL OR x.sinceEarliest <= date($asOf)) AND (x.untilLatest IS NULL OR x.untilLatest >= date($asOf)))) AND (x.retractionAt IS NULL AND coalesce(x.denied, false) = false)
  RETURN m, null AS measure, x, null AS imposed
  UNION ALL
  MATCH (measure:Entity)-[imposed:IMPOSED_BY]->(g)
  WHERE ($asOf IS NULL OR (imposed.sinceExpected IS NULL AND (imposed.sinceEarliest IS NULL OR imposed.sinceEarliest <= date($asOf)) AND (imposed.untilLatest IS NULL OR imposed.untilLatest >= date($asOf)))) AND (imposed.retractionAt IS NULL AND coalesce(imposed.denied, false) = false)
  MATCH (measure)-[x:RESTRICTS]->(m:Entity)
  WHERE ($asOf IS NULL OR (x.sinceExpected IS NULL AND (x.sinceEarliest IS NULL OR x.sinceEarliest <= date($asOf)) AND (x.untilLatest IS NULL OR x.untilLatest >= date($asOf)))) AND (x.retractionAt IS NULL AND coalesce(x.denied, false) = false)
  RETURN m, measure, x, imposed
}
WITH g, only, m, measure, x, imposed
WHERE only IS NULL OR m = only
   OR EXISTS { MATCH (m)-[p:PART_OF]-(only) WHERE ($asOf IS NULL OR (p.sinceExpected IS NULL AND (p.sinceEarliest IS NULL OR p.sinceEarliest <= date($asOf)) AND (p.untilLatest IS NULL OR p.untilLatest >= date($asOf)))) AND (p.retractionAt IS NULL AND coalesce(p.denied, false) = false) }
WITH g,
     collect({mineral: m {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}, measure: measure {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin},
              restriction: x {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(x), from: startNode(x).id, to: endNode(x).id}, imposedBy: imposed {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(imposed), from: startNode(imposed).id, to: endNode(imposed).id}}) AS restrictions,
     collect(DISTINCT m) AS restricted, collect(measure) AS measures, collect(x) + collect(imposed) AS restrictionTies
CALL (g, restricted) {
  UNWIND restricted AS m
  CALL (m) {
    RETURN m AS c, null AS link
    UNION ALL
    MATCH (m)-[link:PART_OF]-(c:Entity)
    WHERE c <> m AND ($asOf IS NULL OR (link.sinceExpected IS NULL AND (link.sinceEarliest IS NULL OR link.sinceEarliest <= date($asOf)) AND (link.untilLatest IS NULL OR link.untilLatest >= date($asOf)))) AND (link.retractionAt IS NULL AND coalesce(link.denied, false) = false)
    RETURN c, link
  }
  MATCH (holder:Entity)-[capacity]->(c)
  WHERE type(capacity) = $capacityKind AND ($asOf IS NULL OR (capacity.sinceExpected IS NULL AND (capacity.sinceEarliest IS NULL OR capacity.sinceEarliest <= date($asOf)) AND (capacity.untilLatest IS NULL OR capacity.untilLatest >= date($asOf)))) AND (capacity.retractionAt IS NULL AND coalesce(capacity.denied, false) = false)
  CALL (holder) {
    WITH holder WHERE holder.kind = 'government'
    RETURN holder AS government, null AS basedIn
    UNION ALL
    WITH holder WHERE holder.kind IN ['company', 'project']
    MATCH (holder)-[basedIn:BASED_IN]->(government:Entity)
    WHERE government.kind = 'government' AND ($asOf IS NULL OR (basedIn.sinceExpected IS NULL AND (basedIn.sinceEarliest IS NULL OR basedIn.sinceEarliest <= date($asOf)) AND (basedIn.untilLatest IS NULL OR basedIn.untilLatest >= date($asOf)))) AND (basedIn.retractionAt IS NULL AND coalesce(basedIn.denied, false) = false)
    RETURN government, basedIn
  }
  WITH g, m, c, link, holder, capacity, government, basedIn
  WHERE government <> g
  RETURN collect({government: government.id, holder: holder {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}, mineral: c {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin},
                  capacity: capacity {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(capacity), from: startNode(capacity).id, to: endNode(capacity).id}, basedIn: basedIn {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(basedIn), from: startNode(basedIn).id, to: endNode(basedIn).id},
                  restricted: m {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}, groupLink: link {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(link), from: startNode(link).id, to: endNode(link).id}}) AS holdings,
         collect(DISTINCT government) AS governments,
         collect(holder) + collect(c) AS holders, collect(capacity) + collect(basedIn) + collect(link) AS holdingTies
}
CALL (governments) {
  UNWIND governments AS government
  MATCH (government)-[membership:MEMBER_OF]->(agreement:Entity)
  WHERE agreement.kind = 'agreement' AND ($asOf IS NULL OR (membership.sinceExpected IS NULL AND (membership.sinceEarliest IS NULL OR membership.sinceEarliest <= date($asOf)) AND (membership.untilLatest IS NULL OR membership.untilLatest >= date($asOf)))) AND (membership.retractionAt IS NULL AND coalesce(membership.denied, false) = false)
  RETURN collect({government: government.id, agreement: agreement {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin},
                  membership: membership {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(membership), from: startNode(membership).id, to: endNode(membership).id}}) AS memberships,
         collect(agreement) AS agreements, collect(membership) AS membershipTies
}
WITH restrictions, holdings, memberships, governments,
     restricted + measures + holders + governments + agreements AS factEntities, restrictionTies + holdingTies + membershipTies AS factTies
RETURN restrictions, holdings, memberships, [n IN governments | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}] AS governments,
       COLLECT { UNWIND reduce(ids = [], x IN factTies | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "restrictedBy": "government/china",
  "mineral": "mineral/dysprosium",
  "capacityKind": "REFINES",
  "asOf": "2025-10-01"
}
