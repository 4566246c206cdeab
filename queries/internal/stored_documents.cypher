// Every stored release: its key, content hash (null while incomplete) and origin file.
MATCH (d:Document)
RETURN d.key AS source, d.hash AS hash, d.origin AS origin
