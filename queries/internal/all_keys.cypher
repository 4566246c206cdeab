// Every key of one label (rebuilds walk the graph in batches of these).
// {label} comes from the schema.
MATCH (n:{label})
RETURN n.key AS key
ORDER BY key
