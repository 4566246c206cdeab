// name: agencies_most_provinces
// description: Agencies active in the most provinces: the provinces where events they signed, witnessed, organised, supported or attended were held
// param: min_provinces: int = 1 — only agencies active in at least this many provinces
// param: limit: int = 20 — at most this many agencies
// example: edugraph query agencies_most_provinces --param min_provinces=2
MATCH (a:Agency)-[:SIGNED|WITNESSED|ORGANIZED|SUPPORTED|PARTICIPATED]->(e:Event)-[:HELD_IN]->(pv:Province)
WITH a, e, pv
ORDER BY pv.name
WITH a, collect(DISTINCT pv.name) AS provinces, count(DISTINCT e) AS events
WHERE size(provinces) >= $min_provinces
RETURN a.name AS agency,
       a.key AS agency_key,
       a.kind AS kind,
       size(provinces) AS province_count,
       provinces,
       events
ORDER BY province_count DESC, events DESC, agency_key
LIMIT $limit
