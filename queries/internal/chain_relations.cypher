// shortest_chain: the fact relations between consecutive nodes of a chain.
UNWIND $pairs AS pair
MATCH (:NameKey {key: pair.head})-[:NAMES]->(a)
WHERE a.key = pair.head
MATCH (:NameKey {key: pair.tail})-[:NAMES]->(b)
WHERE b.key = pair.tail
MATCH (a)-[r:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED|PILOT_OF|PART_OF|HOLDS_POSITION|HELD_IN|LOCATED_IN]-(b)
RETURN pair.step AS step, type(r) AS relation,
       CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction, r.sources AS sources
ORDER BY step, relation, direction
