// shortest_chain: one breadth-first step, the fact neighbours of a frontier.
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
RETURN DISTINCT n.key AS key, m.key AS other
