// Every node with its label and properties, for the networkx view (edugraph.graph.nxgraph);
// Document nodes only when $include_documents.
MATCH (n)
WHERE $include_documents OR NOT n:Document
RETURN n.key AS key, labels(n)[0] AS label, properties(n) AS properties
ORDER BY key
