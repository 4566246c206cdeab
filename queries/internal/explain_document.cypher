// One Document by key, with the entities it mentions and the names it used.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (d)-[m:MENTIONS]->(n)
WITH d, n, m ORDER BY n.key
RETURN properties(d) AS properties,
       collect(CASE WHEN n IS NULL THEN null ELSE
         {key: n.key, label: labels(n)[0], name: n.name, names: m.names} END) AS entities
