"""Programmes named in Thai under a head no other finder opens (กรอบ…, ความร่วมมือ…, การเป็นหุ้นส่วน…), where the
release glosses the Thai name with an initiative's English name in brackets: กรอบการพัฒนาปัญญาประดิษฐ์แห่งชาติ
(National AI Program), การเป็นหุ้นส่วนทางการค้าที่แน่นแฟ้น (Enhanced Trade Partnership: ETP), กรอบความร่วมมือ
ประเทศลุ่มน้ำโขง – ออสเตรเลีย (Mekong-Australia Partnership).  The gloss is what names it as one initiative: the
same heads written bare (กรอบความร่วมมือ, ความร่วมมือด้าน…) are most often only described (DECISIONS d-list #13).
A gloss that names a body (…Committee for Scientific and Technological Policy, Council on … Policy) glosses the
body's name, not an initiative's."""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import ProgrammeMention
from edugraph.loaders.words import is_thai_letter, split_words

_STRETCH_MAX = 120          # characters of Thai before the gloss searched for a head
_SPACED_DASH = re.compile(r" [-–] $")
_GLOSS_MIN_WORDS = 3        # Clear Sky Strategy, National AI Program; not Accession Roadmap


@functools.lru_cache(maxsize=4)
def _gloss_rx(heads: tuple[str, ...]) -> re.Pattern:
    # ␣(Enhanced Trade Partnership: ETP), (National AI Program): the gloss's last word before ")" or ":"
    return re.compile(rf"(?<=[ก-๙])\s?\((?P<gloss>[A-Z][A-Za-z0-9&'’\- ]{{0,80}}?\b(?:{'|'.join(heads)})s?)\s?[:)]")


def find_glossed_programmes(text: str, gaz: Gazetteer, lo: int, hi: int) -> list[ProgrammeMention]:
    """Thai names from the last ``programme_gloss_heads`` word before an English gloss that ends with an
    initiative's head (``latin_programme_heads``), the gloss left out.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "ที่ประชุมได้พิจารณาแนวทางการขับเคลื่อนตามกรอบการพัฒนาปัญญาประดิษฐ์แห่งชาติ (National AI Program) ให้มีความชัดเจน"
    >>> [m.name for m in find_glossed_programmes(text, gaz, 0, len(text))]
    ['กรอบการพัฒนาปัญญาประดิษฐ์แห่งชาติ']
    >>> text = "ภายใต้การกรอบความร่วมมือประเทศลุ่มน้ำโขง – ออสเตรเลีย (Mekong-Australia Partnership) ที่มุ่งเน้น"
    >>> [m.name for m in find_glossed_programmes(text, gaz, 0, len(text))]
    ['ความร่วมมือประเทศลุ่มน้ำโขง – ออสเตรเลีย']
    >>> text = "ลงนามบันทึกความเข้าใจว่าด้วยการเป็นหุ้นส่วนทางการค้าที่แน่นแฟ้น(Enhanced Trade Partnership: ETP) นับเป็น"
    >>> [m.name for m in find_glossed_programmes(text, gaz, 0, len(text))]
    ['การเป็นหุ้นส่วนทางการค้าที่แน่นแฟ้น']
    >>> text = ("ดำเนินโครงการความร่วมมือกับโครงการสิ่งแวดล้อมแห่งสหประชาชาติ (United Nation Environmental Programme)"
    ...         " และประชุมสภาที่ปรึกษาและนโยบาย (Council on General Affairs and Policy)")
    >>> find_glossed_programmes(text, gaz, 0, len(text))
    []
    """
    out = []
    heads = tuple(gaz.words["programme_gloss_heads"])
    bodies = frozenset(gaz.words["gloss_body_nouns"])
    breaks = frozenset(gaz.words["programme_gloss_breaks"])
    for match in _gloss_rx(tuple(gaz.words["latin_programme_heads"])).finditer(text, lo, hi):
        gloss = match.group("gloss")
        if bodies.intersection(gloss.split()) or len(re.split(r"[\s\-–]+", gloss)) < _GLOSS_MIN_WORDS \
                or gloss.endswith(tuple(gaz.words["latin_kind_endings"])):
            continue        # (Accession Roadmap), (Thailand - Sweden Strategic Partnership): a kind, no one initiative
        start = _stretch_start(text, match.start(), lo)
        stretch = text[start:match.start()]
        at, head = _last_head(stretch, heads, tuple(gaz.words["programme_plan_modifiers"]))
        if head is None:
            continue
        name = stretch[at:].rstrip()
        words = split_words(re.sub(r"[^ก-๙]+", "", name[len(head):]))
        if len(words) < 2 or breaks.intersection(words):
            continue        # …ความร่วมมือ|กับ|โครงการสิ่งแวดล้อม…: the head's own sentence, no name
        out.append(ProgrammeMention(start + at, start + at + len(name), name, name, name))
    return out


def _last_head(stretch: str, heads: tuple[str, ...], modifiers: tuple[str, ...]) -> tuple[int, str | None]:
    """The last head in the stretch that no modifier makes an adjective (หุ้นส่วนเชิง|ยุทธศาสตร์แบบรอบด้าน
    (Comprehensive Strategic Partnership) is a kind of relation, no strategy).

    >>> _last_head("หุ้นส่วนเชิงยุทธศาสตร์แบบรอบด้าน", ("กรอบ", "ยุทธศาสตร์"), ("เชิง",))
    (-1, None)
    """
    found = sorted(((at, h) for h in heads for at in _occurrences(stretch, h)), reverse=True)
    return next(((at, h) for at, h in found if not stretch.endswith(modifiers, 0, at)), (-1, None))


def _occurrences(stretch: str, word: str) -> list[int]:
    out, at = [], stretch.find(word)
    while at >= 0:
        out.append(at)
        at = stretch.find(word, at + 1)
    return out


def _stretch_start(text: str, end: int, lo: int) -> int:
    """Where the Thai before a gloss starts: back over glued Thai, and over a spaced dash that joins two names
    (ประเทศลุ่มน้ำโขง – ออสเตรเลีย)."""
    start = end
    floor = max(lo, end - _STRETCH_MAX)
    while start > floor:
        if is_thai_letter(text[start - 1]):
            start -= 1
        elif _SPACED_DASH.search(text, max(floor, start - 3), start) and is_thai_letter(text[start - 4:start - 3]):
            start -= 3
        else:
            break
    return start
