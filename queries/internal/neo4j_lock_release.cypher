// Give the import lock back (only its owner can).
MATCH (l:{label} {key: $name})
WHERE l.owner = $owner
DELETE l
RETURN true AS acquired, $host AS holder
