// name: signatories
// description: The signatories of an event (people and agencies that SIGNED it), chosen by date, province or part of its title — or of every signing when nothing is given
// param: date: date = null — the event's date (ISO, or Buddhist Era year)
// param: province: province = null — the province the event was held in
// param: event: name = null — the event's key, or a part of its title
// param: limit: int = 100 — at most this many rows
// example: edugraph query signatories --param province=ศรีสะเกษ --param date=2024-07-15
// example: edugraph query signatories --param event=Event:signing:2024-07-15:ศรีสะเกษ --format csv
// note: events are found through the name index (NameKey, NameGram) or from the province; with neither, the first dated signings by date
CALL {
  // (UNWIND, not a null key: FalkorDB scans every NameKey for a null parameter)
  UNWIND CASE WHEN $event IS NULL THEN [] ELSE [$event] END AS wanted
  MATCH (:NameKey {key: wanted})-[:NAMES]->(e:Event)
  RETURN e
  UNION
  UNWIND [i IN range(0, size(coalesce($event, '')) - 3) | substring(toLower($event), i, 3)] AS gram
  MATCH (g:NameGram {key: gram})
  WITH g
  ORDER BY g.size
  LIMIT 1
  MATCH (g)-[:GRAM_OF]->(k:NameKey)-[:NAMES]->(e:Event)
  WHERE coalesce(k.form, k.key) CONTAINS $event
  RETURN e
  UNION
  UNWIND CASE WHEN $event IS NULL AND $province IS NOT NULL THEN [$province] ELSE [] END AS province
  MATCH (:NameKey {key: province})-[:NAMES]->(:Province)<-[:HELD_IN]-(e:Event)
  RETURN e
  UNION
  UNWIND CASE WHEN $event IS NULL AND $province IS NULL THEN [true] ELSE [] END AS every
  // Dated events in order (sorting keys is cheap), then the first $limit that
  // have signatories: the signatories are looked up only until those are found.
  MATCH (e:Event)
  WHERE e.date IS NOT NULL AND ($date IS NULL OR e.date = $date)
  WITH e
  ORDER BY e.date, e.key
  WITH e, size([(e)<-[:SIGNED]-() | 1]) AS signers
  WHERE signers > 0
  WITH e
  LIMIT $limit
  RETURN e
}
WITH DISTINCT e
WHERE $date IS NULL OR e.date = $date
MATCH (e)<-[s:SIGNED]-(x)
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
