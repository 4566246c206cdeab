// Withdrawal, step 0: mark the documents incomplete (hash null) and every node
// they mention `stale`, in one atomic statement.  Should the import stop
// before the unit ends, the next run redoes these documents and repairs the
// stale nodes (deletes them if orphaned, re-derives their properties), so an
// interrupted import converges on FalkorDB, which has no multi-statement
// transactions.  (On Neo4j the whole unit is one transaction anyway.)
UNWIND $sources AS source
MATCH (d:Document {key: source})
SET d.hash = null
WITH d
MATCH (d)-[:MENTIONS]->(n)
SET n.stale = true
