// Projections, before a batch: the provinces the given agencies are located in.
UNWIND $agencies AS key
MATCH (:Agency {key: key})-[:LOCATED_IN]->(pv:Province)
RETURN DISTINCT pv.key AS province
