// name: timeline
// description: A timeline of events per province and year: how many were held, with each event's date, type and title
// param: province: province = null — only this province
// param: since: date = null — ISO date (or Buddhist Era year), inclusive
// param: until: date = null — ISO date (or Buddhist Era year), inclusive
// example: edugraph query timeline
// example: edugraph query timeline --param province=ศรีสะเกษ --format json
// note: only dated events held in a province (HELD_IN) are counted
// From the (77 at most) provinces out, so that one province never scans every event.
MATCH (pv:Province)
WHERE $province IS NULL OR $province IN split(pv.search, '|')
MATCH (pv)<-[:HELD_IN]-(e:Event)
WHERE e.date IS NOT NULL
  AND ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
WITH pv, e
ORDER BY e.date, e.key
WITH pv.name AS province,
     toInteger(substring(e.date, 0, 4)) AS year,
     collect({date: e.date, event_type: e.event_type, title: coalesce(e.title, e.name), key: e.key}) AS events
RETURN year, province, size(events) AS event_count, events
ORDER BY year, province
