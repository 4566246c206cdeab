// Empty the graph (tests only; edugraph never calls it by itself).
MATCH (n) DETACH DELETE n
