// Entities of one label and the MENTIONS from their documents.  `name` is only
// set on creation (it made the key); every other property is derived from the
// MENTIONS by refresh_entities / refresh_events.  {label} comes from the schema.
UNWIND $rows AS row
MATCH (d:Document {key: row.document})
MERGE (n:{label} {key: row.key})
ON CREATE SET n.name = row.name
MERGE (d)-[m:MENTIONS]->(n)
SET m += row.mention
