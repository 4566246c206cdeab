// FalkorDB: the exact-match index a uniqueness constraint needs first.
// {label} is filled from the validated schema only.
CREATE INDEX FOR (n:{label}) ON (n.key)
