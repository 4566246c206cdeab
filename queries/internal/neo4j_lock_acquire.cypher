// Claim the import lock when it is free, expired or already ours.
// Setting `claimed_at` first takes the node's write lock, so two
// acquirers serialise and the second sees the first one's claim.
// Times are the server's (timestamp(), milliseconds): no client clock skew.
// The holder's host, pid and process start time let a run on the same host
// see that the holder died (neo4j_lock_take_over).
MERGE (l:{label} {key: $name})
SET l.claimed_at = timestamp()
WITH l, (l.owner IS NULL OR l.expires < timestamp() OR l.owner = $owner) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.host = CASE WHEN free THEN $host ELSE l.host END,
    l.pid = CASE WHEN free THEN $pid ELSE l.pid END,
    l.started = CASE WHEN free THEN $started ELSE l.started END,
    l.expires = CASE WHEN free THEN timestamp() + $ttl ELSE l.expires END
RETURN free AS acquired, l.owner AS owner, l.holder AS holder, l.host AS host, l.pid AS pid,
       l.started AS started, l.expires - timestamp() AS remaining
