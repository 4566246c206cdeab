"""Reading Cypher files shipped in queries/ by name.

``queries/*.cypher`` are the canned queries analysts run; ``queries/internal``
holds the store's own statements (schema, writes, withdrawal).  Both are read
here so that no Cypher text lives anywhere else in the code.

>>> "MATCH" in internal_cypher("_selftest").upper()
True
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from edugraph.errors import QueryError

QUERY_DIR = Path(__file__).parent
INTERNAL_DIR = QUERY_DIR / "internal"
_SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _read(folder: Path, name: str) -> str:
    if not _SAFE_NAME.match(name):
        raise QueryError(f"not a query name: {name!r}")
    path = folder / f"{name}.cypher"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise QueryError(f"no Cypher file {path.name} in {folder}") from err


@functools.cache
def internal_cypher(name: str) -> str:
    """The text of ``queries/internal/<name>.cypher`` (cached)."""
    return _read(INTERNAL_DIR, name)


@functools.cache
def internal_statement(name: str) -> str:
    """``queries/internal/<name>.cypher`` without its ``//`` comment lines (cached).

    >>> internal_statement("count_label")
    'MATCH (n:{label}) RETURN count(n) AS total'
    """
    return "\n".join(line for line in internal_cypher(name).splitlines()
                     if not line.lstrip().startswith("//")).strip()

