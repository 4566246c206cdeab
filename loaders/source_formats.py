"""Readers, one per format: plain text, HTML, a JSON file, a JSON Lines file.

Each turns one file's bytes (or lines) into :class:`PendingDocument` items (read
and hashed, cleaned when finished), or raises :class:`Reject` for the whole file;
a bad JSON record becomes a :class:`Quarantined` of its own and never stops the
rest of its file.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path, PurePath
from typing import Iterator

from edugraph.loaders.encoding import BOMS, decode_bytes
from edugraph.loaders.normalize import normalize_text
from edugraph.loaders.source_items import (Chrome, Cleaned, PendingDocument, Quarantined, Reject, checked_text,
                                           first_title_line, published_date, sha256)


def text_document(source_id: str, origin: str, raw: bytes, chrome: Chrome) -> PendingDocument:
    return PendingDocument(source_id, origin, sha256(raw), partial(_clean_text_file, raw, chrome))


def html_document(source_id: str, origin: str, raw: bytes, chrome: Chrome) -> PendingDocument:
    return PendingDocument(source_id, origin, sha256(raw), partial(_clean_html_page, raw, chrome))


def _clean_text_file(raw: bytes, chrome: Chrome) -> Cleaned:
    text, _ = decode_bytes(raw)
    cleaned = checked_text(text, chrome)
    return cleaned, first_title_line(cleaned), published_date(None, cleaned), None


def _clean_html_page(raw: bytes, chrome: Chrome) -> Cleaned:
    import trafilatura

    html, _ = decode_bytes(raw)
    if not html.strip():
        raise Reject("empty (only white space)")
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text:
        # Pages too short for trafilatura's main-text heuristics: take the
        # page's text and leave the chrome to strip_chrome.
        _, text, _ = trafilatura.baseline(html)
    if not text or not text.strip():
        raise Reject("no main text found in the HTML page")
    title = getattr(extracted, "title", None) if extracted is not None else None
    published = getattr(extracted, "date", None) if extracted is not None else None
    url = getattr(extracted, "url", None) if extracted is not None else None
    text = checked_text(text, chrome)
    return text, normalize_text(title) if title else None, published_date(published, text), url or None


def _canonical_json(record: object) -> bytes:
    # surrogatepass: a lone surrogate must not stop the hash of the record it quarantines
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8", errors="surrogatepass")


_SURROGATE = re.compile("[\ud800-\udfff]")
#: The record fields that reach a store (the id as the document key).
_STORED_FIELDS = ("id", "title", "body", "text", "url", "date")


def _unstorable(record: dict) -> str | None:
    """Why a field of ``record`` that reaches the store cannot be stored as text, or None.

    A NUL cuts FalkorDB's query text short; a lone surrogate (``\\ud800`` in JSON)
    is not Unicode text, so no store, log or report can encode it.

    >>> _unstorable({"id": "a\\x00b"}), _unstorable({"title": "x\\ud800"}), _unstorable({"id": 7})
    ('record id holds a NUL character (U+0000)', 'title holds a lone surrogate (U+D800), not Unicode text', None)
    """
    for name in _STORED_FIELDS:
        value = record.get(name)
        if not isinstance(value, str):
            continue
        what = "record id" if name == "id" else name
        if "\x00" in value:
            return f"{what} holds a NUL character (U+0000)"
        surrogate = _SURROGATE.search(value)
        if surrogate:
            return f"{what} holds a lone surrogate (U+{ord(surrogate.group()):04X}), not Unicode text"
    return None


def _parse_json(text: str) -> object:
    """``json.loads`` whose failures are quarantine reasons, deep nesting and huge numbers included."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError as err:
        raise Reject("JSON nested too deeply to read") from err
    except ValueError as err:           # int("1" * 5000): Python's integer digit limit
        if "digits" not in str(err):
            raise
        raise Reject(f"a number with more than {sys.get_int_max_str_digits():,} digits") from err


def _record_document(record: object, *, file_id: str, origin: str, number: int,
                     seen: dict[str, int], where: str, chrome: Chrome) -> PendingDocument | Quarantined:
    """One JSON record → a document; ``number`` is its line (JSONL) or position (JSON list)."""
    fallback_id = f"{file_id}#{number}"
    if not isinstance(record, dict):
        return Quarantined(fallback_id, f"{where} is not a JSON object but {type(record).__name__}",
                           origin, sha256(_canonical_json(record)))
    try:
        content_hash = sha256(_canonical_json(record))
    except RecursionError:
        return Quarantined(fallback_id, f"JSON nested too deeply to read ({where})", origin, None)
    unstorable = _unstorable(record)
    if unstorable:
        return Quarantined(fallback_id, f"{unstorable} ({where})", origin, content_hash)
    record_id = record.get("id")
    if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) and str(record_id).strip():
        doc = str(record_id).strip()
        source_id = f"{file_id}#{doc}"
    else:
        doc = f"{PurePath(file_id).name}#{number}"
        source_id = fallback_id
    if source_id in seen:
        return Quarantined(fallback_id, f"duplicate record id {doc!r} ({where}; first at #{seen[source_id]})",
                           origin, content_hash)
    seen[source_id] = number
    body = record.get("body", record.get("text"))
    if not isinstance(body, str) or not body.strip():
        what = "no body" if body is None else ("an empty body" if isinstance(body, str) else
                                              f"a body that is {type(body).__name__}, not text")
        return Quarantined(source_id, f"record has {what} ({where})", origin, content_hash)
    url = record.get("url") if isinstance(record.get("url"), str) and record.get("url").strip() else None
    title = record.get("title")
    date = record.get("date")
    return PendingDocument(source_id, origin, content_hash,
                           partial(_clean_record, body, title if isinstance(title, str) else None,
                                   date if isinstance(date, str) else None, url, chrome), doc, where)


def _clean_record(body: str, title: str | None, date: str | None, url: str | None, chrome: Chrome) -> Cleaned:
    text = checked_text(body, chrome)
    return text, normalize_text(title) or None if title is not None else None, published_date(date, text), url


def json_documents(file_id: str, origin: str, raw: bytes, chrome: Chrome) -> Iterator[PendingDocument | Quarantined]:
    text, _ = decode_bytes(raw)
    if not text.strip():
        raise Reject("empty (only white space)", sha256(raw))
    try:
        data = _parse_json(text.lstrip("\ufeff"))
    except json.JSONDecodeError as err:
        raise Reject(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}", sha256(raw)) from err
    seen: dict[str, int] = {}
    if isinstance(data, list):
        if not data:
            raise Reject("empty JSON list, no records", sha256(raw))
        for number, record in enumerate(data, start=1):
            yield _record_document(record, file_id=file_id, origin=origin, number=number,
                                   seen=seen, where=f"record {number}", chrome=chrome)
    elif isinstance(data, dict):
        item = _record_document(data, file_id=file_id, origin=origin, number=1, seen=seen, where="the record",
                                chrome=chrome)
        if item.source_id == f"{file_id}#1":
            # a single record without an id: the file is the document
            item = replace(item, source_id=file_id, **({"doc": ""} if isinstance(item, PendingDocument) else {}))
        yield item
    else:
        raise Reject(f"JSON holds a {type(data).__name__}, not a record or a list of records", sha256(raw))


def _read_lines(handle, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; ``None`` for a line longer than ``max_bytes`` (skipped unread)."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the long line
                line = handle.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def jsonl_documents(file_id: str, origin: str, path: Path, max_bytes: int,
                     chrome: Chrome) -> Iterator[PendingDocument | Quarantined]:
    with path.open("rb") as handle:
        head = handle.read(4)
        handle.seek(0)
        if any(head.startswith(bom) for bom, codec in BOMS if codec != "utf-8-sig"):
            raise Reject("JSON Lines must be UTF-8 (this file is UTF-16/32); save it as UTF-8")
        seen: dict[str, int] = {}
        records = 0
        for number, line in _read_lines(handle, max_bytes):
            where = f"line {number}"
            if line is None:
                records += 1
                yield Quarantined(f"{file_id}#{number}",
                                  f"record too large: more than {max_bytes:,} bytes on {where} "
                                  "(raise the limit with --max-bytes)", origin, None)
                continue
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            records += 1
            try:
                text, _ = decode_bytes(line)
                record = _parse_json(text)
            except Reject as reject:
                yield Quarantined(f"{file_id}#{number}", f"{reject.reason} ({where})", origin, sha256(line))
                continue
            except json.JSONDecodeError as err:
                yield Quarantined(f"{file_id}#{number}", f"invalid JSON on {where}, column {err.pos + 1}: {err.msg}",
                                  origin, sha256(line))
                continue
            yield _record_document(record, file_id=file_id, origin=origin, number=number, seen=seen, where=where,
                                   chrome=chrome)
        if records == 0:
            raise Reject("empty file (no records)")

