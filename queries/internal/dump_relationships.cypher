// Every relationship with its ends' keys and its properties (canonical dumps).
MATCH (h)-[r]->(t)
RETURN h.key AS head, type(r) AS type, t.key AS tail, properties(r) AS properties
