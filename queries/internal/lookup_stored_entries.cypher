// Name lookup: which of the given NameKey entries are stored already (those
// are linked to their grams; lookup_add_entries creates only the others).
UNWIND $keys AS key
MATCH (k:NameKey {key: key})
RETURN k.key AS key
