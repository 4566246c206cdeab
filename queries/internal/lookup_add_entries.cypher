// Name lookup, step 2: new NameKey entries (a normalised name or alias, or a
// node key; a name too long for a key is keyed by its start and a hash, whole
// in `form`) and their links from the NameGram nodes of their lower-case
// character trigrams and pairs; both computed by edugraph.graph.projections,
// never in Cypher.  Only entries not stored yet come here (an entry gets all
// its links in the statement that creates it), so links are created, not
// merged.  `$grams` lists each distinct gram of the rows once, with the
// positions in `$rows` of the entries it belongs to: one index seek per gram
// instead of one per link, and each gram's `size` (its entries: a selectivity
// hint for partial search, rebuilt exactly by `edugraph rebuild-projections`)
// grows once.  The statement is atomic and its entries were all missing when
// the importer looked, so if its first entry exists it has already run (a unit
// run again after a lost connection, edugraph.retry): it then does nothing.
// `row.grams` is the entry's number of grams; a null `row.form`
// (the key is the whole name) is no property, in both stores.
WITH $rows[0].key AS first
OPTIONAL MATCH (done:NameKey {key: first})
WITH done WHERE done IS NULL
UNWIND $rows AS row
CREATE (k:NameKey {key: row.key, grams: row.grams, form: row.form})
WITH collect(k) AS entries WHERE size(entries) > 0
UNWIND $grams AS row
MERGE (g:NameGram {key: row.gram})
ON CREATE SET g.size = size(row.entries)
ON MATCH SET g.size = coalesce(g.size, 0) + size(row.entries)
WITH g, [i IN row.entries | entries[i]] AS named
UNWIND named AS k
CREATE (g)-[:GRAM_OF]->(k)
