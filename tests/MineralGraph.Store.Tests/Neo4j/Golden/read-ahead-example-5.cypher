OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(merged_n:Entity)
OPTIONAL MATCH (direct_n:Entity {id: $id})
WITH *, coalesce(merged_n, direct_n) AS n
WITH n WHERE n IS NOT NULL
WITH *, [n] AS entities0, [] AS ties0
CALL (entities0) {
  UNWIND entities0 AS e
  WITH DISTINCT e WHERE e IS NOT NULL
  CALL (e) {
    MATCH (e)-[r:COVERS]->()
    WHERE ($page0.retracted OR r.retractionAt IS NULL) AND ($page0.asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date($page0.asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date($page0.asOf))))
    WITH r ORDER BY r.id SKIP $page0.skip LIMIT $page0.limit
    RETURN collect(r) AS window
  }
  RETURN collect({entity: e, more: size(window) > $page0.first, window: window[..$page0.first]}) AS page0
}
WITH *, reduce(all = [], x IN page0 | all + x.window) AS ties1
WITH *, [r IN ties1 | endNode(r)] AS entities2
CALL (ties1) {
  UNWIND ties1 AS r
  UNWIND coalesce(r.disputedBy, []) AS id
  WITH DISTINCT r, id
  OPTIONAL CALL (r, id) {
    UNWIND [startNode(r), endNode(r)] AS v
    MATCH (v)-[d]-()
    WHERE d.id = id
    RETURN d LIMIT 1
  }
  WITH id, collect(d) AS near
  WITH collect({id: id, near: head(near)}) AS pairs
  CALL (pairs) {
    WITH [p IN pairs WHERE p.near IS NULL | p.id] AS missing
    UNWIND missing AS sought
    CALL db.index.fulltext.queryRelationships('relation_keys', 'id:"' + replace(replace(sought, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS d
    WHERE d.id = sought
    RETURN collect(d) AS far
  }
  WITH [p IN pairs | {id: p.id, relation: coalesce(p.near, head([d IN far WHERE d.id = p.id]))}] AS answers
  RETURN answers AS disputes3, [a IN answers WHERE a.relation IS NOT NULL | a.relation] AS ties4
}
WITH *, [r IN ties4 | endNode(r)] AS entities5
WITH *, ties1 + ties4 AS readTies, entities2 + entities5 AS readEntities
CALL (readTies) {
  UNWIND readTies AS r
  WITH DISTINCT r
  RETURN collect(r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}) AS aheadRelations
}
CALL (readEntities) {
  UNWIND readEntities AS n
  WITH DISTINCT n
  RETURN collect(n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}) AS aheadEntities
}
RETURN n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} AS entity,
       aheadRelations, aheadEntities,
       [[x IN page0 | {entity: x.entity.id, more: x.more, total: x.total, window: [r IN x.window | r.id]}]] AS aheadPages,
       [x IN [] | {id: x.id, entity: x.entity.id}] AS aheadCountries,
       [x IN disputes3 | {id: x.id, relation: x.relation.id}] AS aheadDisputes,
       COLLECT { UNWIND reduce(ids = [], x IN ties0 + readTies | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "id": "agreement/canada-mexico-action-plan",
  "page0": {
    "skip": 0,
    "limit": 21,
    "first": 20,
    "asOf": null,
    "retracted": false
  }
}
