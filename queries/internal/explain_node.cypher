// One node by key, with the documents that mention it and the names each used.
// {label} comes from the schema.
MATCH (n:{label} {key: $key})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(n)
WITH n, d, m ORDER BY coalesce(d.published, '') DESC, d.key
RETURN properties(n) AS properties,
       collect(CASE WHEN d IS NULL THEN null ELSE
         {source: d.key, title: d.title, published: d.published, url: d.url,
          names: m.names, local_id: m.local_id} END) AS documents
