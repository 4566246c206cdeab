// Withdrawal, step 3: delete the Document nodes and, with them, their MENTIONS.
UNWIND $sources AS source
MATCH (d:Document {key: source})
DETACH DELETE d
