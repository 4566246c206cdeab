// Rebuild: delete the name lookup's nodes of one derived label in batches of $batch.
MATCH (n:{label})
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
