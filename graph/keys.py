"""Canonical keys: what makes the same actor in two releases one node.

A key is ``Type:normalised-name``; the normalisation is the one the shared
scorer uses (NFC, zero-width characters dropped, Thai digits read, all white
space removed), so two spellings that the contract calls equal share a key.

>>> name_key("Agency", "สำนักงาน ศึกษาธิการจังหวัด\u200bสตูล")
'Agency:สำนักงานศึกษาธิการจังหวัดสตูล'
>>> event_key("signing", "2022-04-19", "สุโขทัย", document="d1", local_id="e1")
'Event:signing:2022-04-19:สุโขทัย'
>>> event_key("workshop", None, "สตูล", document="d1", local_id="e2")
'Event:workshop:undated:d1#e2'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
SPACE = re.compile(r"\s+")
#: The longest key, in UTF-8 bytes.  FalkorDB 4.16 crashes (SIGSEGV in
#: EnforceUniqueEntity) on a uniquely constrained value over 4096 bytes, and
#: no real name comes near 1024 bytes (340 Thai letters): a longer one is an
#: extraction error, rejected with its record (:func:`check_key`).
MAX_KEY_BYTES = 1024


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str | None) -> str:
    """The form in which two names are compared (the scorer's ``norm``; kept: a release asks about
    each of its names dozens of times, and names repeat across a corpus)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = ZERO_WIDTH.sub("", text).translate(THAI_DIGITS)
    return SPACE.sub("", text)


def name_key(entity_type: str, name: str) -> str:
    """Key of a Person, Agency, Province or Programme by its canonical name."""
    return f"{entity_type}:{normalize_name(name)}"


def event_key(event_type: str, date: str | None, province: str | None, *,
              document: str, local_id: str) -> str:
    """Key of an Event: type + date + province; an undated event is its document's own."""
    if not date:
        return f"Event:{event_type}:undated:{document}#{local_id}"
    return f"Event:{event_type}:{date}:{normalize_name(province) or '-'}"


def check_key(key: str, what: str) -> str:
    """``key``, or ValueError naming ``what`` when it is longer than :data:`MAX_KEY_BYTES`.

    >>> check_key("Province:สตูล", "entity 'v1' name")
    'Province:สตูล'
    >>> check_key("Person:" + "ก" * 400, "entity 'p1' name")
    Traceback (most recent call last):
    ...
    ValueError: entity 'p1' name makes a key of 1207 bytes; at most 1024 (is it really a name?)
    """
    size = len(key.encode("utf-8"))
    if size > MAX_KEY_BYTES:
        raise ValueError(f"{what} makes a key of {size} bytes; at most {MAX_KEY_BYTES} "
                         "(is it really a name?)")
    return key


def document_key(source_id: str) -> str:
    """Key of a Document: its source id (path or URL) as given."""
    return source_id


PROVINCE_PREFIX = "จังหวัด"


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings, by code point.

    A Thai tone mark, vowel sign or consonant is one code point, so a wrong
    one costs 1 (ศรีสะเกส for ศรีสะเกษ).

    >>> edit_distance("ศรีสะเกส", "ศรีสะเกษ"), edit_distance("กสศ", "กสศ."), edit_distance("", "ab")
    (1, 1, 2)
    """
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def near_misses(text: str, names: Iterable[str], *, limit: int = 3) -> list[str]:
    """The ``names`` closest to ``text``, for a "did you mean": nearest first, at most ``limit``.

    Names compare by their normalised form (:func:`normalize_name`: spaces,
    zero-width characters and the digit script do not count) without a
    leading จังหวัด, so only real spelling differences do.  A name is near
    when at most a quarter of the shorter form (at least 1, at most 4 code
    points) differs.

    >>> near_misses("ศรีสะเกส", ["ศรีสะเกษ", "สุโขทัย", "จังหวัดศรีสะเกษ"])
    ['ศรีสะเกษ', 'จังหวัดศรีสะเกษ']
    >>> near_misses("วิรุฬ พรรณเทว", ["วิรุฬ พรรณเทวี", "วิชัย แก้วมณีโชติ"])
    ['วิรุฬ พรรณเทวี']
    >>> near_misses("ขอนแก่น", ["สุโขทัย"])
    []
    """
    def form(name: str) -> str:
        normal = normalize_name(name)
        return normal[len(PROVINCE_PREFIX):] if normal.startswith(PROVINCE_PREFIX) and \
            len(normal) > len(PROVINCE_PREFIX) else normal

    wanted = form(text)
    if not wanted:
        return []
    scored = []
    for name in dict.fromkeys(names):
        candidate = form(name)
        if not candidate:
            continue
        allowed = min(4, max(1, min(len(wanted), len(candidate)) // 4))
        if abs(len(candidate) - len(wanted)) > allowed:
            continue
        distance = edit_distance(wanted, candidate)
        if distance <= allowed:
            scored.append((distance, len(name), name))
    return [name for _, _, name in sorted(scored)[:limit]]
