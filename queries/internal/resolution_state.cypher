// Which judgements the stored graph was last resolved with (a digest), kept on one
// node outside the graph model (no schema label: dumps, stats and views never see it).
// An import with nothing to write skips re-resolving when the digest is unchanged.
OPTIONAL MATCH (s:EdugraphState {key: 'resolution'})
RETURN s.judgements AS judgements
