// name: programme_pilots
// description: The pilots of a programme (agencies and provinces that are PILOT_OF it), with where each pilot is located
// param: programme: name (required) — the programme's key, or a part of its name or of an alias
// param: limit: int = 500 — at most this many rows
// example: edugraph query programme_pilots --param programme=ศรีสะเกษ
// note: a part of a name may match several programmes; each row names its programme
MATCH (g:Programme)<-[pilot:PILOT_OF]-(x)
WHERE g.key = $programme OR g.search CONTAINS $programme
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
