// Used by the store self-check and the docstring example of queries/files.py.
MATCH (n) RETURN count(n) AS nodes
