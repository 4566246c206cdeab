// A node's `aliases`: every name its documents used whose normalised form is
// not the node's own, sorted.  Linear in the node's MENTIONS (hub nodes are
// mentioned by thousands of releases).  Runs after refresh_entities; `search`
// and the `stale` mark are set afterwards from search_forms (set_search).
// {label} comes from the schema; `row.own` is the node's normalised name.
UNWIND $rows AS row
MATCH (n:{label} {key: row.key})<-[m:MENTIONS]-(:Document)
UNWIND range(0, size(m.names) - 1) AS i
WITH n, row.own AS own, m.names[i] AS name, m.norms[i] AS form
WITH n, own, name, form ORDER BY name
WITH n, collect(DISTINCT CASE WHEN form <> own THEN name END) AS aliases
SET n.aliases = aliases
