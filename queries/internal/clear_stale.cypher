// The last cleanup step for refreshed nodes of one label: clear the `stale` mark
// (mark_stale) in a statement of its own.  FalkorDB 4.16 was seen to leave the mark
// on an Event that refresh_events had just re-derived (all its other properties
// set) when the same unit had re-created its only MENTIONS.  {label} comes from the schema.
UNWIND $keys AS key
MATCH (n:{label} {key: key})
WHERE n.stale IS NOT NULL
SET n.stale = null
