// Extend the import lock while its holder is still working.
MATCH (l:{label} {key: $name})
WHERE l.owner = $owner
SET l.expires = timestamp() + $ttl
RETURN true AS acquired, l.holder AS holder
