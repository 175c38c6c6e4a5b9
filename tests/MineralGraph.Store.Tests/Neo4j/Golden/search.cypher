CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH collect(node) AS candidates
RETURN [n IN candidates | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}] AS candidates

// parameters
{
  "lucene": "searchWords:secretaria* OR searchCompact:secretariadeeconomia*",
  "kinds": [
    "agency"
  ]
}
