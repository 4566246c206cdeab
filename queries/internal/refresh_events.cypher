// Derive Event nodes' properties from all their MENTIONS, the latest release
// first (then by document key), so that two outlets reporting one event give
// the same node whatever the import order.  `search` and the `stale` mark are
// set afterwards from search_forms (set_search).
UNWIND $keys AS key
MATCH (n:Event {key: key})<-[m:MENTIONS]-(d:Document)
WITH n, m, d ORDER BY coalesce(d.published, '') DESC, d.key
WITH n, collect(m) AS ms
SET n.name = head([x IN ms | x.display]),
    n.event_type = head([x IN ms | x.event_type]),
    n.date = head([x IN ms WHERE x.date IS NOT NULL | x.date]),
    n.end_date = head([x IN ms WHERE x.end_date IS NOT NULL | x.end_date]),
    n.title = head([x IN ms WHERE x.title IS NOT NULL | x.title]),
    n.venue = head([x IN ms WHERE x.venue IS NOT NULL | x.venue]),
    n.province = head([x IN ms WHERE x.province IS NOT NULL | x.province])
