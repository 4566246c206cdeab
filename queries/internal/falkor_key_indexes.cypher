// The labels whose key property has an index (FalkorDB's own procedure).
CALL db.indexes() YIELD label, properties
WHERE 'key' IN properties
RETURN label
