UNWIND range(0, size($queries) - 1) AS position
WITH position, $queries[position] AS q
CALL (q) {
  OPTIONAL MATCH (:MergedId {id: q.entityId})-[:MERGED_INTO]->(merged_e:Entity)
OPTIONAL MATCH (direct_e:Entity {id: q.entityId})
WITH *, coalesce(merged_e, direct_e) AS e
  CALL (e, q) {
    MATCH (e)-[r]-(:Entity)
    WHERE (q.direction = 'both' OR (q.direction = 'out' AND startNode(r) = e) OR (q.direction = 'in' AND endNode(r) = e))
      AND (q.kinds IS NULL OR type(r) IN q.kinds)
      AND (q.includeRetracted OR r.retractionAt IS NULL)
      AND (q.asOf IS NULL OR (r.sinceExpected IS NULL AND (r.sinceEarliest IS NULL OR r.sinceEarliest <= date(q.asOf)) AND (r.untilLatest IS NULL OR r.untilLatest >= date(q.asOf))))
      AND (q.denied IS NULL OR coalesce(r.denied, false) = q.denied)
      AND (q.minValue IS NULL OR (r.amountUnit = q.minUnit AND r.amountQualifier <> 'up-to' AND r.amountValue >= q.minValue))
    WITH DISTINCT r
    ORDER BY CASE WHEN q.byAmount THEN r.amountUnit IS NULL END, CASE WHEN q.byAmount THEN r.amountUnit END,
             CASE q.order WHEN 'amount-desc' THEN -r.amountValue WHEN 'amount-asc' THEN r.amountValue END, type(r), r.id
    RETURN collect(r) AS matched
  }
  RETURN size(matched) AS total, matched[q.offset..(q.offset + q.first + 1)] AS window
}
WITH position, total, [r IN window | r {.id, .role, .since, .sinceText, .sinceExpected, .sinceRole, .until, .untilText, .untilExpected, .untilRole, .current, .note, .disputedBy, .evidenceSources, .evidenceQuotes, .evidenceLocators, .evidenceReportedBy, .retractionReason, .retractionBy, .retractionAt, .denied, .amountValue, .amountUnit, .amountQualifier, .amountBasis, .amountText, .amountDate, .amountDateText, .amountDateExpected, .amountDateRole, kind: type(r), from: startNode(r).id, to: endNode(r).id}] AS window
ORDER BY position
WITH collect({total: total, window: window}) AS pages
RETURN pages, COLLECT { UNWIND reduce(ids = [], x IN reduce(all = [], p IN pages | all + p.window) | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId MATCH (s:Entity {id: sourceId}) WHERE s:Source RETURN s {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} } AS sources

// parameters
{
  "queries": [
    {
      "entityId": "government/mexico",
      "direction": "both",
      "kinds": [
        "HOLDS_RESERVES",
        "MEMBER_OF"
      ],
      "asOf": "2025-03-01",
      "offset": 0,
      "first": 20,
      "includeRetracted": false,
      "denied": null,
      "minValue": null,
      "minUnit": null,
      "byAmount": false,
      "order": "kind"
    },
    {
      "entityId": "official/marcelo-ebrard",
      "direction": "out",
      "kinds": null,
      "asOf": null,
      "offset": 5,
      "first": 5,
      "includeRetracted": true,
      "denied": null,
      "minValue": null,
      "minUnit": null,
      "byAmount": false,
      "order": "kind"
    }
  ]
}
