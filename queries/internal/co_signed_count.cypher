// How many CO_SIGNED edges there are.
MATCH ()-[c:CO_SIGNED]->()
RETURN count(c) AS total
