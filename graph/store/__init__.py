"""Graph stores: the embedded FalkorDB (default) and Neo4j, behind one interface.

>>> resolve_target(None, environ={}.get)
'embedded'
>>> resolve_target(None, environ={"NEO4J_URI": "bolt://db:7687"}.get)
'bolt://db:7687'
>>> resolve_target("embedded", environ={"NEO4J_URI": "bolt://db:7687"}.get)
'embedded'
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from edugraph.errors import StoreError
from edugraph.graph.store.base import GraphStore
from edugraph.settings import data_home

EMBEDDED_TARGETS = ("embedded", "falkordb")

__all__ = ["GraphStore", "open_store", "resolve_target"]


def resolve_target(target: str | None,
                   environ: Callable[[str], str | None] = os.environ.get) -> str:
    """The store a command uses: ``target`` > ``$EDUGRAPH_STORE`` > ``$NEO4J_URI`` > embedded."""
    return target or environ("EDUGRAPH_STORE") or environ("NEO4J_URI") or "embedded"


def open_store(target: str | None = None, *, home: Path | None = None) -> GraphStore:
    """Open the store named by ``target``.

    ``None``, ``"embedded"`` or ``"falkordb"``: the embedded FalkorDB of the
    data directory ``home`` (default :func:`edugraph.settings.data_home`),
    started if needed.  A ``bolt://``, ``neo4j://``, ``neo4j+s://`` ... URI:
    Neo4j, with ``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` from
    the environment.
    """
    from edugraph.graph.store.neo4j_store import is_neo4j_uri, open_neo4j

    if target is None or target.strip().lower() in EMBEDDED_TARGETS:
        from edugraph.graph.store.falkor import FalkorStore

        return FalkorStore(data_home(home))
    if is_neo4j_uri(target):
        return open_neo4j(target)
    shown = target.split("@")[-1]          # never echo user information
    raise StoreError(f"unknown store {shown!r}: use 'embedded' or a Neo4j URI "
                     "(bolt://, neo4j://, neo4j+s:// ...)")
