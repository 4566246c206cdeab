// Record the digest of the judgements the stored graph is now resolved with
// (see resolution_state).
MERGE (s:EdugraphState {key: 'resolution'})
SET s.judgements = $judgements
