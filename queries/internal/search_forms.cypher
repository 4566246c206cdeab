// The normalised forms a node's documents gave it, from which the importer
// builds `search` in Python (set_search).  Not joined here: FalkorDB's string
// `+` drops the right operand and the last byte when the left one is exactly
// 512 bytes long, which cuts a Thai character in half (see
// docs/ARCHITECTURE.md §2).  Event MENTIONS carry one `norm` (the normalised
// display name); the others carry `norms`.  {label} comes from the schema.
UNWIND $keys AS key
MATCH (n:{label} {key: key})<-[m:MENTIONS]-(:Document)
UNWIND CASE WHEN m.norm IS NULL THEN m.norms ELSE [m.norm] END AS form
RETURN n.key AS key, collect(DISTINCT form) AS forms
