// Every stored document's contract record (JSON): what identity resolution is computed from.
MATCH (d:Document)
RETURN d.key AS key, d.record AS record
