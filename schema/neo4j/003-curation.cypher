// Curated changes (Neo4jCurationStore). Each applied change is a (:Change {seq, at, actor, operation, targets,
// before, after, idempotencyKey, command}) node: its number and its idempotency key are unique (a change without
// a key has no idempotencyKey property, which the constraint allows).
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE c.idempotencyKey IS UNIQUE;
// The one (:ChangeCounter {name: 'changes'}) whose write lock serialises curators. Unique, so that two first-ever
// changes arriving together MERGE the same node (one waits for the other) instead of creating one each.
CREATE CONSTRAINT change_counter_name IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.name IS UNIQUE;
