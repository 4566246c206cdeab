// shortest_chain: which neighbours of a frontier the other side of the search
// has already reached, found in the store so that a frontier that meets the
// other side is not read in full (a hub's thousands of neighbours).
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
WITH n, m
WHERE m.key IN $others
RETURN DISTINCT n.key AS key, m.key AS other
