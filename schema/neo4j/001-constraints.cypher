// Unique ids. Every entity node carries :Entity besides its kind label (:Government, :Official, ...), so one
// constraint on :Entity(id) makes ids unique across all kinds and gives MERGE and every lookup by id an index.
// (A constraint per kind label or per relationship type would add nothing but start-up time: each takes ~2 s to
// create. Relationships are always reached from their end nodes; GetRelation by id scans, see RelationByIdCypher.)
// Every statement is idempotent (IF NOT EXISTS); statements end with a semicolon.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Ids merged into another entity: (:MergedId {id})-[:MERGED_INTO]->(survivor).
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedId) REQUIRE n.id IS UNIQUE;
