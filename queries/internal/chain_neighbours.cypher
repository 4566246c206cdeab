// shortest_chain: one breadth-first step, the fact neighbours of a frontier;
// only those the other side has reached ($others) when there are any, so
// that the last step does not send a hub's thousands of neighbours (the
// check rides on the same read: a separate one costs as much as the step).
// Each node is found through its key's entry in the name index (any label);
// one branch per relation type and direction, since FalkorDB 4.16 follows a
// single type tens of times faster than a list of types.
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(n)
WHERE n.key = key
WITH n
CALL {
  WITH n MATCH (n)-[:CHAIRED]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:CHAIRED]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:HELD_IN]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:HELD_IN]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:HOLDS_POSITION]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:HOLDS_POSITION]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:LOCATED_IN]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:LOCATED_IN]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:ORGANIZED]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:ORGANIZED]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:PARTICIPATED]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:PARTICIPATED]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:PART_OF]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:PART_OF]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:PILOT_OF]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:PILOT_OF]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:SIGNED]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:SIGNED]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:SPOKE_AT]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:SPOKE_AT]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:SUPPORTED]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:SUPPORTED]-(m) RETURN m
  UNION ALL
  WITH n MATCH (n)-[:WITNESSED]->(m) RETURN m
  UNION ALL
  WITH n MATCH (n)<-[:WITNESSED]-(m) RETURN m
}
WITH DISTINCT n.key AS key, m.key AS other
WITH collect({key: key, other: other}) AS rows
WITH rows, [row IN rows WHERE row.other IN $others] AS meets
UNWIND CASE WHEN size(meets) > 0 THEN meets ELSE rows END AS row
RETURN row.key AS key, row.other AS other
