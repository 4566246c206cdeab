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
// The page is a stretch of the (year, province name) order: its first and last
// rows bound it, which each event row checks with four values (a list of the
// page's rows, carried on each of thousands of event rows, cost more than the
// reading: FalkorDB copies it with each row).
WITH collect({year: year, name: pv.name}) AS page, collect(DISTINCT pv) AS provinces,
     collect(DISTINCT year) AS years
WITH page[0].year AS first_year, page[0].name AS first_name,
     page[size(page) - 1].year AS last_year, page[size(page) - 1].name AS last_name,
     provinces, years
// The page's events are read one of two ways, whichever reads fewer (from the
// counts per province and year the importer keeps): each province of the page
// walked once, or each year of the page read from the Event.date index (the
// first page over all provinces is fifty provinces in one year).
CALL {
  WITH years, provinces
  // (one province: walking it never reads more than its years over every province)
  WITH years WHERE size(provinces) > 1
  MATCH (other:Province)
  UNWIND range(0, size(coalesce(other.event_years, [])) - 1) AS i
  WITH years, other.event_years[i] AS year, other.event_year_counts[i] AS held
  WHERE year IN years
  RETURN sum(held) AS by_year
}
WITH first_year, first_name, last_year, last_name, provinces, years, by_year,
     CASE WHEN size(provinces) > 1
       THEN reduce(total = 0, pv IN provinces | total + reduce(held = 0, c IN coalesce(pv.event_year_counts, []) | held + c))
       ELSE 0 END AS by_province
CALL {
  WITH first_year, first_name, last_year, last_name, provinces, by_year, by_province
  WITH first_year, first_name, last_year, last_name, provinces WHERE by_province <= by_year
  UNWIND provinces AS pv
  MATCH (pv)<-[:HELD_IN]-(e:Event)
  WHERE e.date IS NOT NULL
    AND ($since IS NULL OR e.date >= $since)
    AND ($until IS NULL OR e.date <= $until)
  WITH first_year, first_name, last_year, last_name, pv, e, toInteger(substring(e.date, 0, 4)) AS year
  WHERE (year > first_year OR (year = first_year AND pv.name >= first_name))
    AND (year < last_year OR (year = last_year AND pv.name <= last_name))
  RETURN pv, year, e
  UNION ALL
  WITH first_year, first_name, last_year, last_name, years, by_year, by_province
  WITH first_year, first_name, last_year, last_name, years WHERE by_province > by_year
  UNWIND years AS year
  // Both bounds as whole dates, and the year checked again apart from the index:
  // FalkorDB 4.16's string index scan may ignore an upper bound (all later
  // dates come back for `e.date < '2020'`).
  MATCH (e:Event)
  WHERE e.date >= toString(year) + '-01-01' AND e.date <= toString(year) + '-12-31'
  WITH first_year, first_name, last_year, last_name, year, e
  WHERE toInteger(substring(e.date, 0, 4)) = year
    AND ($since IS NULL OR e.date >= $since)
    AND ($until IS NULL OR e.date <= $until)
  MATCH (e)-[:HELD_IN]->(pv:Province)
  WITH first_year, first_name, last_year, last_name, pv, year, e
  WHERE (year > first_year OR (year = first_year AND pv.name >= first_name))
    AND (year < last_year OR (year = last_year AND pv.name <= last_name))
  RETURN pv, year, e
}
// (sorted on values read once, and only the listed events made into maps)
WITH pv, year, e, e.date AS date, e.key AS key
ORDER BY date, key
WITH pv, year, collect(e) AS events
// (only the rows chosen from the kept years: the bounds would also let in a
// year the derived data does not hold yet)
WHERE year IN coalesce(pv.event_years, [])
RETURN year, pv.name AS province, size(events) AS event_count,
       [e IN events[0..$per_row] | {date: e.date, event_type: e.event_type, title: coalesce(e.title, e.name), key: e.key}] AS events
ORDER BY year, province
