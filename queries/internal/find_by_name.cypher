// Nodes of one label whose normalised name or alias contains $text.
// {label} comes from the schema.
MATCH (n:{label})
WHERE n.search CONTAINS $text
RETURN n.key AS key, n.name AS name, n.search AS search
ORDER BY key
LIMIT 50
