// Withdrawal, step 2: remove the withdrawn documents from the remaining facts,
// keeping `sources`, `evidence` and `titles` aligned.
UNWIND $sources AS source
MATCH (:Document {key: source})-[:MENTIONS]->()-[r]->()
WHERE source IN r.sources
WITH r, collect(DISTINCT source) AS gone
WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] IN gone] AS keep
SET r.sources = [i IN keep | r.sources[i]],
    r.evidence = [i IN keep | r.evidence[i]],
    r.titles = [i IN keep | r.titles[i]]
