// The nodes a set of documents mention (they may be left orphaned by a withdrawal).
UNWIND $sources AS source
MATCH (:Document {key: source})-[:MENTIONS]->(n)
RETURN DISTINCT labels(n)[0] AS label, n.key AS key
