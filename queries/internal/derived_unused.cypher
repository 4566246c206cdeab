// Name lookup entries that name no node (there should be none).
MATCH (k:NameKey)
OPTIONAL MATCH (k)-[r:NAMES]->()
WITH k, count(r) AS uses
WHERE uses = 0
RETURN k.key AS key
ORDER BY key
