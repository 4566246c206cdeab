// The normalised names each document gave each node of one label: what the
// alias resolver matches new names against.  {label} comes from the schema.
MATCH (d:Document)-[m:MENTIONS]->(n:{label})
RETURN d.key AS document, n.key AS key, n.name AS name, m.norms AS norms
