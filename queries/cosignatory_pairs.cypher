// name: cosignatory_pairs
// description: Pairs of actors that signed the same events, with the number of signings they shared
// param: label: label = null — only pairs of this type (Agency or Person)
// param: min_shared: int = 1 — only pairs that shared at least this many signings
// param: limit: int = 50 — at most this many pairs
// example: edugraph query cosignatory_pairs --param label=Agency
// note: each pair appears once (the actor with the smaller key first); reads the CO_SIGNED relationships the importer keeps (derived data: edugraph rebuild-projections recomputes them)
// The highest threshold that at least $limit pairs reach is found first (each
// an index range on CO_SIGNED.count that stops at $limit pairs: low thresholds
// would otherwise count every pair of the graph), so that only those pairs
// are sorted, not every pair of the graph.
UNWIND [t IN [4096, 2048, 1024, 512, 256, 128, 64, 32, 16, 8, 4, 3, 2] WHERE t > $min_shared] + [$min_shared] AS threshold
CALL {
  WITH threshold
  MATCH ()-[c:CO_SIGNED]->()
  WHERE c.count >= threshold AND ($label IS NULL OR c.label = $label)
  WITH c
  LIMIT $limit
  RETURN count(c) AS pairs
}
WITH threshold, pairs
WHERE pairs >= $limit OR threshold = $min_shared
WITH threshold
LIMIT 1
MATCH (a)-[c:CO_SIGNED]->(b)
WHERE c.count >= threshold
  AND ($label IS NULL OR c.label = $label)
RETURN a.name AS actor,
       a.key AS actor_key,
       b.name AS partner,
       b.key AS partner_key,
       c.count AS shared,
       c.events AS events
ORDER BY shared DESC, actor_key, partner_key
LIMIT $limit
