// shortest_chain: one breadth-first step, the fact neighbours of a frontier
// (aligned lists: the frontier node of id `node_ids[i]` is related to the node
// of key `others[i]` and id `other_ids[i]`, once per relation; ids rather than
// the frontier's keys again: half the store's time for a hub's 16,807
// relations) when there are fewer than $cap, or those of them that reach the
// other side when any do (`met`, even past the cap), else only
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
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:HELD_IN]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:HOLDS_POSITION]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:LOCATED_IN]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:ORGANIZED]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:PARTICIPATED]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:PART_OF]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:PILOT_OF]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:SIGNED]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:SPOKE_AT]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:SUPPORTED]-(m)
  RETURN node_id, m
  UNION ALL
  UNWIND $nodes AS node
  WITH node.id AS node_id, node.key AS key
  MATCH (n)
  WHERE id(n) = node_id AND n.key = key
  MATCH (n)-[:WITNESSED]-(m)
  RETURN node_id, m
}
WITH node_id, m
LIMIT $cap
WITH collect(node_id) AS node_ids, collect(m) AS ms
// Only the rows that reach the other side ($meet_ids: its nodes, when few),
// if any: the last step of a search often reads a hub, whose thousands of
// rows need not travel then.  (Keys are read only for the rows sent: a step
// past its cap costs half as much.)
WITH node_ids, ms, [i IN range(0, size(ms) - 1) WHERE id(ms[i]) IN $meet_ids] AS meets
WITH size(node_ids) AS found, size(meets) > 0 AS met,
     CASE WHEN size(meets) > 0 THEN [i IN meets | node_ids[i]]
          WHEN size(node_ids) < $cap THEN node_ids ELSE [] END AS node_ids,
     CASE WHEN size(meets) > 0 THEN [i IN meets | ms[i]]
          WHEN size(node_ids) < $cap THEN ms ELSE [] END AS ms
RETURN found, met, node_ids, [m IN ms | m.key] AS others, [m IN ms | id(m)] AS other_ids
