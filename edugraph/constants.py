"""Values several layers share, defined once (every layer may import this module).

The graph model's names (``DOCUMENT_LABEL``, ``MENTIONS``) are also the
defaults of ``graph/schema.yaml``'s ``document`` section.
"""
from __future__ import annotations

#: The package version (also ``edugraph.__version__``; pyproject.toml says the same).
VERSION = "0.1.0"

#: The label of the node each source document becomes.
DOCUMENT_LABEL = "Document"
#: The relationship from a Document to each entity it mentions.
MENTIONS = "MENTIONS"
#: Largest document read: a file, or one line of a .jsonl file (``--max-bytes``).
DEFAULT_MAX_BYTES = 5_000_000
