"""Loaders: source files → contract records (pure functions, no store).

:func:`extract_document` turns one :class:`~edugraph.loaders.sources.SourceDocument`
into the record of ``shared/design/ANNOTATION.md`` plus ``source``, ``title``,
``url`` and ``hash``; :func:`extract_to_folder` does it for every document
under some paths and writes one JSON file per document and a quarantine list
(what ``edugraph extract`` runs).

>>> safe_file_name("002_919af7156d5b0178.txt")
'002_919af7156d5b0178.txt'
>>> safe_file_name("<script>; MATCH (n) DETACH DELETE n")
'script_MATCH_n_DETACH_DELETE_n-...'
>>> safe_file_name("สพฐ. ข่าว")
'สพฐ._ข่าว-...'
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from edugraph.errors import ExtractionError, InputError, RunInterrupted
from edugraph.loaders.sources import DEFAULT_MAX_BYTES, Quarantined, SourceDocument, iter_sources

__all__ = ["extract_document", "extract_to_folder", "safe_file_name", "QUARANTINE_FILE"]

QUARANTINE_FILE = "quarantine.jsonl"
_MAX_NAME_CHARS = 120


def _extractor():
    try:
        from edugraph.loaders.extract import extract
    except ImportError as err:
        raise ExtractionError(f"the extractor edugraph.loaders.extract cannot be loaded: {err}") from err
    return extract


def extract_document(source: SourceDocument) -> dict:
    """The contract record for ``source``, with ``source``, ``title``, ``url`` and ``hash`` added."""
    record = _extractor()(source.text, doc=source.doc, title=source.title, published=source.published)
    record["source"] = source.source_id
    record["title"] = source.title
    record["url"] = source.url
    record["hash"] = source.content_hash
    return record


def safe_file_name(doc: str) -> str:
    """A file name (without folder) for a document id: letters, marks, digits, ``.``, ``-``, ``_``, ``#``.

    Any changed or shortened name gets a short hash of the original, so two
    different ids never share a file.
    """
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" or c in ".-_#" else "_" for c in doc)
    kept = re.sub(r"_{2,}", "_", kept).strip("_") or "document"
    if kept.startswith("."):
        kept = "_" + kept
    if kept == doc and len(kept) <= _MAX_NAME_CHARS:
        return kept
    digest = hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8]
    return f"{kept[:_MAX_NAME_CHARS]}-{digest}"


def _unique_path(out: Path, doc: str, taken: set[str]) -> Path:
    name = safe_file_name(doc)
    candidate, counter = name, 1
    while candidate.casefold() in taken:  # case-insensitive file systems too
        counter += 1
        candidate = f"{name}~{counter}"
    taken.add(candidate.casefold())
    return out / f"{candidate}.json"


def extract_to_folder(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *,
                      max_bytes: int = DEFAULT_MAX_BYTES,
                      chrome: str | os.PathLike | None = None) -> tuple[int, list[Quarantined]]:
    """Extract every document under ``paths`` into ``out``; returns (documents written, quarantined).

    Writes ``out/<doc>.json`` per document (UTF-8, the doc id made safe as a
    file name) and ``out/quarantine.jsonl`` with ``{"source", "reason"}`` per
    input that was set aside (the file is written, empty, when none was).
    A document whose extraction fails is quarantined; the others go on.
    ``chrome`` names a YAML file of extra site-chrome patterns.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} exists and is not a folder")
    sources = iter_sources(paths, max_bytes=max_bytes, chrome=chrome)
    _extractor()  # fail before writing anything when the extractor itself is broken
    out.mkdir(parents=True, exist_ok=True)
    written, quarantined, taken = 0, [], set()
    with (out / QUARANTINE_FILE).open("w", encoding="utf-8") as quarantine:
        def set_aside(item: Quarantined) -> None:
            quarantined.append(item)
            quarantine.write(json.dumps({"source": item.source_id, "reason": item.reason}, ensure_ascii=False) + "\n")

        for item in sources:
            if isinstance(item, Quarantined):
                set_aside(item)
                continue
            try:
                record = extract_document(item)
            except RunInterrupted:
                raise
            except Exception as err:  # noqa: BLE001 — one document's failure must not stop the rest
                set_aside(Quarantined(item.source_id, " ".join(f"extraction failed: {type(err).__name__}: {err}".split()),
                                      item.origin, item.content_hash))
                continue
            target = _unique_path(out, item.doc, taken)
            target.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written += 1
    return written, quarantined
