// Neo4j: a relationship index a projection's query seeks on.
// {type} and {property} come from edugraph.graph.store.base.PROJECTION_INDEXES only.
CREATE INDEX edugraph_{type}_{property} IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.{property})
