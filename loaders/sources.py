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
else the body's dateline (:func:`~edugraph.loaders.dates.find_dateline`).

Bytes are decoded as UTF-8 (with or without BOM), UTF-16/32 with a BOM,
or legacy TIS-620/cp874 when they read as mostly Thai; charset-normalizer is
the last resort.  Text that cannot be decoded with confidence is quarantined,
never passed on as mojibake.  Every text then goes through
:func:`~edugraph.loaders.normalize.normalize_text` and
:func:`~edugraph.loaders.normalize.strip_chrome`.

A bad input never stops the others: it becomes a :class:`Quarantined` with a
one-line reason.

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

import codecs
import hashlib
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Iterable, Iterator

from edugraph.constants import DEFAULT_MAX_BYTES
from edugraph.errors import InputError, RunInterrupted, internal_reason
from edugraph.loaders.dates import find_dateline, parse_date
from edugraph.loaders.normalize import ChromePattern, clean_text, has_thai, load_chrome_patterns, normalize_text, thai_share

__all__ = ["SourceDocument", "Quarantined", "iter_sources", "decode_bytes", "DEFAULT_MAX_BYTES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ""}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
SUPPORTED = ".txt, .html, .htm, .json, .jsonl"
Chrome = tuple[ChromePattern, ...]
_TITLE_SEARCH_LINES = 5
_MAX_TITLE_CHARS = 300
_MIN_HEADLINE_CHARS = 20
_TIME_OF_DAY = re.compile(r"(?:เวลา)?\s*\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา)?")


@dataclass(frozen=True)
class SourceDocument:
    """One document ready for extraction.

    ``doc`` (an addition to the architecture's fields, filled in when not
    given) is the name the extraction contract uses: the file's base name, or
    the record id of a JSON record.
    """

    source_id: str
    text: str
    title: str | None
    published: str | None
    url: str | None
    content_hash: str
    origin: str
    doc: str = ""

    def __post_init__(self) -> None:
        if not self.doc:
            object.__setattr__(self, "doc", PurePath(self.source_id).name or self.source_id)


@dataclass(frozen=True)
class Quarantined:
    """An input that was not turned into a document, and why (one line)."""

    source_id: str
    reason: str
    origin: str
    content_hash: str | None


class _Reject(InputError):
    """This input is quarantined for ``reason`` (caught inside :func:`iter_sources`)."""

    def __init__(self, reason: str, content_hash: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.content_hash = content_hash


# --------------------------------------------------------------------- bytes

_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
# Legacy Thai text must be mostly Thai letters to be read as cp874 (a superset
# of TIS-620): cp874 decodes almost any byte string, so the share is the proof.
_MIN_THAI_SHARE_FOR_CP874 = 0.5
# Decoded text with more control characters than this is not text.
_MAX_CONTROL_SHARE = 0.01


_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    return len(_CONTROL_CHARS.findall(text)) / len(text) if text else 0.0


def _looks_like_text(text: str) -> bool:
    return _control_share(text) <= _MAX_CONTROL_SHARE


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of a text file.

    Raises :class:`~edugraph.errors.InputError` (with a one-line reason) for
    binary data and for bytes that decode with confidence in no encoding.

    >>> decode_bytes("ลงนาม".encode("utf-8"))
    ('ลงนาม', 'utf-8')
    >>> decode_bytes("ลงนาม".encode("cp874"))
    ('ลงนาม', 'cp874')
    >>> decode_bytes("ลงนาม".encode("utf-16"))
    ('ลงนาม', 'utf-16')
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec
            except UnicodeDecodeError as err:
                raise _Reject(f"cannot decode: starts with a {codec} byte-order mark but is not {codec} ({err.reason})") from err
    if b"\x00" in raw:
        found = _utf16_without_bom(raw)
        if found is not None:
            return found
        raise _Reject("binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as err:
        _refuse_damaged_utf8(raw, err)
        text, encoding = _legacy(raw)
    if not _looks_like_text(text):
        raise _Reject(f"binary file (control characters in the {encoding} text), not text")
    return text, encoding


def _refuse_damaged_utf8(raw: bytes, err: UnicodeDecodeError) -> None:
    """UTF-8 Thai with a few bad bytes must not be read as cp874 (which would take it all as mojibake)."""
    lenient = raw.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    if damaged <= max(3, len(lenient) // 100) and has_thai(lenient):
        raise _Reject(f"invalid UTF-8 at byte {err.start:,} ({damaged} bad byte sequence(s) in otherwise "
                      "UTF-8 text); fix or re-save the file as UTF-8")


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a BOM: every other byte is 0x00 (ASCII) or 0x0E (Thai)."""
    if len(raw) % 2:
        return None
    for codec, high_bytes in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
        if high_bytes.count(0) + high_bytes.count(0x0E) < len(high_bytes) * 0.9:
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text) and any(c.isalpha() for c in text):
            return text, codec
    return None


def _legacy(raw: bytes) -> tuple[str, str]:
    try:
        text = raw.decode("cp874")
    except UnicodeDecodeError:
        text = None
    if text is not None and thai_share(text) >= _MIN_THAI_SHARE_FOR_CP874:
        return text, "cp874"
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise _Reject("cannot decode as UTF-8, UTF-16 or TIS-620/cp874, nor guess the encoding")
    guessed = str(best)
    # Only a guess that gives Thai text is trusted: anything else would be a
    # Latin reading of the bytes, i.e. mojibake or not a Thai release at all.
    if thai_share(guessed) >= _MIN_THAI_SHARE_FOR_CP874 and _looks_like_text(guessed):
        return guessed, best.encoding
    raise _Reject(f"cannot decode as UTF-8, UTF-16 or TIS-620/cp874 (the best guess, {best.encoding}, "
                  "gives no Thai text)")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- documents


def _checked_text(text: str, chrome: Chrome) -> str:
    """Clean ``text`` and reject it when nothing Thai is left."""
    if not text.strip():
        raise _Reject("empty (only white space)")
    cleaned = clean_text(text, chrome)
    if not cleaned:
        raise _Reject("no text left after removing site chrome")
    if not has_thai(cleaned):
        letters = sum(1 for c in cleaned if c.isalpha())
        raise _Reject(f"no Thai text after clean-up ({letters} letters, none Thai)")
    return cleaned


def _first_title_line(text: str) -> str | None:
    """A plain-text release's headline: its first line that is neither a date nor a page name.

    Short lines (a social-media page's name above a post) give way to a
    longer one among the first five; only when there is none is a short one kept.
    """
    candidates = []
    for line in text.split("\n")[:_TITLE_SEARCH_LINES]:
        line = line.strip()
        if not line or len(line) > _MAX_TITLE_CHARS:
            continue
        dateline = find_dateline(line)
        if dateline is not None and dateline.start == 0:
            rest = _TIME_OF_DAY.sub("", line[dateline.end:]).strip(" -–—|·•,:()")
            if len(rest) < _MIN_HEADLINE_CHARS:
                continue  # a dateline ("20 มกราคม 2025 เวลา 16:45 น. · สาธารณะ"), not a headline
        if len(line) >= _MIN_HEADLINE_CHARS:
            return line
        candidates.append(line)
    return candidates[0] if candidates else None


def _published(declared: str | None, text: str) -> str | None:
    """The publication date: the one the metadata declares, else the body's dateline."""
    if declared and (date := parse_date(declared)):
        return date
    dateline = find_dateline(text)
    return dateline.date if dateline else None


def _text_document(source_id: str, origin: str, raw: bytes, chrome: Chrome) -> SourceDocument:
    text, _ = decode_bytes(raw)
    content_hash = _sha256(raw)
    cleaned = _checked_text(text, chrome)
    return SourceDocument(source_id, cleaned, _first_title_line(cleaned), _published(None, cleaned), None,
                          content_hash, origin)


def _html_document(source_id: str, origin: str, raw: bytes, chrome: Chrome) -> SourceDocument:
    import trafilatura

    html, _ = decode_bytes(raw)
    if not html.strip():
        raise _Reject("empty (only white space)")
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
        raise _Reject("no main text found in the HTML page")
    title = getattr(extracted, "title", None) if extracted is not None else None
    published = getattr(extracted, "date", None) if extracted is not None else None
    url = getattr(extracted, "url", None) if extracted is not None else None
    text = _checked_text(text, chrome)
    return SourceDocument(source_id, text, normalize_text(title) if title else None,
                          _published(published, text), url or None, _sha256(raw), origin)


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
        raise _Reject("JSON nested too deeply to read") from err
    except ValueError as err:           # int("1" * 5000): Python's integer digit limit
        if "digits" not in str(err):
            raise
        raise _Reject(f"a number with more than {sys.get_int_max_str_digits():,} digits") from err


def _record_document(record: object, *, file_id: str, origin: str, number: int,
                     seen: dict[str, int], where: str, chrome: Chrome) -> SourceDocument | Quarantined:
    """One JSON record → a document; ``number`` is its line (JSONL) or position (JSON list)."""
    fallback_id = f"{file_id}#{number}"
    if not isinstance(record, dict):
        return Quarantined(fallback_id, f"{where} is not a JSON object but {type(record).__name__}",
                           origin, _sha256(_canonical_json(record)))
    try:
        content_hash = _sha256(_canonical_json(record))
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
    try:
        text = _checked_text(body, chrome)
        title = record.get("title")
        title = normalize_text(title) or None if isinstance(title, str) else None
        date = record.get("date")
        published = _published(date if isinstance(date, str) else None, text)
    except _Reject as reject:
        return Quarantined(source_id, f"{reject.reason} ({where})", origin, content_hash)
    except RunInterrupted:
        raise
    except Exception as err:  # noqa: BLE001 — one record's failure must not stop the file
        return Quarantined(source_id, f"{internal_reason(err)} ({where})", origin, content_hash)
    url = record.get("url") if isinstance(record.get("url"), str) and record.get("url").strip() else None
    return SourceDocument(source_id, text, title, published, url, content_hash, origin, doc)


def _json_documents(file_id: str, origin: str, raw: bytes, chrome: Chrome) -> Iterator[SourceDocument | Quarantined]:
    text, _ = decode_bytes(raw)
    if not text.strip():
        raise _Reject("empty (only white space)", _sha256(raw))
    try:
        data = _parse_json(text.lstrip("\ufeff"))
    except json.JSONDecodeError as err:
        raise _Reject(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}", _sha256(raw)) from err
    seen: dict[str, int] = {}
    if isinstance(data, list):
        if not data:
            raise _Reject("empty JSON list, no records", _sha256(raw))
        for number, record in enumerate(data, start=1):
            yield _record_document(record, file_id=file_id, origin=origin, number=number,
                                   seen=seen, where=f"record {number}", chrome=chrome)
    elif isinstance(data, dict):
        item = _record_document(data, file_id=file_id, origin=origin, number=1, seen=seen, where="the record",
                                chrome=chrome)
        if item.source_id == f"{file_id}#1":
            # a single record without an id: the file is the document
            item = replace(item, source_id=file_id, **({"doc": ""} if isinstance(item, SourceDocument) else {}))
        yield item
    else:
        raise _Reject(f"JSON holds a {type(data).__name__}, not a record or a list of records", _sha256(raw))


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


def _jsonl_documents(file_id: str, origin: str, path: Path, max_bytes: int,
                     chrome: Chrome) -> Iterator[SourceDocument | Quarantined]:
    with path.open("rb") as handle:
        head = handle.read(4)
        handle.seek(0)
        if any(head.startswith(bom) for bom, codec in _BOMS if codec != "utf-8-sig"):
            raise _Reject("JSON Lines must be UTF-8 (this file is UTF-16/32); save it as UTF-8")
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
            except _Reject as reject:
                yield Quarantined(f"{file_id}#{number}", f"{reject.reason} ({where})", origin, _sha256(line))
                continue
            except json.JSONDecodeError as err:
                yield Quarantined(f"{file_id}#{number}", f"invalid JSON on {where}, column {err.pos + 1}: {err.msg}",
                                  origin, _sha256(line))
                continue
            yield _record_document(record, file_id=file_id, origin=origin, number=number, seen=seen, where=where,
                                   chrome=chrome)
        if records == 0:
            raise _Reject("empty file (no records)")


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
                       chrome: Chrome) -> Iterator[SourceDocument | Quarantined]:
    origin = str(path)
    suffix = path.suffix.lower()
    raw = None
    try:
        try:
            info = path.stat()
        except OSError as err:
            raise _Reject(f"cannot read: {err.strerror or err}") from err
        if not stat.S_ISREG(info.st_mode):
            raise _Reject("not a regular file (device, pipe or socket)")
        if suffix not in READABLE_SUFFIXES:
            raise _Reject(f"unsupported file type {suffix!r} (edugraph reads {SUPPORTED})")
        if info.st_size == 0:
            raise _Reject("empty file")
        if suffix in JSONL_SUFFIXES:
            try:
                yield from _jsonl_documents(source_id, origin, path, max_bytes, chrome)
            except OSError as err:
                raise _Reject(f"cannot read: {err.strerror or err}") from err
            return
        if info.st_size > max_bytes:
            raise _Reject(f"too large: {info.st_size:,} bytes, the limit is {max_bytes:,} "
                          "(raise it with --max-bytes)")
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise _Reject(f"cannot read: {err.strerror or err}") from err
        try:
            if suffix in JSON_SUFFIXES:
                yield from _json_documents(source_id, origin, raw, chrome)
            elif suffix in HTML_SUFFIXES:
                yield _html_document(source_id, origin, raw, chrome)
            else:
                yield _text_document(source_id, origin, raw, chrome)
        except _Reject as reject:
            raise _Reject(reject.reason, reject.content_hash or _sha256(raw)) from reject
    except _Reject as reject:
        yield Quarantined(source_id, reject.reason, origin, reject.content_hash)
    except RunInterrupted:
        raise
    except Exception as err:  # noqa: BLE001 — e.g. a broken HTML parser install: this file only
        yield Quarantined(source_id, internal_reason(err), origin, _sha256(raw) if raw is not None else None)


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
    arguments = [Path(p) for p in paths]
    missing = [str(p) for p in arguments if not p.exists() and not p.is_symlink()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    if max_bytes <= 0:
        raise InputError(f"max_bytes must be positive, got {max_bytes}")
    patterns = load_chrome_patterns(chrome)
    return _iterate(arguments, max_bytes, patterns)


def _iterate(arguments: list[Path], max_bytes: int, chrome: Chrome) -> Iterator[SourceDocument | Quarantined]:
    for argument in arguments:
        for source_id, path in _walk(argument):
            yield from _documents_of_file(source_id, path, max_bytes, chrome)
