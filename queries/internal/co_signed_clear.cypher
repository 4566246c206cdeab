// CO_SIGNED (derived): drop the given pairs' edges before they are recomputed,
// so that a pair left with no shared signing loses its edge.
// {head} and {tail} come from the schema; head.key < tail.key.
UNWIND $pairs AS pair
MATCH (:{head} {key: pair.a})-[c:CO_SIGNED]->(:{tail} {key: pair.b})
DELETE c
