// name: search_names
// description: Find actors by a part of a name or alias, in Thai (spaces and Thai digits do not matter, Latin letters any case); exact names first
// param: text: name (required) — the part of the name to look for
// param: label: label = null — only this type (Person, Agency, Province, Programme, Event)
// param: limit: int = 20 — at most this many rows
// example: edugraph query search_names --param text=กสศ
// example: edugraph query search_names --param text="ศึกษาธิการจังหวัด" --param label=Agency
MATCH (n)
WHERE (n:Person OR n:Agency OR n:Province OR n:Programme OR n:Event)
  AND toLower(n.search) CONTAINS toLower($text)
  AND ($label IS NULL OR labels(n)[0] = $label)
RETURN n.key AS key,
       labels(n)[0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       toLower($text) IN split(toLower(n.search), '|') AS exact,
       size([(d:Document)-[:MENTIONS]->(n) | d]) AS documents
ORDER BY exact DESC, documents DESC, size(name), key
LIMIT $limit
