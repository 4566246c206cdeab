// Before a withdrawal: forget which names the mentioned nodes have in the
// lookup, so that an import stopped before the batch's derived data is
// brought up to date finds these nodes again (edugraph.graph.projections).
UNWIND $sources AS source
MATCH (:Document {key: source})-[:MENTIONS]->(n)
SET n.indexed_names = ''
