// Rebuild, step 1: mark every node of one label as missing from the name
// lookup (the other derived properties are all set again by the rebuild).
// Derived properties are never set to null: FalkorDB 4.16 may drop another
// property of the node when several present properties are removed at once.
// {label} comes from the schema.
MATCH (n:{label})
SET n.indexed_names = ''
