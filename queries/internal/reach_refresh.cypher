// Actor reach (derived, for brokers and agencies_most_provinces): for every
// person and agency given, or taking part in one of the given events, the
// provinces its events were held in (sorted names), how many such events,
// and how many distinct other actors took part in them.  An actor with no
// event held in a province gets 0 and [] (never null: FalkorDB 4.16 may drop
// another property when several present ones are removed at once); the
// queries skip province counts of 0.
CALL {
  UNWIND $events AS key
  MATCH (:Event {key: key})<-[:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED]-(x)
  RETURN x
  UNION
  UNWIND $people AS key
  MATCH (x:Person {key: key})
  RETURN x
  UNION
  UNWIND $agencies AS key
  MATCH (x:Agency {key: key})
  RETURN x
}
WITH DISTINCT x
OPTIONAL MATCH (x)-[:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED]->(e:Event)-[:HELD_IN]->(pv:Province)
WITH x, e, pv ORDER BY pv.name
WITH x, collect(DISTINCT pv.name) AS provinces, collect(DISTINCT e) AS events
CALL {
  WITH x, events
  UNWIND events AS e
  MATCH (e)<-[:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED]-(y)
  WHERE y <> x
  RETURN count(DISTINCT y) AS partners
}
SET x.reach_provinces = provinces,
    x.reach_province_count = size(provinces),
    x.reach_events = size(events),
    x.reach_partners = partners
