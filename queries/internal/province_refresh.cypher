// Province activity (derived): for the given provinces, those the given events
// are held in and those the given agencies are located in: the programmes of
// the province (sorted names; see programmes_by_province) and its dated
// events per year (aligned lists of years and counts); empty lists and 0 rather
// than null (see reach_refresh).
CALL {
  UNWIND $provinces AS key
  MATCH (pv:Province {key: key})
  RETURN pv
  UNION
  UNWIND $events AS key
  MATCH (:Event {key: key})-[:HELD_IN]->(pv:Province)
  RETURN pv
  UNION
  UNWIND $agencies AS key
  MATCH (:Agency {key: key})-[:LOCATED_IN]->(pv:Province)
  RETURN pv
}
WITH DISTINCT pv
CALL {
  WITH pv
  WITH [(pv)-[:PILOT_OF]->(g1:Programme) | g1.name]
       + [(pv)<-[:HELD_IN]-(:Event)-[:PART_OF]->(g2:Programme) | g2.name]
       + [(pv)<-[:LOCATED_IN]-(:Agency)-[:PILOT_OF|ORGANIZED]->(g3:Programme) | g3.name] AS found
  UNWIND found AS programme
  WITH DISTINCT programme ORDER BY programme
  RETURN collect(programme) AS programmes
}
CALL {
  WITH pv
  MATCH (pv)<-[:HELD_IN]-(e:Event)
  WHERE e.date IS NOT NULL
  WITH toInteger(substring(e.date, 0, 4)) AS year, count(DISTINCT e) AS held
  ORDER BY year
  RETURN collect(year) AS years, collect(held) AS counts
}
SET pv.programmes = programmes,
    pv.programme_count = size(programmes),
    pv.event_years = years,
    pv.event_year_counts = counts
