// shortest_chain: the nodes of a chain, by key (name index seek, any label).
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(n)
WHERE n.key = key
RETURN n.key AS key, labels(n)[0] AS label, n.name AS name
