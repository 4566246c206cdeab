// Every node with its label and properties (canonical dumps, exports).
MATCH (n)
RETURN labels(n)[0] AS label, properties(n) AS properties
