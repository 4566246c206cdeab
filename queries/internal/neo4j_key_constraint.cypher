// Neo4j: uniqueness of every node's key (the constraint brings its own index).
// {label} is filled from the validated schema only.
CREATE CONSTRAINT edugraph_{label}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE
