// name: brokers
// description: Brokers across provinces: people and agencies that took part in events held in several provinces, ranked by provinces spanned, then by the number of distinct actors they met at those events
// param: min_provinces: int = 2 — only actors whose events span at least this many provinces
// param: limit: int = 20 — at most this many actors
// example: edugraph query brokers
// example: edugraph query brokers --param min_provinces=3 --format json
// note: "took part" is any of SIGNED, WITNESSED, CHAIRED, ORGANIZED, SUPPORTED, SPOKE_AT, PARTICIPATED; edugraph analyze brokers ranks by cross-province betweenness instead
// note: reads each actor's reach, which the importer keeps up to date (derived data: edugraph rebuild-projections recomputes it)
// The highest province count that at least $limit actors reach is found
// first (index ranges on reach_province_count), so that only those actors are sorted.
UNWIND [t IN [64, 32, 16, 8, 4, 3, 2] WHERE t > $min_provinces] + [$min_provinces] AS threshold
CALL {
  WITH threshold
  CALL {
    WITH threshold
    MATCH (x:Person)
    WHERE x.reach_province_count >= threshold AND x.reach_province_count > 0
    RETURN count(x) AS found
    UNION ALL
    WITH threshold
    MATCH (x:Agency)
    WHERE x.reach_province_count >= threshold AND x.reach_province_count > 0
    RETURN count(x) AS found
  }
  RETURN sum(found) AS actors
}
WITH threshold, actors
WHERE actors >= $limit OR threshold = $min_provinces
WITH threshold
LIMIT 1
CALL {
  WITH threshold
  MATCH (x:Person)
  WHERE x.reach_province_count >= threshold AND x.reach_province_count > 0
  RETURN x
  UNION
  WITH threshold
  MATCH (x:Agency)
  WHERE x.reach_province_count >= threshold AND x.reach_province_count > 0
  RETURN x
}
RETURN x.name AS actor,
       x.key AS actor_key,
       labels(x)[0] AS label,
       x.reach_province_count AS province_count,
       x.reach_provinces AS provinces,
       x.reach_events AS event_count,
       x.reach_partners AS partners
ORDER BY province_count DESC, partners DESC, actor_key
LIMIT $limit
