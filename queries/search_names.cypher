// name: search_names
// description: Find actors by a part of a name or alias, in Thai (spaces and Thai digits do not matter, Latin letters any case); exact names first
// param: text: name (required) — the part of the name to look for
// param: label: label = null — only this type (Person, Agency, Province, Programme, Event)
// param: limit: int = 20 — at most this many rows
// example: edugraph query search_names --param text=กสศ
// example: edugraph query search_names --param text="ศึกษาธิการจังหวัด" --param label=Agency
// note: a part of three characters or more is found through the importer's trigram index (NameGram: its rarest trigram, then a CONTAINS check), two characters through their pair's entry in that index, one character by a scan of the trigrams
CALL {
  MATCH (k:NameKey {key: $text})
  RETURN k
  UNION
  UNWIND [i IN range(0, size(coalesce($text, '')) - 3) | substring(toLower($text), i, 3)] AS gram
  MATCH (g:NameGram {key: gram})
  WITH g
  ORDER BY g.size
  LIMIT 1
  MATCH (g)-[:GRAM_OF]->(k:NameKey)
  RETURN k
  UNION
  // Two characters: the pair's own entry (one seek), one: a prefix of trigrams (a scan).
  UNWIND CASE WHEN size(coalesce($text, '')) = 2 THEN [toLower($text)] ELSE [] END AS pair
  MATCH (g:NameGram {key: pair})
  MATCH (g)-[:GRAM_OF]->(k:NameKey)
  RETURN k
  UNION
  UNWIND CASE WHEN size(coalesce($text, '')) = 1 THEN [toLower($text)] ELSE [] END AS prefix
  MATCH (g:NameGram)
  WHERE g.key STARTS WITH prefix
  MATCH (g)-[:GRAM_OF]->(k:NameKey)
  RETURN k
}
WITH k
WHERE toLower(coalesce(k.form, k.key)) CONTAINS toLower($text)
MATCH (k)-[:NAMES]->(n)
WHERE $label IS NULL OR labels(n)[0] = $label
WITH DISTINCT n
// Counted, not collected: a hub is mentioned by thousands of releases (and
// count(*) on an unbound relation: three times faster in FalkorDB 4.16).
CALL {
  WITH n
  MATCH (n)<-[:MENTIONS]-()
  RETURN count(*) AS documents
}
RETURN n.key AS key,
       labels(n)[0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       toLower($text) IN split(toLower(n.search), '|') AS exact,
       documents
ORDER BY exact DESC, documents DESC, size(name), key
LIMIT $limit
