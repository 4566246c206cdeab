// name: actor_profile
// description: One actor's profile: its attributes and aliases, the releases that mention it (with the names each used), and every relation with its sources and evidence
// param: actor: name (required) — the actor's name, one of its aliases, or its key (e.g. Agency:สำนักงานศึกษาธิการจังหวัดสุโขทัย)
// example: edugraph query actor_profile --param actor="กมลวรรณ ศรีบุญเรือง"
// example: edugraph query actor_profile --param actor=กสศ. --format json
// note: a name shared by two nodes (a Person and an Agency) gives one row each; relations are sorted by type and other end, documents come unsorted
MATCH (n)
WHERE (n:Person OR n:Agency OR n:Province OR n:Programme OR n:Event)
  AND (n.key = $actor OR $actor IN split(n.search, '|'))
// Relations are gathered first, then the documents by a pattern comprehension:
// carrying one list through the rows of the other made a hub's profile grow
// with documents × relations (tens of GB on a 100k-node graph).
OPTIONAL MATCH (n)-[r]-(m)
WHERE NOT m:Document
WITH n, r, m
ORDER BY type(r), m.key
WITH n,
     collect(CASE WHEN r IS NULL THEN null
                  ELSE {relation: type(r),
                        direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
                        other: m.name, other_key: m.key, other_label: labels(m)[0],
                        sources: r.sources, evidence: r.evidence, titles: r.titles} END) AS relations
WITH n, relations,
     [(d:Document)-[mention:MENTIONS]->(n) | {source: d.key, title: d.title, names: mention.names}] AS documents
RETURN n.key AS key,
       labels(n)[0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       CASE labels(n)[0]
         WHEN 'Person' THEN n {.title, .position}
         WHEN 'Agency' THEN n {.kind}
         WHEN 'Programme' THEN n {.phase}
         WHEN 'Event' THEN n {.event_type, .date, .end_date, .title, .venue, .province}
         ELSE {}
       END AS attributes,
       documents,
       relations
ORDER BY key
