// Take the import lock over from a holder that died on this host (the
// caller checked its pid): only while that dead holder still owns it.
MATCH (l:{label} {key: $name})
WHERE l.owner = $previous
SET l.owner = $owner, l.holder = $holder, l.host = $host, l.pid = $pid, l.started = $started,
    l.expires = timestamp() + $ttl
RETURN true AS acquired, l.holder AS holder
