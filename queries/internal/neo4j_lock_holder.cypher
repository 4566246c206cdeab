// Who holds the import lock, and for how long yet (milliseconds; negative: expired).
MATCH (l:{label} {key: $name})
WHERE l.owner IS NOT NULL
RETURN l.holder AS holder, l.host AS host, l.pid AS pid, l.started AS started,
       l.expires - timestamp() AS remaining
