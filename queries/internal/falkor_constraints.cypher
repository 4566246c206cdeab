// Every constraint of the graph (FalkorDB's own procedure).
CALL db.constraints()
