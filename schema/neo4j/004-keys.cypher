// Keys of relations and changes, for look-ups that would otherwise scan every relationship or every change.
// Neo4j indexes a relationship property for one type only, and no range index answers "x IN list": the full-text
// indexes below cover every relation type at once and index each item of a list, with the keyword analyzer (a whole
// value is one term, compared exactly; queries quote the value). Kept up to date by Neo4j on every write — the seed
// load, curated changes, merges (a moved relationship keeps its properties) — and filled from the existing data when
// created on a database loaded before them (Neo4jSchema waits until they are online). Not eventually consistent:
// a read right after a write sees it.
//   relation_keys:  r.id (a relation by id) and each of r.evidenceSources (the relations citing a source)
//   change_targets: each of c.targets (the changes touching an id)
// relation_keys must name every relation type (a test checks it against RelationKind); a new kind needs a new index
// name here (an index with the same name is never changed by IF NOT EXISTS).
CREATE FULLTEXT INDEX relation_keys IF NOT EXISTS
FOR ()-[r:HOLDS_POSITION|MEMBER_OF|ANNOUNCED|TOOK_PART_IN|COVERS|PRODUCES|PROCESSES|REFINES|HOLDS_RESERVES|RESTRICTS|IMPOSED_BY|OPERATES|OWNS|FUNDS|MODELLED_ON|SUCCEEDS|PART_OF|BASED_IN|RESPONDS_TO|STATES_POSITION|AFFECTS|ASSOCIATED_WITH|DOMINATES]-() ON EACH [r.id, r.evidenceSources]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX change_targets IF NOT EXISTS
FOR (c:Change) ON EACH [c.targets]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
