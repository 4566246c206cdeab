"""Bytes → text: the encoding of a release file, found with confidence or refused.

UTF-8 (with or without BOM), UTF-16/32 with a BOM (or UTF-16 without one),
legacy TIS-620/cp874 when it reads as mostly Thai, and charset-normalizer as
the last resort.  Anything else raises :class:`~edugraph.loaders.source_items.Reject`
with the reason, never passes on as mojibake.
"""
from __future__ import annotations

import codecs
import re

from edugraph.loaders.normalize import has_thai, thai_share
from edugraph.loaders.source_items import Reject

BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
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
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec
            except UnicodeDecodeError as err:
                raise Reject(f"cannot decode: starts with a {codec} byte-order mark but is not {codec} ({err.reason})") from err
    if b"\x00" in raw:
        found = _utf16_without_bom(raw)
        if found is not None:
            return found
        raise Reject("binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as err:
        _refuse_damaged_utf8(raw, err)
        text, encoding = _legacy(raw)
    if not _looks_like_text(text):
        raise Reject(f"binary file (control characters in the {encoding} text), not text")
    return text, encoding


def _refuse_damaged_utf8(raw: bytes, err: UnicodeDecodeError) -> None:
    """UTF-8 Thai with a few bad bytes must not be read as cp874 (which would take it all as mojibake)."""
    lenient = raw.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    if damaged <= max(3, len(lenient) // 100) and has_thai(lenient):
        raise Reject(f"invalid UTF-8 at byte {err.start:,} ({damaged} bad byte sequence(s) in otherwise "
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
        raise Reject("cannot decode as UTF-8, UTF-16 or TIS-620/cp874, nor guess the encoding")
    guessed = str(best)
    # Only a guess that gives Thai text is trusted: anything else would be a
    # Latin reading of the bytes, i.e. mojibake or not a Thai release at all.
    if thai_share(guessed) >= _MIN_THAI_SHARE_FOR_CP874 and _looks_like_text(guessed):
        return guessed, best.encoding
    raise Reject(f"cannot decode as UTF-8, UTF-16 or TIS-620/cp874 (the best guess, {best.encoding}, "
                  "gives no Thai text)")

