OPTIONAL MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(merged_n:Entity)
OPTIONAL MATCH (direct_n:Entity {id: $id})
WITH *, coalesce(merged_n, direct_n) AS n
WITH n WHERE n IS NOT NULL
RETURN n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin} AS entity

// parameters
{
  "id": "government/mexico"
}
