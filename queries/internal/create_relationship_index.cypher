// FalkorDB: a relationship index a projection's query seeks on.
// {type} and {property} come from edugraph.graph.store.base.PROJECTION_INDEXES only.
CREATE INDEX FOR ()-[r:{type}]-() ON (r.{property})
