// shortest_chain: one breadth-first step, the fact neighbours of a frontier
// (aligned lists: `keys[i]` is related to `others[i]`, once per relation) when
// there are fewer than $cap, else only how many rows the step reached: the
// search tries the side that looks cheaper and turns to the other when a hub
// makes the step exceed its cap, for the price of reading up to $cap
// relations in the store (FalkorDB streams the branches, so LIMIT stops the
// reading; lists travel several times faster than rows).  One branch per
// relation type, either direction, each finding the frontier through the name
// index's key entries (any label): FalkorDB 4.16 follows one type much faster
// than a list of types, and this flat form costs a fifth per node of a CALL
// per node.
CALL {
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:CHAIRED]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:HELD_IN]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:HOLDS_POSITION]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:LOCATED_IN]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:ORGANIZED]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:PARTICIPATED]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:PART_OF]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:PILOT_OF]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:SIGNED]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:SPOKE_AT]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:SUPPORTED]-(m)
  RETURN key, m.key AS other
  UNION ALL
  UNWIND $keys AS key
  MATCH (:NameKey {key: key})-[:NAMES]->(n)
  WHERE n.key = key
  MATCH (n)-[:WITNESSED]-(m)
  RETURN key, m.key AS other
}
WITH key, other
LIMIT $cap
WITH collect(key) AS keys, collect(other) AS others
RETURN size(keys) AS found,
       CASE WHEN size(keys) < $cap THEN keys ELSE [] END AS keys,
       CASE WHEN size(keys) < $cap THEN others ELSE [] END AS others
