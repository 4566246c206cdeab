// Name lookup: before delete_orphans, drop the entries that name only nodes
// about to be deleted (no MENTIONS left), with their trigram links, in the
// same unit, so that an import stopped after the deletion leaves no entry
// behind.  Nodes are found through their key entries (any label).
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(n)
WHERE n.key = key
OPTIONAL MATCH (n)<-[m:MENTIONS]-(:Document)
WITH n, count(m) AS mentions
WHERE mentions = 0
WITH collect(n) AS orphans
UNWIND orphans AS n
MATCH (k:NameKey)-[:NAMES]->(n)
WITH DISTINCT k, orphans
OPTIONAL MATCH (k)-[:NAMES]->(named)
WITH k, orphans, collect(named) AS names
WHERE all(x IN names WHERE x IN orphans)
OPTIONAL MATCH (g:NameGram)-[:GRAM_OF]->(k)
SET g.size = g.size - 1
WITH DISTINCT k
DETACH DELETE k
