"""A body named by its numbered sitting: ``การประชุม<body> [(acronym)] ครั้งที่ N``.

A release about a committee's meeting writes the committee's whole name once, between ``การประชุม`` and the
sitting's number, often over spaces, digits and words that end an open name elsewhere
(``คณะกรรมการอำนวยการและบริหารสถานการณ์อุทกภัย วาตภัย และดินโคลนถล่ม (คอส.) ครั้งที่ 2/2567``,
``คณะกรรมการศึกษาทบทวน...เนื่องในโอกาสครบรอบ 100 ปี แห่งการบังคับใช้ ครั้งที่ 2/2568``, ``สภาทหารผ่านศึก
ครั้งที่ 1/2567``).  Every development set's gold names the body so, and makes it the meeting's organiser
(DECISIONS #13): the name runs to the acronym in brackets or to the number.  Where a word that opens a
clause starts a stretch after a space (``... เพื่อเตรียมการจัดการประชุม “...” ครั้งที่ 1/2568``: a purpose, not
the name) the sitting names no body here and the name found elsewhere stands.
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention

# a sitting's own words, a term or a footnote mark inside the stretch (…แห่งชาติครั้งแรกประจำปี, คณะกรรมการค่าจ้างชุดที่ 22,
# ในคราวประชุม, …*): no name
_NOT_A_NAME = re.compile(r"ฯ|ครั้ง|คราว|ชุดที่|\*")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_MAX_CHUNKS = 10        # space-separated stretches a name may hold (…แผนกคดีบุคคล: 4; …กรกฎาคม 2567 ของ…: 7)


@functools.lru_cache(maxsize=4)
def _sitting_rx(heads: tuple[str, ...]) -> re.Pattern:
    head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(
        rf"(?<!ที่)(?:การ)?ประชุม[^\S\n]?(?P<name>(?:{head})[^\n()“”\"]{{2,220}}?)"
        r"(?P<acronym>[^\S\n]?\([^()\n]{1,60}\))?(?:[^\S\n]?ระดับ\S{2,20})?[^\S\n]{0,2}ครั้งที่[^\S\n]?[0-9๐-๙]")


def names_of_sittings(text: str, gaz: Gazetteer, found: list[AgencyMention]) -> list[AgencyMention]:
    """The bodies named by their numbered sittings, where the name is longer than the mention found there.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> text = "เป็นประธานการประชุมคณะกรรมการติดตาม เร่งรัดการดำเนินงานโครงการก่อสร้างสายพัฒนาคูน้ำ ครั้งที่ 2/2567 โดยมี"
    >>> [m.name for m in names_of_sittings(text, gaz, [])]
    ['คณะกรรมการติดตาม เร่งรัดการดำเนินงานโครงการก่อสร้างสายพัฒนาคูน้ำ']
    >>> text = "การประชุมคณะกรรมการจัดงานมหกรรมพืชสวนโลกจังหวัดอุดรธานี พ.ศ. 2569 ครั้งที่ 1/2567"
    >>> [(m.name, m.province) for m in names_of_sittings(text, gaz, [])]
    [('คณะกรรมการจัดงานมหกรรมพืชสวนโลกจังหวัดอุดรธานี พ.ศ. 2569', 'อุดรธานี')]
    >>> text = "การประชุมสภาทหารผ่านศึก (สผศ.) ครั้งที่ 1/2567"
    >>> [(m.name, m.kind) for m in names_of_sittings(text, gaz, [])]
    [('สภาทหารผ่านศึก', 'committee')]
    >>> text = "การประชุมคณะอนุกรรมการด้านพิธีการ เพื่อเตรียมการจัดงาน ครั้งที่ 1/2568"     # a purpose: no name
    >>> names_of_sittings(text, gaz, [])
    []
    >>> names_of_sittings("ผลการประชุมคณะกรรมการฯ ครั้งที่ 1/2568", gaz, [])     # the one named before
    []
    >>> names_of_sittings("ที่ประชุมคณะกรรมการส่งเสริมการศึกษาในคราวประชุมครั้งที่ 1/2567", gaz, [])    # the body sitting
    []
    """
    breaks, heads = tuple(gaz.words["sitting_name_breaks"]), tuple(gaz.words["sitting_body_heads"])
    out = []
    for match in _sitting_rx(heads).finditer(text):
        name = match.group("name").rstrip()
        chunks = name.split()
        if len(chunks) > _MAX_CHUNKS or _NOT_A_NAME.search(name) or chunks[0] in heads \
                or any(chunk.startswith(breaks) or _ACRONYM.fullmatch(chunk) for chunk in chunks[1:]):
            continue        # (a head written alone, คณะกรรมการ รฟม., or with an acronym, คณะกรรมาธิการร่วม JC: a short form)
        start = match.start("name")
        end = start + len(name)
        same = [m for m in found if m.start == start]
        if any(m.start <= start and m.end >= end for m in found) or any(m.entry is not None for m in same):
            continue        # the name found there already reaches so far, or is a known body's (คณะกรรมการค่าจ้าง| ชุดที่ 22)
        # (no family: the name-shape screens read an open family's name as a sentence where it holds a verb
        # or a clause word, คณะกรรมการร่วม…ระหว่างไทยกับกัมพูชา; the sitting's number is what shows it a name)
        out.append(AgencyMention(start, end, name, " ".join(chunks), "committee",
                                 province=_province_ending(chunks[0], gaz) or _province_ending(name, gaz)))
    return out


def _province_ending(words: str, gaz: Gazetteer) -> str | None:
    """The province a committee's name (or its first glued stretch) ends with: it is located there (ANNOTATION.md:
    committees whose name carries a province), as the open name cut at the space would have been."""
    found = [m for m in gaz.province_rx.finditer(words) if m.end() == len(words) and len(m.group()) >= 3]
    province = gaz.province_by_form(found[-1].group()) if found else None
    return province.name if province else None


def full_sitting_names(mentions: list[AgencyMention], sittings: list[AgencyMention]) -> None:
    """Elsewhere the release cuts such a name at a space (``คณะกรรมการอำนวยการและบริหารสถานการณ์อุทกภัย``):
    a mention whose name the sitting's goes on from over a space names the same body."""
    full = {}
    for sitting in sittings:
        for at, char in enumerate(sitting.name):
            if char == " ":
                full.setdefault(sitting.name[:at], sitting.name)
    for m in mentions:
        if m.entry is None and m.name in full and not m.holder:
            m.name = full[m.name]
