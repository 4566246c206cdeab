"""Graph stores: the embedded FalkorDB (default) and Neo4j, behind one interface.

:data:`STORES` lists the adapters, in the order they are asked whether they
handle a target: a new store is a new adapter class (``handles``, ``open``,
``describe_target`` and the capability attributes of
:class:`~edugraph.graph.store.base.GraphStore`) plus one line there.  The
caller passes every setting (data directory, Neo4j credentials, query
limits): nothing here reads the environment.

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

from edugraph.errors import EmptyStoreError, StoreError
from edugraph.graph.store.base import GraphStore, QueryLimits
from edugraph.graph.store.falkor import FalkorStore
from edugraph.graph.store.neo4j_store import Neo4jStore

#: The store adapters, asked in this order whether they handle a target.
STORES: tuple[type[GraphStore], ...] = (FalkorStore, Neo4jStore)

__all__ = ["GraphStore", "QueryLimits", "STORES", "describe_target", "names_a_store", "open_store",
           "open_store_for_reading"]


def _adapter(target: str) -> type[GraphStore] | None:
    return next((store for store in STORES if store.handles(target)), None)


def names_a_store(target: str) -> bool:
    """Whether ``target`` names a store rather than a data directory: an adapter handles it, or it
    is a URI (one no adapter handles fails to open as an unknown store, not as a missing folder)."""
    return _adapter(target) is not None or "://" in target


def open_store(target: str | None = None, *, home: Path | None = None,
               settings: Mapping[str, str | None] | None = None,
               limits: QueryLimits | None = None) -> GraphStore:
    """Open the store named by ``target``.

    ``None``, ``"embedded"`` or ``"falkordb"``: the embedded FalkorDB of the
    data directory ``home``, started if needed.  A ``bolt://``, ``neo4j://``,
    ``neo4j+s://`` ... URI: Neo4j, with ``settings`` ``user``, ``password``
    and ``database`` (:func:`edugraph.settings.neo4j_settings`).  Either runs
    its queries within ``limits`` (:func:`edugraph.settings.query_limits`;
    default :class:`QueryLimits`).
    """
    target = "embedded" if target is None else target
    adapter = _adapter(target)
    if adapter is None:
        shown = target.split("@")[-1]          # never echo user information
        raise StoreError(f"unknown store {shown!r}: use 'embedded' or a Neo4j URI "
                         "(bolt://, neo4j://, neo4j+s:// ...)")
    return adapter.open(target, home=home, settings=dict(settings or {}),
                        limits=limits or QueryLimits())


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


def open_store_for_reading(target: str | None = None, *, home: Path | None = None,
                           settings: Mapping[str, str | None] | None = None,
                           limits: QueryLimits | None = None,
                           require_documents: bool = True) -> GraphStore:
    """Open the store named by ``target`` (as :func:`open_store`) for a read command.

    Raises :class:`~edugraph.errors.EmptyStoreError` when the store holds no
    document (unless not ``require_documents``: ``stats`` counts zeros).  An
    embedded data directory that was never written is reported so without
    starting a server or creating the directory.
    """
    from edugraph.constants import DOCUMENT_LABEL
    from edugraph.graph.store.base import schema_template
    from edugraph.graph.store.embedded import server_paths

    target = "embedded" if target is None else target
    if FalkorStore.handles(target) and home is not None and not server_paths(Path(home)).dir.is_dir():
        raise EmptyStoreError(f"the store at {Path(home).resolve()} is empty: run edugraph import first")
    store = open_store(target, home=home, settings=settings, limits=limits)
    if not require_documents:
        return store
    try:
        [row] = store.read(schema_template("count_label", label=DOCUMENT_LABEL))
        if not row["total"]:
            where = getattr(store, "home", None) or store.description
            raise EmptyStoreError(f"the store at {where} is empty: run edugraph import first")
    except BaseException:
        store.close()
        raise
    return store
