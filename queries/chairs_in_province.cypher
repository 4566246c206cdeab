// name: chairs_in_province
// description: Who chaired the events held in a province, optionally within a date range
// param: province: province (required) — the province, with or without จังหวัด
// param: since: date = null — ISO date (or Buddhist Era year), inclusive
// param: until: date = null — ISO date (or Buddhist Era year), inclusive
// param: limit: int = 100 — at most this many rows
// example: edugraph query chairs_in_province --param province=ศรีสะเกษ
// example: edugraph query chairs_in_province --param province=ลำปาง --param since=2023-01-01 --param until=2023-12-31
// note: an event counts for the province it was HELD_IN; events without a date are left out when since or until is given
MATCH (:NameKey {key: $province})-[:NAMES]->(pv:Province)
// (a WITH, so that the plan starts from the province found by index, not from every Event)
WITH pv
MATCH (pv)<-[:HELD_IN]-(e:Event)<-[c:CHAIRED]-(p:Person)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
RETURN pv.name AS province,
       e.date AS date,
       e.event_type AS event_type,
       coalesce(e.title, e.name) AS event,
       e.key AS event_key,
       p.name AS chair,
       p.key AS chair_key,
       p.position AS position,
       c.sources AS sources
ORDER BY date, event_key, chair_key
LIMIT $limit
