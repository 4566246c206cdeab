// Claim the import lock when it is free, expired or already ours.
// Setting `claimed_at` first takes the node's write lock, so two
// acquirers serialise and the second sees the first one's claim.
// Times are the server's (timestamp(), milliseconds): no client clock skew.
MERGE (l:{label} {key: $name})
SET l.claimed_at = timestamp()
WITH l, (l.owner IS NULL OR l.expires < timestamp() OR l.owner = $owner) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.holder = CASE WHEN free THEN $host ELSE l.holder END,
    l.expires = CASE WHEN free THEN timestamp() + $ttl ELSE l.expires END
RETURN free AS acquired, l.holder AS holder
