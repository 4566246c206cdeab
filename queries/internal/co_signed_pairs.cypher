// CO_SIGNED (derived): recompute the given pairs from their SIGNED facts.
// One edge per pair of co-signers, from the smaller key to the larger, with
// the number of signings shared, the events' keys (sorted) and the first and
// last dates.  {head} and {tail} come from the schema.
UNWIND $pairs AS pair
MATCH (a:{head} {key: pair.a}), (b:{tail} {key: pair.b})
MATCH (a)-[:SIGNED]->(e:Event)<-[:SIGNED]-(b)
WITH a, b, e ORDER BY e.key
WITH a, b, collect(DISTINCT e.key) AS events, min(e.date) AS first, max(e.date) AS last
MERGE (a)-[c:CO_SIGNED]->(b)
SET c.count = size(events), c.events = events, c.first = first, c.last = last,
    c.label = CASE WHEN labels(a)[0] = labels(b)[0] THEN labels(a)[0] ELSE null END
