// Nodes of one label left `stale` by an interrupted import (see mark_stale).
// {label} comes from the schema.
MATCH (n:{label})
WHERE n.stale = true
RETURN n.key AS key
