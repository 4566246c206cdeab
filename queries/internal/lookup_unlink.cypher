// Name lookup, step 4: names a node no longer has.  {label} comes from the schema.
UNWIND $rows AS row
MATCH (k:NameKey {key: row.entry})-[r:NAMES]->(n:{label} {key: row.node})
DELETE r
