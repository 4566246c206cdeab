// The fact relationships around one node, with their sources.
// {label} comes from the schema.  Derived relationships (NAMES, CO_SIGNED) are not facts.
MATCH (n:{label} {key: $key})-[r]-(other)
WHERE NOT other:Document AND NOT other:NameKey AND type(r) <> 'CO_SIGNED'
RETURN type(r) AS type,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       other.key AS other, other.name AS other_name, r.sources AS sources
ORDER BY type, direction, other
