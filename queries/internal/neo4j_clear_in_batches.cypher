// Empty a Neo4j database in batches (auto-commit transaction; tests only).
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
