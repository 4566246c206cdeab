// Name lookup, step 1: the names the documents give the given nodes of one
// label (MENTIONS `norms`, and `norm` for events), which names were last
// written to the lookup (`indexed_names`) and the NameKey entries that point
// at them now.  Read from the MENTIONS, not from `search`, so that the lookup
// depends only on values edugraph computed in Python.  {label} comes from the schema.
UNWIND $keys AS key
MATCH (n:{label} {key: key})
RETURN n.key AS key, n.indexed_names AS indexed,
       [(n)<-[named:MENTIONS]-() | coalesce(named.norms, [])] AS norms,
       [(n)<-[shown:MENTIONS]-() | shown.norm] AS displays,
       [(k:NameKey)-[:NAMES]->(n) | k.key] AS entries
