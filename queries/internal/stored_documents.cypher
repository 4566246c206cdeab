// Every stored release: its key, content hash (null while incomplete), origin file,
// and whether its record is stored (documents written before records were kept are redone).
MATCH (d:Document)
RETURN d.key AS source, d.hash AS hash, d.origin AS origin, d.record IS NOT NULL AS has_record
