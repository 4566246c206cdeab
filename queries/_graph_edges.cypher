// name: _graph_edges
// description: Every relationship with its type and properties, for the networkx view (edugraph.graph.nxgraph); MENTIONS only on request
// param: include_documents: bool = false — also the MENTIONS relationships of Document nodes
MATCH (a)-[r]->(b)
WHERE $include_documents OR type(r) <> 'MENTIONS'
RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS properties
ORDER BY source, type, target
