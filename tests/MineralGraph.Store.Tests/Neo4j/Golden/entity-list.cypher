MATCH (n:Entity)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($country IS NULL OR n.country = $country)
  AND ($type IS NULL OR n.type = $type)
  AND ($status IS NULL OR n.status = $status)
  AND ($needle = '' OR any(name IN n.searchNames WHERE name CONTAINS $needle))
  AND (($dateFrom IS NULL AND $dateTo IS NULL) OR (n.dateEarliest IS NOT NULL
    AND ($dateFrom IS NULL OR n.dateLatest >= date($dateFrom))
    AND ($dateTo IS NULL OR n.dateEarliest <= date($dateTo))))
WITH n
ORDER BY n.dateEarliest IS NULL, n.dateEarliest DESC, n.id
WITH collect(n) AS matched
WITH size(matched) AS total, matched[$offset..($offset + $first + 1)] AS window
RETURN total, [n IN window | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}] AS window

// parameters
{
  "kind": "agreement",
  "country": null,
  "type": null,
  "status": "active",
  "needle": "t mec",
  "dateFrom": "2020-01-01",
  "dateTo": null,
  "offset": 20,
  "first": 10
}
