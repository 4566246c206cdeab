// name: signatories
// description: The signatories of an event (people and agencies that SIGNED it), chosen by date, province or part of its title — or of every signing when nothing is given
// param: date: date = null — the event's date (ISO, or Buddhist Era year)
// param: province: province = null — the province the event was held in
// param: event: name = null — the event's key, or a part of its title
// param: limit: int = 500 — at most this many rows
// example: edugraph query signatories --param province=ศรีสะเกษ --param date=2024-07-15
// example: edugraph query signatories --param event=Event:signing:2024-07-15:ศรีสะเกษ --format csv
MATCH (e:Event)<-[s:SIGNED]-(x)
WHERE ($date IS NULL OR e.date = $date)
  AND ($event IS NULL OR e.key = $event OR e.search CONTAINS $event)
OPTIONAL MATCH (e)-[:HELD_IN]->(held:Province)
WITH e, s, x, held
WHERE $province IS NULL OR $province IN split(held.search, '|')
RETURN e.date AS date,
       held.name AS province,
       coalesce(e.title, e.name) AS event,
       e.key AS event_key,
       labels(x)[0] AS label,
       x.name AS signatory,
       x.key AS signatory_key,
       s.sources AS sources
ORDER BY date, event_key, label, signatory_key
LIMIT $limit
