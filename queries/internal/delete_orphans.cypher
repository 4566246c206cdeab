// Delete the given nodes of one label that no document mentions any more.
UNWIND $keys AS key
MATCH (n:{label} {key: key})
OPTIONAL MATCH (n)<-[m:MENTIONS]-(:Document)
WITH n, count(m) AS mentions
WHERE mentions = 0
DETACH DELETE n
