// One node by key through the key index: the benchmark's floor, what any
// indexed lookup on the same store costs.  {label} comes from the schema.
MATCH (n:{label} {key: $key})
RETURN n.key AS key, n.name AS name
