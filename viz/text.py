"""Text helpers of the HTML view: Thai-safe labels, search forms, data safe inside a page.

Labels are cut only between grapheme clusters: a Thai vowel sign or tone
mark stays with its consonant, and a leading vowel (เ แ โ ใ ไ) is never left
at the end.

>>> truncate_label("สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", 8)
'สำนักงาน…'
>>> truncate_label("เพื่อน", 2)           # never 'เพื…': the tone mark stays
'เพื่…'
>>> truncate_label("สั้น", 10)
'สั้น'

Search forms drop spaces and zero-width characters, read Thai digits and
ignore case, so "กสศ ." finds "กสศ.":

>>> search_form("  กสศ .  MOU ๒๕๖๕")
'กสศ.mou2565'

Data goes into the page as JSON that cannot close its ``<script>``:

>>> script_json({"name": "</script><b>&"})
'{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
"""
from __future__ import annotations

import json
import unicodedata

from edugraph.graph.keys import normalize_name
from edugraph.graph.names import name_form as search_form  # noqa: F401 — the page's search compares as the resolver does
from edugraph.queries.output import plain  # noqa: F401 — the one conversion to JSON values, used by the page

ELLIPSIS = "…"
ZWJ = "\u200d"
#: Thai and Lao vowels written before the consonant they follow in speech.
LEADING_VOWELS = set("เแโใไ") | set("ເແໂໃໄ")
#: Spacing marks that UAX #29 keeps with the preceding letter (SARA AM and Lao AM).
SPACING_MARKS = set("\u0e33\u0eb3")
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def is_cluster_boundary(text: str, index: int) -> bool:
    """Whether ``text`` may be cut before ``text[index]`` without breaking a grapheme cluster.

    >>> [i for i in range(1, 5) if is_cluster_boundary("ก่ำเก", i)]
    [3]
    """
    if index <= 0 or index >= len(text):
        return True
    after, before = text[index], text[index - 1]
    if unicodedata.category(after) in ("Mn", "Mc", "Me") or after in SPACING_MARKS or after == ZWJ:
        return False
    if before == ZWJ or before in LEADING_VOWELS:
        return False
    if "\U0001f1e6" <= before <= "\U0001f1ff" and "\U0001f1e6" <= after <= "\U0001f1ff":
        return False
    return True


def truncate_label(text: str, max_chars: int) -> str:
    """``text`` cut to at most about ``max_chars`` characters at a cluster boundary, with '…'."""
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    cut = next((i for i in range(max_chars, 0, -1) if is_cluster_boundary(text, i)), None)
    if cut is None:                      # the first cluster alone is longer than max_chars
        cut = next(i for i in range(max_chars + 1, len(text) + 1) if is_cluster_boundary(text, i))
    if cut >= len(text):
        return text
    return text[:cut].rstrip() + ELLIPSIS


def script_json(data: object) -> str:
    """JSON for a ``<script type="application/json">`` element: no ``<``, ``>``, ``&``, U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escape)
    return text
