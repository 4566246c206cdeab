// Name lookup, step 1: the distinct names the documents give the given nodes
// of one label (MENTIONS `norms`; for events, whose MENTIONS carry one `norm`,
// that), which names were last written to the lookup (`indexed_names`) and the
// NameKey entries that point at them now.  Read from the MENTIONS, not from
// `search`, so that the lookup depends only on values edugraph computed in
// Python.  Distinct here, not in Python: a hub is mentioned by thousands of
// releases under a handful of names.  The appended null keeps a node without
// MENTIONS (collect drops it).  {label} comes from the schema.
UNWIND $keys AS key
MATCH (n:{label} {key: key})
OPTIONAL MATCH (n)<-[m:MENTIONS]-()
UNWIND CASE WHEN m.norm IS NULL THEN coalesce(m.norms, []) ELSE [m.norm] END + [null] AS form
WITH n, collect(DISTINCT form) AS forms
RETURN n.key AS key, n.indexed_names AS indexed, forms,
       [(k:NameKey)-[:NAMES]->(n) | k.key] AS entries
