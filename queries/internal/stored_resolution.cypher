// What every stored document's MENTIONS say about identity: the node, the local ids
// of the entities it stands for, and the resolver's rule, score and evidence.  The
// importer rewrites a document whose answer differs from the current resolution.
MATCH (d:Document)-[m:MENTIONS]->(n)
RETURN d.key AS document, n.key AS key, m.local_ids AS local_ids, m.rule AS rule,
       m.score AS score, m.evidence AS evidence
