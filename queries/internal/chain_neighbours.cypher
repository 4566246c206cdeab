// shortest_chain: one breadth-first step, the fact neighbours of a frontier
// (aligned lists: `keys[i]` is related to `others[i]`, whose node id is
// `other_ids[i]`, once per relation) when there are fewer than $cap, else only
// how many rows the step reached: the search tries the side that looks cheaper
// and turns to the other when a hub makes the step exceed its cap, for the
// price of reading up to $cap relations in the store (FalkorDB streams the
// branches, so LIMIT stops the reading, and lists travel several times faster
// than rows).  The frontier comes as {id, key} maps: a seek by node id costs a
// tenth of one through the name index, and the key check skips a node deleted
// meanwhile whose id was given to another.  (`id()` is deprecated in Neo4j 5
// but kept: FalkorDB has no `elementId()`.)  One branch per relation type,
// either direction: FalkorDB 4.16 follows one type much faster than a list of
// types, and this flat form costs a fifth per node of a CALL per node.
CALL {
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:CHAIRED]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:HELD_IN]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:HOLDS_POSITION]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:LOCATED_IN]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:ORGANIZED]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:PARTICIPATED]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:PART_OF]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:PILOT_OF]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:SIGNED]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:SPOKE_AT]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:SUPPORTED]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:WITNESSED]-(m)
  RETURN key, m.key AS other, id(m) AS other_id
}
WITH key, other, other_id
LIMIT $cap
WITH collect(key) AS keys, collect(other) AS others, collect(other_id) AS other_ids
RETURN size(keys) AS found,
       CASE WHEN size(keys) < $cap THEN keys ELSE [] END AS keys,
       CASE WHEN size(keys) < $cap THEN others ELSE [] END AS others,
       CASE WHEN size(keys) < $cap THEN other_ids ELSE [] END AS other_ids
