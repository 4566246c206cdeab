// Fact relationships of one type between two labels, one per (head, type, tail);
// each row appends its sources (with aligned evidence and titles) that the
// relationship does not list yet.  {type}, {head}, {tail} come from the schema.
UNWIND $rows AS row
MATCH (h:{head} {key: row.head})
MATCH (t:{tail} {key: row.tail})
MERGE (h)-[r:{type}]->(t)
WITH r, row, coalesce(r.sources, []) AS known
WITH r, row, known, [i IN range(0, size(row.sources) - 1) WHERE NOT row.sources[i] IN known] AS fresh
SET r.sources = known + [i IN fresh | row.sources[i]],
    r.evidence = coalesce(r.evidence, []) + [i IN fresh | row.evidence[i]],
    r.titles = coalesce(r.titles, []) + [i IN fresh | row.titles[i]]
