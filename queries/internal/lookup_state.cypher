// Name lookup, step 1: the searchable names (`search`) of the given nodes of
// one label, the names last written to the lookup (`indexed_names`) and the
// NameKey entries that point at them now.  {label} comes from the schema.
UNWIND $keys AS key
MATCH (n:{label} {key: key})
RETURN n.key AS key, n.search AS search, n.indexed_names AS indexed,
       [(k:NameKey)-[:NAMES]->(n) | k.key] AS entries
