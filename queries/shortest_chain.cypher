// name: shortest_chain
// description: The shortest chain of facts linking two actors (any direction, up to 8 steps): one row per step, with the relation to the next step and its sources
// param: from_actor: name (required) — the first actor: name, alias or key
// param: to_actor: name (required) — the second actor: name, alias or key
// example: edugraph query shortest_chain --param from_actor="กมลวรรณ ศรีบุญเรือง" --param to_actor=มหาวิทยาลัยราชภัฏศรีสะเกษ
// needs: undirected_shortest_path — FalkorDB has no undirected shortestPath (and takes shortestPath only in WITH/RETURN), so a store without it gets the chain from a bidirectional breadth-first search in the store, bounded at 8 steps (edugraph.graph.paths, through edugraph.graph.canned)
// note: the bound of 8 steps is fixed in the pattern because Neo4j takes no parameter there; when several chains are equally short, one of them is shown; both ends are found through the name index (NameKey)
MATCH (:NameKey {key: $from_actor})-[:NAMES]->(a)
MATCH (:NameKey {key: $to_actor})-[:NAMES]->(b)
WITH a, b
WHERE a <> b
MATCH p = shortestPath((a)-[:SIGNED|WITNESSED|CHAIRED|ORGANIZED|SUPPORTED|SPOKE_AT|PARTICIPATED|PILOT_OF|PART_OF|HOLDS_POSITION|HELD_IN|LOCATED_IN*..8]-(b))
WITH p
ORDER BY length(p)
LIMIT 1
UNWIND range(0, length(p)) AS step
WITH step, nodes(p)[step] AS n, CASE WHEN step < length(p) THEN relationships(p)[step] END AS r
RETURN step,
       n.key AS key,
       labels(n)[0] AS label,
       n.name AS name,
       type(r) AS relation,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       r.sources AS sources
ORDER BY step
