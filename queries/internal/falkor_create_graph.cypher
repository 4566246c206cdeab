// Creates the graph when it does not exist yet (FalkorDB refuses read-only queries on a
// missing graph); changes nothing.
RETURN 0
