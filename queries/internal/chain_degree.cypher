// shortest_chain: how many fact relations a frontier has (what reading its
// neighbours would cost), counted in the store without reading the other
// ends, so that the search expands the cheaper side and goes around a hub
// (thousands of relations) that the other side can reach in a few.
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(n)
WHERE n.key = key
WITH n
CALL {
  WITH n MATCH (n)-[:CHAIRED]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:CHAIRED]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:HELD_IN]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:HELD_IN]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:HOLDS_POSITION]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:HOLDS_POSITION]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:LOCATED_IN]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:LOCATED_IN]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:ORGANIZED]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:ORGANIZED]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:PARTICIPATED]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:PARTICIPATED]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:PART_OF]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:PART_OF]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:PILOT_OF]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:PILOT_OF]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:SIGNED]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:SIGNED]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:SPOKE_AT]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:SPOKE_AT]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:SUPPORTED]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:SUPPORTED]-(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)-[:WITNESSED]->(m) RETURN count(m) AS edges
  UNION ALL
  WITH n MATCH (n)<-[:WITNESSED]-(m) RETURN count(m) AS edges
}
RETURN sum(edges) AS edges
