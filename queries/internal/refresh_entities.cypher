// Derive the properties of Person/Agency/Province/Programme nodes from all
// their MENTIONS, the latest release first (then by document key), so that the
// result does not depend on the order documents were imported in.
// `aliases`/`search` start from the node's own name here; refresh_names adds
// the other names and then clears the node's `stale` mark.
// The node's map is replaced whole, `stale` kept for the step that clears it: FalkorDB
// 4.16 loses or misplaces removals when one query sets several properties of
// a node to null (see refresh_events).
// The derived properties (graph/projections.py: the lookup's `indexed_names`,
// actor reach, province activity) are kept as they were: the projection
// statements after this one in the unit recompute them for the same nodes,
// and an interrupted import finds the nodes still stale.  A property absent
// from a node (null here) stays absent.
// {label} comes from the schema; `row.own` is the node's normalised name,
// given by the caller (no string functions on Thai text); `row.name` the name the
// resolver chose for the node (edugraph.graph.resolve), whatever came first.
UNWIND $rows AS row
MATCH (n:{label} {key: row.key})<-[m:MENTIONS]-(d:Document)
WITH n, row, m, d ORDER BY coalesce(d.published, '') DESC, d.key
WITH n, row, collect(m) AS ms
SET n = {key: n.key,
         name: coalesce(row.name, n.name),
         stale: n.stale,
         aliases: [],
         search: row.own,
         title: head([x IN ms WHERE x.title IS NOT NULL | x.title]),
         position: head([x IN ms WHERE x.position IS NOT NULL | x.position]),
         kind: head([x IN ms WHERE x.kind IS NOT NULL | x.kind]),
         phase: head([x IN ms WHERE x.phase IS NOT NULL | x.phase]),
         indexed_names: n.indexed_names,
         reach_provinces: n.reach_provinces,
         reach_province_count: n.reach_province_count,
         reach_events: n.reach_events,
         reach_partners: n.reach_partners,
         programmes: n.programmes,
         programme_count: n.programme_count,
         event_years: n.event_years,
         event_year_counts: n.event_year_counts}
