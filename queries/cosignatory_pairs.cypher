// name: cosignatory_pairs
// description: Pairs of actors that signed the same events, with the number of signings they shared
// param: label: label = null — only pairs of this type (Agency or Person)
// param: min_shared: int = 1 — only pairs that shared at least this many signings
// param: limit: int = 50 — at most this many pairs
// example: edugraph query cosignatory_pairs --param label=Agency
// note: each pair appears once (the actor with the smaller key first)
MATCH (a)-[:SIGNED]->(e:Event)<-[:SIGNED]-(b)
WHERE a.key < b.key
  AND ($label IS NULL OR (labels(a)[0] = $label AND labels(b)[0] = $label))
WITH a, b, e
ORDER BY e.key
WITH a, b, count(DISTINCT e) AS shared, collect(DISTINCT e.key) AS events
WHERE shared >= $min_shared
RETURN a.name AS actor,
       a.key AS actor_key,
       b.name AS partner,
       b.key AS partner_key,
       shared,
       events
ORDER BY shared DESC, actor_key, partner_key
LIMIT $limit
