// Node counts per label (the caller keeps the schema's labels only).
MATCH (n)
RETURN labels(n)[0] AS label, count(n) AS total
