// Rebuild: delete CO_SIGNED edges in batches of $batch.
MATCH ()-[c:CO_SIGNED]->()
WITH c LIMIT $batch
DELETE c
RETURN count(*) AS deleted
