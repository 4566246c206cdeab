"""Files and folders → :class:`SourceDocument` or :class:`Quarantined`.

:func:`iter_sources` walks the paths it is given (folders recursively, in
sorted order, hidden entries skipped) and yields one item per document:

- ``.html``/``.htm``/``.xhtml``: the page's main text (trafilatura drops menus,
  comment forms, share buttons, related posts and footers), its title, and
  its publication date when the page's metadata gives one;
- ``.json`` (one record or a list) and ``.jsonl``/``.ndjson`` (one record a
  line): records with ``title``, ``body`` and optional ``url``, ``date``,
  ``id``; each record is its own document, a bad record is quarantined alone;
- ``.txt``/``.text`` and files without a suffix: plain text, whose first
  line (not a date alone) is the title.  A file of another type (``.pdf``,
  ``.md``, ``.docx``...) named on its own is quarantined as unsupported; met
  inside a folder it is passed over, so that a README or a picture beside the
  releases does not turn every nightly run into one with quarantined inputs.

``published`` is the date the metadata declares (JSON ``date``, HTML meta),
else the body's dateline (:func:`~edugraph.loaders.datelines.find_dateline`).

Bytes are decoded as UTF-8 (with or without BOM), UTF-16/32 with a BOM,
or legacy TIS-620/cp874 when they read as mostly Thai; charset-normalizer is
the last resort.  Text that cannot be decoded with confidence is quarantined,
never passed on as mojibake.  Every text then goes through
:func:`~edugraph.loaders.normalize.normalize_text` and
:func:`~edugraph.loaders.normalize.strip_chrome`.

A bad input never stops the others: it becomes a :class:`Quarantined` with a
one-line reason.

:func:`iter_pending_sources` stops before the cleaning (decoding, normalising,
chrome), most of the cost: it yields :class:`PendingDocument` items, read and
hashed, that ``finish()`` turns into what :func:`iter_sources` yields, so that
an importer cleans only new and changed documents, in its extraction processes.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("ข่าวดี\\nจังหวัดสตูล จัดประชุม\\nSpread the love", encoding="utf-8")
>>> _ = (folder / "b.txt").write_bytes(b"")
>>> for item in iter_sources([folder]):
...     said = item.reason if isinstance(item, Quarantined) else item.text.replace("\\n", " | ")
...     print(type(item).__name__, item.source_id.rsplit("/", 1)[-1], said)
SourceDocument a.txt ข่าวดี | จังหวัดสตูล จัดประชุม
Quarantined b.txt empty file
"""
from __future__ import annotations

import os
import stat
from pathlib import Path, PurePath
from typing import Iterable, Iterator

from edugraph.constants import DEFAULT_MAX_BYTES
from edugraph.errors import InputError, RunInterrupted, internal_reason
from edugraph.loaders.encoding import decode_bytes
from edugraph.loaders.normalize import load_chrome_patterns
from edugraph.loaders.source_formats import html_document, json_documents, jsonl_documents, text_document
from edugraph.loaders.source_items import Chrome, PendingDocument, Quarantined, Reject, SourceDocument, sha256

__all__ = ["SourceDocument", "PendingDocument", "Quarantined", "iter_sources", "iter_pending_sources", "decode_bytes",
           "DEFAULT_MAX_BYTES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ""}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
SUPPORTED = ".txt, .html, .htm, .json, .jsonl"


# --------------------------------------------------------------------- walk


def _walk(argument: Path) -> Iterator[tuple[str, Path]]:
    """(source id, path) for an argument: the file itself, or a folder's visible files sorted by relative path."""
    given = PurePath(argument).as_posix()
    if not argument.is_dir():
        yield given, argument
        return
    found = []
    for folder, dirnames, filenames in os.walk(argument):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in READABLE_SUFFIXES:
                path = Path(folder) / name
                found.append((path.relative_to(argument).parts, path))
    for parts, path in sorted(found):
        yield f"{given}/{'/'.join(parts)}", path


def _documents_of_file(source_id: str, path: Path, max_bytes: int,
                       chrome: Chrome) -> Iterator[PendingDocument | Quarantined]:
    origin = str(path)
    suffix = path.suffix.lower()
    raw = None
    try:
        try:
            info = path.stat()
        except OSError as err:
            raise Reject(f"cannot read: {err.strerror or err}") from err
        if not stat.S_ISREG(info.st_mode):
            raise Reject("not a regular file (device, pipe or socket)")
        if suffix not in READABLE_SUFFIXES:
            raise Reject(f"unsupported file type {suffix!r} (edugraph reads {SUPPORTED})")
        if info.st_size == 0:
            raise Reject("empty file")
        if suffix in JSONL_SUFFIXES:
            try:
                yield from jsonl_documents(source_id, origin, path, max_bytes, chrome)
            except OSError as err:
                raise Reject(f"cannot read: {err.strerror or err}") from err
            return
        if info.st_size > max_bytes:
            raise Reject(f"too large: {info.st_size:,} bytes, the limit is {max_bytes:,} "
                          "(raise it with --max-bytes)")
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise Reject(f"cannot read: {err.strerror or err}") from err
        if suffix in HTML_SUFFIXES:
            yield html_document(source_id, origin, raw, chrome)
            return
        if suffix not in JSON_SUFFIXES:
            yield text_document(source_id, origin, raw, chrome)
            return
        try:
            yield from json_documents(source_id, origin, raw, chrome)
        except Reject as reject:
            raise Reject(reject.reason, reject.content_hash or sha256(raw)) from reject
    except Reject as reject:
        yield Quarantined(source_id, reject.reason, origin, reject.content_hash)
    except RunInterrupted:
        raise
    except Exception as err:  # noqa: BLE001 — e.g. a broken HTML parser install: this file only
        yield Quarantined(source_id, internal_reason(err), origin, sha256(raw) if raw is not None else None)


def iter_sources(paths: Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 chrome: str | os.PathLike | None = None) -> Iterator[SourceDocument | Quarantined]:
    """Every document under ``paths``, in order: a :class:`SourceDocument` or a :class:`Quarantined`.

    ``max_bytes`` caps one document: a file, or one line of a JSON Lines file
    (``.json`` files are read whole, so the cap applies to the file).
    ``chrome`` names a YAML file of extra site-chrome patterns (the shape of
    ``loaders/data/chrome.yaml``).  A path that does not exist raises
    :class:`~edugraph.errors.InputError`, a bad chrome file
    :class:`~edugraph.errors.SchemaError`, at the call, before anything is read.
    """
    pending = iter_pending_sources(paths, max_bytes=max_bytes, chrome=chrome)
    return (item.finish() if isinstance(item, PendingDocument) else item for item in pending)


def iter_pending_sources(paths: Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES,
                         chrome: str | os.PathLike | None = None) -> Iterator[PendingDocument | Quarantined]:
    """:func:`iter_sources` short of the cleaning: each document read and hashed, as a
    :class:`PendingDocument` whose ``finish()`` gives what :func:`iter_sources` would."""
    arguments = [Path(p) for p in paths]
    missing = [str(p) for p in arguments if not p.exists() and not p.is_symlink()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    if max_bytes <= 0:
        raise InputError(f"max_bytes must be positive, got {max_bytes}")
    patterns = load_chrome_patterns(chrome)
    return _iterate(arguments, max_bytes, patterns)


def _iterate(arguments: list[Path], max_bytes: int, chrome: Chrome) -> Iterator[PendingDocument | Quarantined]:
    for argument in arguments:
        for source_id, path in _walk(argument):
            yield from _documents_of_file(source_id, path, max_bytes, chrome)
