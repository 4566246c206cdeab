// CO_SIGNED (derived): recompute every pair of the current signers of the given events.
UNWIND $events AS key
MATCH (s:Event {key: key})<-[:SIGNED]-(a)
MATCH (s)<-[:SIGNED]-(b)
WHERE a.key < b.key
WITH DISTINCT a, b
MATCH (a)-[:SIGNED]->(e:Event)<-[:SIGNED]-(b)
WITH a, b, e ORDER BY e.key
WITH a, b, collect(DISTINCT e.key) AS events, min(e.date) AS first, max(e.date) AS last
MERGE (a)-[c:CO_SIGNED]->(b)
SET c.count = size(events), c.events = events, c.first = first, c.last = last,
    c.label = CASE WHEN labels(a)[0] = labels(b)[0] THEN labels(a)[0] ELSE null END
