// Name lookup repair: nodes of one label whose lookup entries are pending
// (a withdrawal began and the import stopped before the lookup was written,
// or the store predates the lookup).  {label} comes from the schema.
MATCH (n:{label})
WHERE n.indexed_names IS NULL OR n.indexed_names = ''
RETURN n.key AS key
