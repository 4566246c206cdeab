// One Document node per release.  Its hash is NOT set here: set_hashes runs
// after all of the document's facts are written (docs/ARCHITECTURE.md §2).
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d.source = row.source,
    d.title = row.title,
    d.published = row.published,
    d.url = row.url,
    d.origin = row.origin,
    d.imported_at = row.imported_at
