// The name lookup's trigram links, sorted.
MATCH (g:NameGram)-[:GRAM_OF]->(k:NameKey)
RETURN g.key AS gram, k.key AS entry
ORDER BY gram, entry
