// Curated changes (Neo4jCurationStore). Each applied change is a (:Change {seq, at, actor, operation, targets,
// before, after, idempotencyKey, command}) node: its number is unique, and so is its idempotency key for its curator
// (keys are each curator's own; a change without a key has no idempotencyKey property, which the constraint allows).
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
// Keys were once unique across curators; a database set up then has this constraint, which would refuse a second
// curator's equal key.
DROP CONSTRAINT change_idempotency_key IF EXISTS;
CREATE CONSTRAINT change_curator_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE (c.actor, c.idempotencyKey) IS UNIQUE;
// The one (:ChangeCounter {name: 'changes'}) whose write lock serialises curators. Unique, so that two first-ever
// changes arriving together MERGE the same node (one waits for the other) instead of creating one each.
CREATE CONSTRAINT change_counter_name IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.name IS UNIQUE;
