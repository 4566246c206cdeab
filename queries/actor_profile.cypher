// name: actor_profile
// description: One actor's profile: its attributes and aliases, how many releases mention it and how many relations it has, the first page of those releases (with the names each used) and of its relations (with their sources and evidence)
// param: actor: name (required) — the actor's name, one of its aliases, or its key (e.g. Agency:สำนักงานศึกษาธิการจังหวัดสุโขทัย)
// param: limit: int = 100 — at most this many relations, and this many releases
// param: skip: int = 0 — leave out this many relations first (the next page)
// example: edugraph query actor_profile --param actor="กมลวรรณ ศรีบุญเรือง"
// example: edugraph query actor_profile --param actor=กสศ. --format json
// example: edugraph query actor_profile --param actor=กสศ. --param skip=100
// note: a name shared by two nodes (a Person and an Agency) gives one row each; relations are sorted by type and other end, releases come unsorted
// note: the name is looked up in the name index the importer keeps (NameKey), never by scanning nodes
// One branch per relation type and direction: FalkorDB 4.16 follows one type
// at a time tens of times faster than a list of types (a hub: 0.4 ms against 20 ms).
MATCH (:NameKey {key: $actor})-[:NAMES]->(n)
WITH n
// How many relations of each type (counted, the other ends unread, with count(*)
// rather than count(r): FalkorDB 4.16 counts unbound relations three times
// faster, 1 against 3 ms for a hub's 7,000 mentions): relations
// are sorted by type first, so these counts say which types the page holds,
// and only those are read and sorted (a hub's page 1 need not sort its
// thousands of signings when the types before fill it).
CALL {
  WITH n MATCH (n)-[:CHAIRED]->() RETURN 0 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:CHAIRED]-() RETURN 0 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:HELD_IN]->() RETURN 1 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:HELD_IN]-() RETURN 1 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:HOLDS_POSITION]->() RETURN 2 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:HOLDS_POSITION]-() RETURN 2 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:LOCATED_IN]->() RETURN 3 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:LOCATED_IN]-() RETURN 3 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:ORGANIZED]->() RETURN 4 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:ORGANIZED]-() RETURN 4 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:PARTICIPATED]->() RETURN 5 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:PARTICIPATED]-() RETURN 5 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:PART_OF]->() RETURN 6 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:PART_OF]-() RETURN 6 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:PILOT_OF]->() RETURN 7 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:PILOT_OF]-() RETURN 7 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:SIGNED]->() RETURN 8 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:SIGNED]-() RETURN 8 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:SPOKE_AT]->() RETURN 9 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:SPOKE_AT]-() RETURN 9 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:SUPPORTED]->() RETURN 10 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:SUPPORTED]-() RETURN 10 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)-[:WITNESSED]->() RETURN 11 AS type_index, count(*) AS found
  UNION ALL
  WITH n MATCH (n)<-[:WITNESSED]-() RETURN 11 AS type_index, count(*) AS found
}
WITH n, type_index, sum(found) AS found
WITH n, collect({type_index: type_index, found: found}) AS per_type
WITH n, per_type, toInteger(reduce(total = 0, t IN per_type | total + t.found)) AS relation_count
WITH n, relation_count,
     [i IN range(0, 11)
      WHERE reduce(before = 0, t IN per_type | before + CASE WHEN t.type_index < i THEN t.found ELSE 0 END) < $skip + $limit
        AND reduce(upto = 0, t IN per_type | upto + CASE WHEN t.type_index <= i THEN t.found ELSE 0 END) > $skip] AS types
CALL {
  WITH n, types
  CALL {
    WITH n, types WITH n WHERE 0 IN types MATCH (n)-[r:CHAIRED]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 0 IN types MATCH (n)<-[r:CHAIRED]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 1 IN types MATCH (n)-[r:HELD_IN]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 1 IN types MATCH (n)<-[r:HELD_IN]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 2 IN types MATCH (n)-[r:HOLDS_POSITION]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 2 IN types MATCH (n)<-[r:HOLDS_POSITION]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 3 IN types MATCH (n)-[r:LOCATED_IN]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 3 IN types MATCH (n)<-[r:LOCATED_IN]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 4 IN types MATCH (n)-[r:ORGANIZED]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 4 IN types MATCH (n)<-[r:ORGANIZED]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 5 IN types MATCH (n)-[r:PARTICIPATED]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 5 IN types MATCH (n)<-[r:PARTICIPATED]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 6 IN types MATCH (n)-[r:PART_OF]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 6 IN types MATCH (n)<-[r:PART_OF]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 7 IN types MATCH (n)-[r:PILOT_OF]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 7 IN types MATCH (n)<-[r:PILOT_OF]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 8 IN types MATCH (n)-[r:SIGNED]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 8 IN types MATCH (n)<-[r:SIGNED]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 9 IN types MATCH (n)-[r:SPOKE_AT]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 9 IN types MATCH (n)<-[r:SPOKE_AT]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 10 IN types MATCH (n)-[r:SUPPORTED]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 10 IN types MATCH (n)<-[r:SUPPORTED]-(m) RETURN r, m, 'in' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 11 IN types MATCH (n)-[r:WITNESSED]->(m) RETURN r, m, 'out' AS direction
    UNION ALL
    WITH n, types WITH n WHERE 11 IN types MATCH (n)<-[r:WITNESSED]-(m) RETURN r, m, 'in' AS direction
  }
  WITH n, r, m, direction
  ORDER BY type(r), m.key
  SKIP $skip
  LIMIT $limit
  RETURN collect({relation: type(r), direction: direction,
                  other: m.name, other_key: m.key, other_label: labels(m)[0],
                  sources: r.sources, evidence: r.evidence, titles: r.titles}) AS relations
}
CALL {
  WITH n
  MATCH (n)<-[:MENTIONS]-()
  RETURN count(*) AS document_count
}
CALL {
  WITH n
  MATCH (n)<-[mention:MENTIONS]-(d)
  WITH d, mention
  LIMIT $limit
  RETURN collect({source: d.key, title: d.title, names: mention.names}) AS documents
}
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
       document_count,
       relation_count,
       documents,
       relations
ORDER BY key
