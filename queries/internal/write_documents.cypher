// One Document node per release.  Its hash is NOT set here: set_hashes runs
// after all of the document's facts are written (docs/ARCHITECTURE.md §2).
// `record` is the document's contract record as JSON: identity resolution is
// recomputed from every stored document's record (edugraph.graph.resolve).
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d.source = row.source,
    d.title = row.title,
    d.published = row.published,
    d.url = row.url,
    d.origin = row.origin,
    d.record = row.record,
    d.imported_at = row.imported_at
