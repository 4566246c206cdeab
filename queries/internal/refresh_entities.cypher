// Derive the properties of Person/Agency/Province/Programme nodes from all
// their MENTIONS, the latest release first (then by document key), so that the
// result does not depend on the order documents were imported in.
// `aliases`/`search` start from the node's own name here; refresh_names adds
// the other names and then clears the node's `stale` mark.
// {label} comes from the schema; `row.own` is the node's normalised name,
// given by the caller (no string functions on Thai text); `row.name` the name the
// resolver chose for the node (edugraph.graph.resolve), whatever came first.
UNWIND $rows AS row
MATCH (n:{label} {key: row.key})<-[m:MENTIONS]-(d:Document)
WITH n, row, m, d ORDER BY coalesce(d.published, '') DESC, d.key
WITH n, row, collect(m) AS ms
SET n.aliases = [],
    n.name = coalesce(row.name, n.name),
    n.search = row.own,
    n.title = head([x IN ms WHERE x.title IS NOT NULL | x.title]),
    n.position = head([x IN ms WHERE x.position IS NOT NULL | x.position]),
    n.kind = head([x IN ms WHERE x.kind IS NOT NULL | x.kind]),
    n.phase = head([x IN ms WHERE x.phase IS NOT NULL | x.phase])
