// The CO_SIGNED partners of the given nodes of one label (repairing after an
// interrupted import).  {label} comes from the schema.
UNWIND $keys AS key
MATCH (x:{label} {key: key})-[:CO_SIGNED]-(y)
RETURN x.key AS x, labels(y)[0] AS label, y.key AS y
