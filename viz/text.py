"""Text helpers of the HTML view: Thai-safe labels, search forms, evidence cut at word boundaries.

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

Evidence is shown in whole sentences, or cut at a sentence or word
boundary with '…' (Thai words found by pythainlp, since Thai has no spaces
between words):

>>> evidence_excerpt("นายสมชาย ใจดี เป็นประธาน ในพิธีลงนามบันทึกข้อตกลง", 30)
'นายสมชาย ใจดี เป็นประธาน…'
>>> evidence_excerpt("ผู้บริหารองค์กรปกครองส่วนท้องถิ่นทุกแห่ง", 20)
'ผู้บริหาร…'
"""
from __future__ import annotations

import re
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
#: Evidence the extractor stored at (about) its 300-character cap was cut there, maybe mid-word.
STORED_EVIDENCE_CAP = 290
#: Sentence ends that a cut prefers (Latin punctuation, and Thai's space between sentences).
_SENTENCE_END = re.compile(r"[.!?…](?= )|ฯ(?= )")
#: Characters after which a word always ends (closing punctuation, ๆ).
_CLOSING = set(")]},;:”’\"'ๆ")


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


def evidence_excerpt(text: str, max_chars: int = 280) -> str:
    """``text`` whole if it fits, else cut at a sentence end, a space or a Thai word boundary, with '…'.

    Text at the extractor's cap (:data:`STORED_EVIDENCE_CAP`) was already cut
    there and is cut back to a boundary too.

    >>> evidence_excerpt("สั้น ๆ")
    'สั้น ๆ'
    >>> evidence_excerpt("ประโยคแรกจบแล้ว. ประโยคที่สองยาวกว่านั้นมาก", 25)
    'ประโยคแรกจบแล้ว.…'
    """
    text = " ".join(str(text).split())
    if len(text) <= max_chars and len(text) < STORED_EVIDENCE_CAP:
        return text
    window = text[:max_chars + 1]                  # the character after the limit tells if a word ends there
    if len(text) > max_chars and window[-1] == " ":
        return window.rstrip() + ELLIPSIS
    window = window[:max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] >= max_chars // 2:
        return window[:ends[-1]] + ELLIPSIS
    space = window.rfind(" ")
    if space >= max_chars * 0.6:
        return window[:space] + ELLIPSIS
    plain_break = _last_plain_break(window, int(max_chars * 0.6))
    if plain_break:
        return window[:plain_break] + ELLIPSIS
    cut = _last_word_boundary(text, max_chars)
    return text if cut >= len(text) else text[:cut].rstrip() + ELLIPSIS


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e4f"


def _last_plain_break(window: str, lowest: int) -> int:
    """The last word end at or after ``lowest`` that needs no dictionary (0: none).

    After closing punctuation or ๆ, and where Thai letters meet Latin ones or digits.
    """
    for at in range(len(window) - 1, max(lowest, 1) - 1, -1):
        before, after = window[at - 1], window[at]
        if before in _CLOSING or (before.isalnum() and after.isalnum() and _is_thai(before) != _is_thai(after)
                                  and is_cluster_boundary(window, at)):
            return at
    return 0


def _last_word_boundary(text: str, limit: int) -> int:
    """The end of the last whole word before ``limit`` (pythainlp's newmm, on the text around the limit).

    A text that stops at the extractor's cap ends in a word that may be cut:
    its end is not a boundary.
    """
    start = max(0, text.rfind(" ", 0, limit) + 1, limit - 60)
    while start > 0 and not is_cluster_boundary(text, start):
        start -= 1
    from pythainlp.tokenize import word_tokenize     # loads a dictionary: only when a cut needs it

    stop = min(len(text), limit + 30)
    best, at, first = start, start, None
    for token in word_tokenize(text[start:stop], engine="newmm", keep_whitespace=True):
        at += len(token)
        first = at if first is None else first
        if at > limit or (at == len(text) and len(text) >= STORED_EVIDENCE_CAP):
            break
        best = at
    if best == 0:                        # one word longer than the limit: kept whole rather than cut
        best = first or len(text)
    return best
