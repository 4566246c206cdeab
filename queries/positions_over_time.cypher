// name: positions_over_time
// description: People and their positions over time: each HOLDS_POSITION source with the position's wording, the agency and the date of the release (or of its earliest event when the release has no date)
// param: person: name = null — the person's key, or a part of a name or alias
// param: limit: int = 100 — at most this many rows
// example: edugraph query positions_over_time --param person=กมลวรรณ
// note: a person is found through the importer's name index (NameKey) and trigram index (NameGram), as search_names; without one, the first people by key
CALL {
  UNWIND CASE WHEN $person IS NULL THEN [true] ELSE [] END AS everyone
  // Sorted first, then checked one by one until $limit have a position: the
  // positions of only the first people are read, not of every person.
  MATCH (p:Person)
  WITH p
  ORDER BY p.key
  WITH p, size([(p)-[:HOLDS_POSITION]->(a:Agency) | a]) AS held
  WHERE held > 0
  WITH p
  LIMIT $limit
  RETURN p
  UNION
  UNWIND CASE WHEN $person IS NULL THEN [] ELSE [$person] END AS wanted
  MATCH (:NameKey {key: wanted})-[:NAMES]->(p:Person)
  RETURN p
  UNION
  UNWIND [i IN range(0, size(coalesce($person, '')) - 3) | substring(toLower($person), i, 3)] AS gram
  MATCH (g:NameGram {key: gram})
  WITH g
  ORDER BY g.size
  LIMIT 1
  MATCH (g)-[:GRAM_OF]->(k:NameKey)-[:NAMES]->(p:Person)
  WHERE coalesce(k.form, k.key) CONTAINS $person
  RETURN p
  UNION
  // Two characters: the pair's own entry (one seek), one: a prefix of trigrams (a scan).
  UNWIND CASE WHEN size(coalesce($person, '')) = 2 THEN [toLower($person)] ELSE [] END AS pair
  MATCH (g:NameGram {key: pair})
  MATCH (g)-[:GRAM_OF]->(k:NameKey)-[:NAMES]->(p:Person)
  WHERE coalesce(k.form, k.key) CONTAINS $person
  RETURN p
  UNION
  UNWIND CASE WHEN size(coalesce($person, '')) = 1 THEN [toLower($person)] ELSE [] END AS prefix
  MATCH (g:NameGram)
  WHERE g.key STARTS WITH prefix
  MATCH (g)-[:GRAM_OF]->(k:NameKey)-[:NAMES]->(p:Person)
  WHERE coalesce(k.form, k.key) CONTAINS $person
  RETURN p
}
// Rows come sorted by person first, so the first $limit people hold the first $limit rows.
WITH DISTINCT p
ORDER BY p.key
LIMIT $limit
MATCH (p)-[h:HOLDS_POSITION]->(a:Agency)
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
