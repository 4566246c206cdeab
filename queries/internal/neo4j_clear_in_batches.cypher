// Empty a Neo4j database in batches (auto-commit transaction; tests only).
// `CALL (n) { ... }` is the variable-scope subquery of Neo4j 5.23+ (`CALL { WITH n ... }` is deprecated).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
