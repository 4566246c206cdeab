// Every relationship with its type and properties, for the networkx view (edugraph.graph.nxgraph);
// MENTIONS only when $include_documents.  Derived relationships (NAMES,
// GRAM_OF, CO_SIGNED: edugraph.graph.projections) are left out.
// Not ordered: the reader sorts.
MATCH (a)-[r]->(b)
WHERE ($include_documents OR type(r) <> 'MENTIONS') AND NOT type(r) IN ['NAMES', 'GRAM_OF', 'CO_SIGNED']
RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS properties
