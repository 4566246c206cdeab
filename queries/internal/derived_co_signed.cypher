// Every CO_SIGNED edge with its properties, sorted.
MATCH (a)-[c:CO_SIGNED]->(b)
RETURN a.key AS a, b.key AS b, properties(c) AS properties
ORDER BY a, b
