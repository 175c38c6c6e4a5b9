UNWIND $ids AS id
OPTIONAL MATCH (:MergedId {id: id})-[:MERGED_INTO]->(merged_n:Entity)
OPTIONAL MATCH (direct_n:Entity {id: id})
WITH *, coalesce(merged_n, direct_n) AS n
WITH id, n WHERE n IS NOT NULL
WITH collect(id) AS known, collect(n) AS nodes
RETURN known AS ids, [n IN nodes | n {.id, .kind, .name, .aliases, .description, .type, .status, .country, .iso, .symbol, .place, .date, .dateText, .dateExpected, .dateRole, .datesValues, .datesRoles, .datesTexts, .datesExpected, .publisher, .author, .url, .file, .origin}] AS entities

// parameters
{
  "ids": [
    "government/mexico",
    "mineral/lithium"
  ]
}
