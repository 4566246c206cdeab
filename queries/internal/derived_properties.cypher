// Every property of the nodes of one label (derived_dump keeps the derived ones).
// {label} comes from the schema.
MATCH (n:{label})
RETURN n.key AS key, properties(n) AS properties
ORDER BY key
