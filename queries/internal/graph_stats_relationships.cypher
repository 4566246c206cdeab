// Relationship counts per type (the caller keeps the schema's fact types only).
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS total
