// Withdrawal, step 1: delete the fact relationships whose every source is a
// withdrawn document.  A fact's head is always mentioned by the document that
// states it, so the facts are found from the documents' MENTIONS.
UNWIND $sources AS source
MATCH (:Document {key: source})-[:MENTIONS]->()-[r]->()
WHERE source IN r.sources
WITH r, collect(DISTINCT source) AS gone
// (a separate WITH: FalkorDB cannot filter on an aggregate in the same WITH here)
WITH r, gone
WHERE all(s IN r.sources WHERE s IN gone)
DELETE r
