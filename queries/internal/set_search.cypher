// Store each node's `search` (built by the importer from search_forms) and
// clear its `stale` mark: the last step of re-deriving a node's properties.
// {label} comes from the schema.
UNWIND $rows AS row
MATCH (n:{label} {key: row.key})
SET n.search = row.search,
    n.stale = null
