// Projections, before a batch: who takes part in the given events (and how),
// where they are held, and where the given agencies are located, so that
// what a withdrawal removes is recomputed too.
UNWIND $events AS key
MATCH (e:Event {key: key})
OPTIONAL MATCH (e)<-[r:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED]-(x)
OPTIONAL MATCH (e)-[:HELD_IN]->(pv:Province)
RETURN e.key AS event, type(r) AS relation, labels(x)[0] AS label, x.key AS actor,
       collect(DISTINCT pv.key) AS provinces
