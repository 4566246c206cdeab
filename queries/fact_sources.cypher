// name: fact_sources
// description: The releases and sentences behind one fact: every source of the relations between two actors (optionally of one type), with the release's title and date and the evidence sentence
// param: head: name (required) — one end of the fact: name, alias or key
// param: tail: name (required) — the other end: name, alias or key (events by key, e.g. Event:signing:2022-04-19:สุโขทัย)
// param: relation: relation = null — only this relation type, e.g. CHAIRED (any case)
// example: edugraph query fact_sources --param head="พงศ์พัฒน์ ธนสารวิริยะ" --param tail=Event:signing:2024-07-15:ศรีสะเกษ
// note: head and tail may be given in either order; the rows say which way the relation goes
MATCH (:NameKey {key: $head})-[:NAMES]->(a)
MATCH (:NameKey {key: $tail})-[:NAMES]->(b)
WITH a, b
MATCH (a)-[r:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED|PILOT_OF|PART_OF|HOLDS_POSITION|HELD_IN|LOCATED_IN]-(b)
WHERE $relation IS NULL OR type(r) = $relation
UNWIND range(0, size(r.sources) - 1) AS i
OPTIONAL MATCH (d:Document {key: r.sources[i]})
RETURN startNode(r).name AS head,
       type(r) AS relation,
       endNode(r).name AS tail,
       r.sources[i] AS source,
       d.title AS title,
       d.published AS published,
       d.url AS url,
       r.evidence[i] AS evidence,
       r.titles[i] AS position
ORDER BY relation, head, tail, source
