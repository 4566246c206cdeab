// Every index of the graph: its label (or relationship type) and properties
// (FalkorDB's own procedure; ensure_schema creates the missing ones).
CALL db.indexes() YIELD label, properties
RETURN label, properties
