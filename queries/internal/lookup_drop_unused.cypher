// Name lookup, step 5: entries that name no node any more, with their trigram links.
UNWIND $keys AS key
MATCH (k:NameKey {key: key})
OPTIONAL MATCH (k)-[r:NAMES]->()
WITH k, count(r) AS uses
WHERE uses = 0
OPTIONAL MATCH (g:NameGram)-[:GRAM_OF]->(k)
SET g.size = g.size - 1
WITH DISTINCT k
DETACH DELETE k
