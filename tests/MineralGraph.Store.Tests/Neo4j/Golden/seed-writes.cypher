CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE NOT (type(r) + ' ' + a.id + ' ' + b.id + ' ' + r.id) IN $relationKeys
  DELETE r
}
CALL () {
  MATCH (n:Entity)
  WHERE NOT n.id IN $entityIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:MergedId)
  DETACH DELETE n
}
;
UNWIND $rows AS row
MERGE (n:Entity {id: row.props.id})
SET n:$(row.label)
SET n = row.props, n.dateEarliest = date(row.props.dateEarliest), n.dateLatest = date(row.props.dateLatest)
;
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:HOLDS_POSITION {id: row.props.id}]->(b)
SET r = row.props,
    r.sinceEarliest = date(row.props.sinceEarliest), r.sinceLatest = date(row.props.sinceLatest),
    r.untilEarliest = date(row.props.untilEarliest), r.untilLatest = date(row.props.untilLatest)
;
UNWIND $rows AS row
MATCH (survivor:Entity {id: row.survivor})
MERGE (merged:MergedId {id: row.id})
MERGE (merged)-[:MERGED_INTO]->(survivor)
;
UNWIND $rows AS row
WITH row, row.props AS p
CREATE (n:Entity:$(row.label))
SET n = p {.*, dateEarliest: date(p.dateEarliest), dateLatest: date(p.dateLatest)}
;
UNWIND $rows AS row
WITH row, row.props AS p
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = p {.*, sinceEarliest: date(p.sinceEarliest), sinceLatest: date(p.sinceLatest),
               untilEarliest: date(p.untilEarliest), untilLatest: date(p.untilLatest)}

// parameters
{}
