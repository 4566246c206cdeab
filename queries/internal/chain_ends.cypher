// shortest_chain: the nodes a name, an alias or a key names (name index seek),
// with their node ids (the search's steps seek nodes by id).
MATCH (:NameKey {key: $name})-[:NAMES]->(n)
RETURN DISTINCT n.key AS key, id(n) AS id
