// The name lookup's entries and the nodes they name, sorted.
MATCH (k:NameKey)-[:NAMES]->(n)
RETURN k.key AS entry, n.key AS node
ORDER BY entry, node
