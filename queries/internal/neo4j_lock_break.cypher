// Remove the import lock whoever holds it (edugraph unlock: a person said it is stale).
MATCH (l:{label} {key: $name})
WITH l, l.holder AS holder
DELETE l
RETURN holder
