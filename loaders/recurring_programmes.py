"""Programme names the press writes bare: the recurring names mined from the real-world corpus.

``bench/mine_programmes.py`` keeps the names that many releases write after ``โครงการ`` and also quote
on their own (``คนละครึ่ง``, ``บ้านนี้มีรัก ปลูกผักกินเอง``, ``TO BE NUMBER ONE``); they are the
``recurring_programmes`` of ``data/programmes_mined.yaml``.  A bare mention of one is the programme; where
the release also writes it in full (``โครงการคนละครึ่ง``), the bare mention is that programme again.
"""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import ProgrammeMention
from edugraph.loaders.words import split_words

_HEAD_BEFORE = re.compile(r"(?:โครงการ|นโยบาย) ?$")     # a policy's name holds its head (นโยบาย Quick Win)
_ADDRESS_MARKS = (".", "/", "@", ":", "#")      # www.คนละครึ่ง.com, Facebook : SPACE-F, #ผ้าไทยใส่ให้สนุก (chrome)
_HEAD_LOOKBACK = 12
_GLUED_BEFORE = re.compile("[\u0e01-\u0e4e]+$")
_LATIN_GLUED = re.compile(r"[A-Za-z0-9]")
_MID_SYLLABLE_AFTER = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")     # a vowel or tone mark: the word goes on
_LEADING_VOWEL_BEFORE = re.compile("[\u0e40-\u0e44]")                     # เ แ โ ใ ไ: the word began before


def find_recurring(text: str, gaz: Gazetteer, found: list[ProgrammeMention], lo: int, hi: int) -> list[ProgrammeMention]:
    """Bare mentions of the mined names that no mention in ``found`` covers.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ร่วมโครงการคนละครึ่ง ผู้ใช้สิทธิ์คนละครึ่งกว่า 10 ล้านคน"
    >>> full = ProgrammeMention(4, 20, "โครงการคนละครึ่ง", "โครงการคนละครึ่ง", "โครงการคนละครึ่ง")
    >>> [(m.form, m.name) for m in find_recurring(text, gaz, [full], 0, len(text))]
    [('คนละครึ่ง', 'โครงการคนละครึ่ง')]
    >>> [m.name for m in find_recurring("สมาชิกชมรม TO BE NUMBER ONE ทั่วประเทศ", gaz, [], 0, 37)]
    ['TO BE NUMBER ONE']
    """
    out: list[ProgrammeMention] = []
    for match in gaz.recurring_programme_rx.finditer(text, lo, hi):
        start, end = match.span()
        if not _whole_words(text, start, end) or any(m.start <= start < m.end or start <= m.start < end for m in found) \
                or not _standing_alone(text, start, end, found, gaz):
            continue
        bare = match.group()
        head = _HEAD_BEFORE.search(text, max(lo, start - len("โครงการ ")), start)
        if head is not None:
            # โครงการคนละครึ่ง (too short for the finder of โครงการ names), นโยบาย 30 บาทรักษาทุกที่: the name in full
            out.append(ProgrammeMention(head.start(), end, text[head.start():end], text[head.start():end],
                                        text[head.start():end]))
            continue
        known = gaz.programme_by_form("โครงการ" + bare)
        base = known.name if known else bare
        out.append(ProgrammeMention(start, end, bare, base, base, bare=True))
    for mention in (m for m in out if m.bare):
        # หมู่บ้านยั่งยืน and “หมู่บ้านยั่งยืน (Sustainable Village)”: the same programme, shorter
        longer = next((o for o in out if o.base.startswith(mention.base + " (")), None)
        if longer is not None:
            mention.name, mention.base = longer.name, longer.base
    for mention in (m for m in out if m.bare):
        # …and โครงการหมู่บ้านยั่งยืน (Sustainable Village), anywhere in the release: its name in full
        full = next((m for m in found + out if m.base in ("โครงการ" + mention.base, "โครงการ " + mention.base,
                                                          "นโยบาย" + mention.base, "นโยบาย " + mention.base)), None)
        if full is not None:
            mention.name, mention.base = full.name, full.base
    return out


def _standing_alone(text: str, start: int, end: int, found: list[ProgrammeMention], gaz: Gazetteer) -> bool:
    """The name is not a piece of something else: the rest of a programme's name that a space cut
    (…ทฤษฎีใหม่ประยุกต์สู่ โคก หนอง นา), a gloss in brackets (…(Circular Economy) (Green Industry)), a web
    address or a hashtag (www.คนละครึ่ง.com, #ผ้าไทยใส่ให้สนุก), or the name of a team, a body or a fair
    (ทีม MOI SMART Agent for CAST, มูลนิธิสนามเด็กเล่นสร้างปัญญา, งาน Thailand Winter Festivals)."""
    before = text[:start].rstrip()
    if any(m.end == len(before) for m in found) or before.endswith(tuple(gaz.words["programme_owner_words"])):
        return False
    if before.endswith(_ADDRESS_MARKS) or (before.endswith("(") and text.startswith(")", end)):
        return False
    glued = _GLUED_BEFORE.search(text, max(0, start - _HEAD_LOOKBACK), start)
    words = split_words(glued.group()) if glued else ()
    return not (words and gaz.family_head_form(words[-1]) is not None)     # มูลนิธิสนามเด็กเล่นสร้างปัญญา: a body


def _whole_words(text: str, start: int, end: int) -> bool:
    """The match neither begins nor ends inside a word (a Latin word, or a Thai syllable)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if _LATIN_GLUED.match(text[start]) and _LATIN_GLUED.match(before):
        return False
    if _LATIN_GLUED.match(text[end - 1]) and _LATIN_GLUED.match(after):
        return False
    return not (_MID_SYLLABLE_AFTER.match(after) or _LEADING_VOWEL_BEFORE.match(before))
