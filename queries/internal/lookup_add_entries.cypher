// Name lookup, step 2: NameKey entries (a normalised name or alias, or a node
// key; a name too long for a key is keyed by its start and a hash, whole in `form`) and, for a name, the NameGram nodes of its lower-case character
// trigrams; both computed by edugraph.graph.projections, never in Cypher.
// `size` on a NameGram counts its entries: a selectivity hint for partial
// search, rebuilt exactly by `edugraph rebuild-projections`.
UNWIND $rows AS row
MERGE (k:NameKey {key: row.key})
ON CREATE SET k.grams = size(row.grams), k.form = row.form
WITH k, row
UNWIND row.grams AS gram
MERGE (g:NameGram {key: gram})
MERGE (g)-[:GRAM_OF]->(k)
ON CREATE SET g.size = coalesce(g.size, 0) + 1
