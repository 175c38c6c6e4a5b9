// Unique ids. Every entity node carries :Entity besides its kind label (:Government, :Official, ...), so one
// constraint on :Entity(id) makes ids unique across all kinds and gives MERGE and every lookup by id an index.
// (A constraint per kind label or per relationship type would add nothing but start-up time: each takes ~2 s to
// create. Relations are reached from their end nodes, or by id or cited source through 004-keys.cypher.)
// Every statement is idempotent (IF NOT EXISTS); statements end with a semicolon.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Ids merged into another entity: (:MergedId {id})-[:MERGED_INTO]->(survivor).
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedId) REQUIRE n.id IS UNIQUE;
