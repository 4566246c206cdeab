// How many nodes carry one label; {label} comes from the schema.
MATCH (n:{label}) RETURN count(n) AS total
