// name: brokers
// description: Brokers across provinces: people and agencies that took part in events held in several provinces, ranked by provinces spanned, then by the number of distinct actors they met at those events
// param: min_provinces: int = 2 — only actors whose events span at least this many provinces
// param: limit: int = 20 — at most this many actors
// example: edugraph query brokers
// example: edugraph query brokers --param min_provinces=3 --format json
// note: "took part" is any of SIGNED, WITNESSED, CHAIRED, ORGANIZED, SUPPORTED, SPOKE_AT, PARTICIPATED; edugraph analyze brokers ranks by cross-province betweenness instead
MATCH (x)-[:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED]->(e:Event)-[:HELD_IN]->(pv:Province)
WHERE x:Person OR x:Agency
WITH x, e, pv
ORDER BY pv.name
WITH x, collect(DISTINCT pv.name) AS provinces, collect(DISTINCT e) AS events
WHERE size(provinces) >= $min_provinces
UNWIND events AS e
OPTIONAL MATCH (e)<-[:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED]-(y)
WHERE (y:Person OR y:Agency) AND y <> x
WITH x, provinces, count(DISTINCT e) AS event_count, count(DISTINCT y) AS partners
RETURN x.name AS actor,
       x.key AS actor_key,
       labels(x)[0] AS label,
       size(provinces) AS province_count,
       provinces,
       event_count,
       partners
ORDER BY province_count DESC, partners DESC, actor_key
LIMIT $limit
