// One node by key, with the documents that mention it, the names each used, and
// the resolver's decision that put that document's entity in this node.
// {label} comes from the schema.
MATCH (n:{label} {key: $key})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(n)
WITH n, d, m ORDER BY coalesce(d.published, '') DESC, d.key
RETURN properties(n) AS properties,
       collect(CASE WHEN d IS NULL THEN null ELSE
         {source: d.key, title: d.title, published: d.published, url: d.url,
          names: m.names, local_id: m.local_id,
          rule: m.rule, score: m.score, evidence: m.evidence} END) AS documents
