// Name lookup, step 3: point entries at the nodes of one label they name, and
// record which names are now in the lookup.  {label} comes from the schema.
UNWIND $rows AS row
MATCH (n:{label} {key: row.node})
SET n.indexed_names = row.indexed
WITH n, row
UNWIND row.add AS entry
MATCH (k:NameKey {key: entry})
MERGE (k)-[:NAMES]->(n)
