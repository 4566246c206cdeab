// Every node with its label and properties, for the networkx view (edugraph.graph.nxgraph);
// Document nodes only when $include_documents.  The name index's NameKey and
// NameGram nodes are derived data (edugraph.graph.projections) and left out.
// Not ordered: the reader sorts.
MATCH (n)
WHERE ($include_documents OR NOT n:Document) AND NOT n:NameKey AND NOT n:NameGram
RETURN n.key AS key, labels(n)[0] AS label, properties(n) AS properties
