// Derive Event nodes' properties from all their MENTIONS, the latest release
// first (then by document key), so that two outlets reporting one event give
// the same node whatever the import order.  `search` and the `stale` mark are
// set afterwards from search_forms (set_search).
// The node's map is replaced whole, `stale` and `search` kept for set_search:
// FalkorDB 4.16 loses or misplaces removals when one query sets several
// properties of a node to null (`SET n.venue = null, n.province = null` may
// keep one and drop `search` instead), which left updated events stale.
// `indexed_names` (the name lookup's mark, graph/projections.py) is kept too:
// refresh_name_lookup compares it with the new names and relinks what changed.
UNWIND $keys AS key
MATCH (n:Event {key: key})<-[m:MENTIONS]-(d:Document)
WITH n, m, d ORDER BY coalesce(d.published, '') DESC, d.key
WITH n, collect(m) AS ms
SET n = {key: n.key,
         stale: n.stale,
         search: n.search,
         indexed_names: n.indexed_names,
         name: head([x IN ms | x.display]),
         event_type: head([x IN ms | x.event_type]),
         date: head([x IN ms WHERE x.date IS NOT NULL | x.date]),
         end_date: head([x IN ms WHERE x.end_date IS NOT NULL | x.end_date]),
         title: head([x IN ms WHERE x.title IS NOT NULL | x.title]),
         venue: head([x IN ms WHERE x.venue IS NOT NULL | x.venue]),
         province: head([x IN ms WHERE x.province IS NOT NULL | x.province])}
