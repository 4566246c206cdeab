// name: timeline
// description: A timeline of events per province and year: how many were held, with each event's date, type and title
// param: province: province = null — only this province
// param: since: date = null — ISO date (or Buddhist Era year), inclusive
// param: until: date = null — ISO date (or Buddhist Era year), inclusive
// param: limit: int = 50 — at most this many (year, province) rows
// param: skip: int = 0 — leave out this many rows first (the next page)
// param: per_row: int = 20 — at most this many events listed in a row (event_count counts them all)
// example: edugraph query timeline
// example: edugraph query timeline --param province=ศรีสะเกษ --format json
// example: edugraph query timeline --param limit=5 --param per_row=1
// note: only dated events held in a province (HELD_IN) are counted; the rows are chosen from each province's years, which the importer keeps up to date (derived data: edugraph rebuild-projections recomputes them)
CALL {
  // (UNWIND, not a null key: FalkorDB scans every NameKey for a null parameter)
  UNWIND CASE WHEN $province IS NULL THEN [] ELSE [$province] END AS wanted
  MATCH (:NameKey {key: wanted})-[:NAMES]->(pv:Province)
  RETURN pv
  UNION
  MATCH (pv:Province)
  WHERE $province IS NULL
  RETURN pv
}
WITH pv
UNWIND coalesce(pv.event_years, []) AS year
WITH pv, year
WHERE ($since IS NULL OR year >= toInteger(substring($since, 0, 4)))
  AND ($until IS NULL OR year <= toInteger(substring($until, 0, 4)))
WITH pv, year
ORDER BY year, pv.name
SKIP $skip
LIMIT $limit
// Each province of the page is walked once, for all its years on the page.
WITH pv, collect(year) AS years
MATCH (pv)<-[:HELD_IN]-(e:Event)
WHERE e.date IS NOT NULL
  AND ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
WITH pv, years, e, toInteger(substring(e.date, 0, 4)) AS year
WHERE year IN years
WITH pv, year, e
ORDER BY e.date, e.key
WITH pv.name AS province, year,
     collect({date: e.date, event_type: e.event_type, title: coalesce(e.title, e.name), key: e.key}) AS events
RETURN year, province, size(events) AS event_count, events[0..$per_row] AS events
ORDER BY year, province
