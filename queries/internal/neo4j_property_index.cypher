// Neo4j: a secondary index a projection's query seeks on.
// {label} and {property} come from edugraph.graph.store.base.PROJECTION_INDEXES only.
CREATE INDEX edugraph_{label}_{property} IF NOT EXISTS FOR (n:{label}) ON (n.{property})
