// Which entities each document mentions, as bare keys grouped by document (no
// MENTIONS properties): for a reader that needs only the pairs (the HTML view).
// 60,000 mentions of 3,000 releases come back as 3,000 rows, in a fraction of
// the time of one row per mention with its properties.
MATCH (d:Document)-[:MENTIONS]->(e)
RETURN d.key AS source, collect(e.key) AS targets
