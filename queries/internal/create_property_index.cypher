// FalkorDB: a secondary index a projection's query seeks on.
// {label} and {property} come from edugraph.graph.store.base.PROJECTION_INDEXES only.
CREATE INDEX FOR (n:{label}) ON (n.{property})
