// shortest_chain: the nodes a name, an alias or a key names (name index seek).
MATCH (:NameKey {key: $name})-[:NAMES]->(n)
RETURN DISTINCT n.key AS key
