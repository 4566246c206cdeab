// Every actor's type, key, name and aliases: what a "did you mean" hint
// suggests from when a name given to a query, explain or render matches nothing.
MATCH (n)
WHERE n:Person OR n:Agency OR n:Province OR n:Programme OR n:Event
RETURN labels(n)[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
