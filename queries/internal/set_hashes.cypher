// The last write for a document: its content hash marks it complete.
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d.hash = row.hash
