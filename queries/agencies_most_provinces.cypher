// name: agencies_most_provinces
// description: Agencies active in the most provinces: the provinces where events they signed, witnessed, organised, supported or attended were held
// param: min_provinces: int = 1 — only agencies active in at least this many provinces
// param: limit: int = 20 — at most this many agencies
// example: edugraph query agencies_most_provinces --param min_provinces=2
// note: reads each agency's reach, which the importer keeps up to date (derived data: edugraph rebuild-projections recomputes it)
// The highest province count that at least $limit agencies reach is found
// first (index ranges on reach_province_count), so that only those agencies are sorted.
UNWIND [t IN [64, 32, 16, 8, 4, 3, 2] WHERE t > $min_provinces] + [$min_provinces] AS threshold
CALL {
  WITH threshold
  MATCH (a:Agency)
  WHERE a.reach_province_count >= threshold AND a.reach_province_count > 0
  RETURN count(a) AS agencies
}
WITH threshold, agencies
WHERE agencies >= $limit OR threshold = $min_provinces
WITH threshold
LIMIT 1
MATCH (a:Agency)
WHERE a.reach_province_count >= threshold AND a.reach_province_count > 0
RETURN a.name AS agency,
       a.key AS agency_key,
       a.kind AS kind,
       a.reach_province_count AS province_count,
       a.reach_provinces AS provinces,
       a.reach_events AS events
ORDER BY province_count DESC, events DESC, agency_key
LIMIT $limit
