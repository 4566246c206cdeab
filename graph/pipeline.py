"""Sources → hash check → extraction → import: what ``edugraph import`` runs.

The content hash of every source is compared with the stored one *before*
extraction, so re-importing unchanged documents costs a file read and a hash,
never an extraction or a store write.  New and changed documents are
extracted and written in batches (see :mod:`edugraph.graph.importer`).

Pruning (``prune=True``) withdraws stored documents that this run's paths
would have produced but did not: their source id is one of the paths, or
lies under one (``<path>/...`` for folders, ``<path>#...`` for records of a
JSON file), the way :func:`~edugraph.loaders.sources.iter_sources` names
them.  Importing folder B therefore never prunes folder A's documents, and a
document that is present but quarantined this time keeps its stored version.

>>> under_paths("news/a.txt", ["news"]), under_paths("news2/a.txt", ["news"])
(True, False)
>>> under_paths("feed.jsonl#thaigov-1", ["feed.jsonl"])
True
"""
from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Callable, Iterable

from edugraph.graph.importer import DEFAULT_BATCH_SIZE, Importer
from edugraph.graph.store.base import GraphStore

DEFAULT_MAX_BYTES = 5_000_000

#: ``progress(event, source_id)`` with event one of "unchanged", "extracted",
#: "quarantined", "removed".
Progress = Callable[[str, str], None]


@dataclass
class RunResult:
    """The outcome of one ``edugraph import`` run."""

    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0
    documents_removed: int = 0
    documents_quarantined: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_removed: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    relationships_removed: int = 0
    quarantined: list[dict] = field(default_factory=list)   # [{"source", "reason", "origin"}]
    duration_seconds: float = 0.0
    store: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _given(path: str | os.PathLike) -> str:
    return PurePath(path).as_posix()


def under_paths(source_id: str, paths: Iterable[str | os.PathLike]) -> bool:
    """Whether ``source_id`` is one a run over ``paths`` would produce."""
    for path in paths:
        given = _given(path)
        if source_id == given or source_id.startswith(given.rstrip("/") + "/") \
                or source_id.startswith(given + "#"):
            return True
    return False


def run_import(paths: Iterable[str | os.PathLike], store: GraphStore, *, prune: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
               wait: bool = False, batch_size: int = DEFAULT_BATCH_SIZE,
               extract: Callable | None = None) -> RunResult:
    """Import every document under ``paths`` into ``store``, incrementally.

    Holds the store's import lock for the whole run: another import running
    raises :class:`~edugraph.errors.LockHeldError` unless ``wait``.  A source
    that cannot be read or extracted, or whose record breaks the contract, is
    quarantined with its reason and never stops the others.
    ``extract`` (default :func:`edugraph.loaders.extract_document`) turns a
    ``SourceDocument`` into a record.
    """
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import Quarantined, iter_sources

    started = time.monotonic()
    paths = list(paths)
    extract = extract or extract_document
    report = progress or (lambda event, source: None)
    result = RunResult(store=store.description)
    sources = iter_sources(paths, max_bytes=max_bytes)

    def set_aside(source: str, reason: str, origin: str | None) -> None:
        result.quarantined.append({"source": source, "reason": reason, "origin": origin})
        report("quarantined", source)

    with store.import_lock(wait=wait):
        importer = Importer(store, batch_size=batch_size)
        seen: set[str] = set()
        for item in sources:
            seen.add(item.source_id)
            if isinstance(item, Quarantined):
                set_aside(item.source_id, item.reason, item.origin)
                continue
            if importer.is_current(item.source_id, item.content_hash):
                importer.result.documents_unchanged += 1
                report("unchanged", item.source_id)
                continue
            try:
                record = extract(item)
            except Exception as err:  # noqa: BLE001 — one document's failure must not stop the rest
                set_aside(item.source_id,
                          " ".join(f"extraction failed: {type(err).__name__}: {err}".split()), item.origin)
                continue
            record["origin"] = item.origin
            rejected_before = len(importer.result.rejected)
            importer.add(record)
            if len(importer.result.rejected) > rejected_before:
                reason = importer.result.rejected.pop()["reason"]
                set_aside(item.source_id, f"extraction broke the contract: {reason}", item.origin)
            else:
                report("extracted", item.source_id)
        importer.flush()
        if prune:
            # A JSON file quarantined as a whole still holds its records.
            set_aside_files = [q["source"] for q in result.quarantined]
            gone = sorted(
                source for source in importer.known
                if source not in seen and under_paths(source, paths)
                and not under_paths(source, set_aside_files))
            importer.withdraw(gone)
            importer.flush()
            for source in gone:
                report("removed", source)

    counts = importer.result
    for name in ("documents_new", "documents_changed", "documents_unchanged", "documents_removed",
                 "nodes_created", "nodes_updated", "nodes_removed", "relationships_created",
                 "relationships_updated", "relationships_removed"):
        setattr(result, name, getattr(counts, name))
    result.documents_quarantined = len(result.quarantined)
    result.duration_seconds = round(time.monotonic() - started, 3)
    return result
