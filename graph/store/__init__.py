"""Graph stores: the embedded FalkorDB (default) and Neo4j, behind one interface.

:data:`STORES` lists the adapters, in the order they are asked whether they
handle a target: a new store is a new adapter class (``handles``, ``open``,
``describe_target`` and the capability attributes of
:class:`~edugraph.graph.store.base.GraphStore`) plus one line there.  The
caller passes every setting (data directory, Neo4j credentials): nothing here
reads the environment.

>>> describe_target("bolt://neo4j:hunter2@db.example:7687", Path("/data"))
'bolt://db.example:7687/(default database)'
>>> describe_target("mysql://root:hunter2@db.example/x", Path("/data"))
'mysql://db.example/x'
>>> describe_target("embedded", Path("/data"))
'falkordb (embedded) at /data'
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from edugraph.errors import StoreError
from edugraph.graph.store.base import GraphStore
from edugraph.graph.store.falkor import FalkorStore
from edugraph.graph.store.neo4j_store import Neo4jStore

#: The store adapters, asked in this order whether they handle a target.
STORES: tuple[type[GraphStore], ...] = (FalkorStore, Neo4jStore)

__all__ = ["GraphStore", "STORES", "describe_target", "open_store"]


def _adapter(target: str) -> type[GraphStore] | None:
    return next((store for store in STORES if store.handles(target)), None)


def open_store(target: str | None = None, *, home: Path | None = None,
               settings: Mapping[str, str | None] | None = None) -> GraphStore:
    """Open the store named by ``target``.

    ``None``, ``"embedded"`` or ``"falkordb"``: the embedded FalkorDB of the
    data directory ``home``, started if needed.  A ``bolt://``, ``neo4j://``,
    ``neo4j+s://`` ... URI: Neo4j, with ``settings`` ``user``, ``password``
    and ``database`` (:func:`edugraph.settings.neo4j_settings`).
    """
    target = "embedded" if target is None else target
    adapter = _adapter(target)
    if adapter is None:
        shown = target.split("@")[-1]          # never echo user information
        raise StoreError(f"unknown store {shown!r}: use 'embedded' or a Neo4j URI "
                         "(bolt://, neo4j://, neo4j+s:// ...)")
    return adapter.open(target, home=home, settings=dict(settings or {}))


def describe_target(target: str, home: Path | None,
                    settings: Mapping[str, str | None] | None = None) -> str:
    """How a report names a store it could not open: as the store would, never with user information."""
    adapter = _adapter(target)
    if adapter is not None:
        return adapter.describe_target(target, home=home, settings=dict(settings or {}))
    parts = urlsplit(target)
    if parts.scheme and parts.netloc:
        return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}{parts.path}"
    return target.rsplit("@", 1)[-1]
