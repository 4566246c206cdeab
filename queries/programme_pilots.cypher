// name: programme_pilots
// description: The pilots of a programme (agencies and provinces that are PILOT_OF it), with where each pilot is located
// param: programme: name (required) — the programme's key, or a part of its name or of an alias
// param: limit: int = 100 — at most this many rows
// example: edugraph query programme_pilots --param programme=ศรีสะเกษ
// note: a part of a name may match several programmes; each row names its programme
// note: found through the importer's name index (NameKey) and trigram index (NameGram), as search_names
CALL {
  MATCH (k:NameKey {key: $programme})
  RETURN k
  UNION
  UNWIND [i IN range(0, size(coalesce($programme, '')) - 3) | substring(toLower($programme), i, 3)] AS gram
  MATCH (g:NameGram {key: gram})
  WITH g
  ORDER BY g.size
  LIMIT 1
  MATCH (g)-[:GRAM_OF]->(k:NameKey)
  WHERE coalesce(k.form, k.key) CONTAINS $programme
  RETURN k
  UNION
  // Two characters: the pair's own entry (one seek), one: a prefix of trigrams (a scan).
  UNWIND CASE WHEN size(coalesce($programme, '')) = 2 THEN [toLower($programme)] ELSE [] END AS pair
  MATCH (g:NameGram {key: pair})
  MATCH (g)-[:GRAM_OF]->(k:NameKey)
  WHERE coalesce(k.form, k.key) CONTAINS $programme
  RETURN k
  UNION
  UNWIND CASE WHEN size(coalesce($programme, '')) = 1 THEN [toLower($programme)] ELSE [] END AS prefix
  MATCH (g:NameGram)
  WHERE g.key STARTS WITH prefix
  MATCH (g)-[:GRAM_OF]->(k:NameKey)
  WHERE coalesce(k.form, k.key) CONTAINS $programme
  RETURN k
}
// (a projection first: FalkorDB 4.16 would re-scan a variable returned by CALL {} that a MATCH uses directly)
WITH DISTINCT k
MATCH (k)-[:NAMES]->(g:Programme)
WITH DISTINCT g
MATCH (g)<-[pilot:PILOT_OF]-(x)
RETURN g.name AS programme,
       g.key AS programme_key,
       labels(x)[0] AS label,
       x.name AS pilot,
       x.key AS pilot_key,
       x.kind AS kind,
       head([(x)-[:LOCATED_IN]->(located:Province) | located.name]) AS located_in,
       pilot.sources AS sources
ORDER BY programme_key, label, pilot_key
LIMIT $limit
