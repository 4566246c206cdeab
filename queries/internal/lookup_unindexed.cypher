// Name lookup repair: nodes of one label whose names changed after the lookup
// was last written for them (an import stopped between the two).
// {label} comes from the schema.
MATCH (n:{label})
WHERE n.indexed_names IS NULL OR n.indexed_names <> n.search
RETURN n.key AS key
