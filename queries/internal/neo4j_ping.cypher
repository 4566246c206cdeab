// Opens the configured database: a wrong NEO4J_DATABASE fails here, at connect time.
RETURN 1 AS ok
