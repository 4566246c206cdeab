// name: positions_over_time
// description: People and their positions over time: each HOLDS_POSITION source with the position's wording, the agency and the date of the release (or of its earliest event when the release has no date)
// param: person: name = null — the person's key, or a part of a name or alias
// param: limit: int = 500 — at most this many rows
// example: edugraph query positions_over_time --param person=กมลวรรณ
MATCH (p:Person)-[h:HOLDS_POSITION]->(a:Agency)
WHERE $person IS NULL OR p.key = $person OR p.search CONTAINS $person
UNWIND range(0, size(h.sources) - 1) AS i
OPTIONAL MATCH (d:Document {key: h.sources[i]})
WITH p, a, h, i, d,
     reduce(earliest = null,
            day IN [(d)-[:MENTIONS]->(ev:Event) WHERE ev.date IS NOT NULL | ev.date] |
            CASE WHEN earliest IS NULL OR day < earliest THEN day ELSE earliest END) AS first_event
RETURN p.name AS person,
       p.key AS person_key,
       coalesce(d.published, first_event) AS as_of,
       h.titles[i] AS position,
       a.name AS agency,
       a.key AS agency_key,
       h.sources[i] AS source
ORDER BY person_key, as_of, agency_key, source
LIMIT $limit
