"""Where a position phrase written after a person's name ends (นายสมชาย ใจดี |ผู้อำนวยการ สพป.X เขต 1|),
and whether a word opens an office (so it is no part of a name).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> text = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสตูล เป็นประธาน"
>>> text[:position_end(text, 0, gaz, {})]
'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสตูล'
"""
from __future__ import annotations

import re

from edugraph.loaders.agencies import abbreviation_like, agency_at, find_agencies
from edugraph.loaders.gazetteer import THAI_LETTER, Gazetteer
from edugraph.loaders.unit_names import can_be_part_of
from edugraph.loaders.words import NUMBER, is_thai_letter, split_words

_ELLIPSIS_BACKREF = "ฯ"     # ผู้จัดการมูลนิธิฯ: the agency named before


def opens_office(word: str, gaz: Gazetteer) -> bool:
    """Whether a word starts with an office or agency head (so it is no person's name).
    Abbreviations written without their dot (สมศ) are prefixes of names (สมศักดิ์): not counted."""
    head = gaz.position_head_rx.match(word)
    if head and len(head.group()) >= 3:
        return True
    agency = gaz.agency_rx.match(word)
    if agency is None:
        return False
    form = agency.group()
    return bool(gaz.family_head_form(form) or gaz.family_by_holder(form) or gaz.fixed_holder(form)
                or (len(form) >= 6 and gaz.agency_by_form(form)))


def position_end(text: str, pos: int, gaz: Gazetteer, local: dict) -> int:
    """End of the position phrase that starts at ``pos`` (``pos`` itself when there is none)."""
    limit = len(text)
    head = gaz.position_head_rx.match(text, pos)
    agency = gaz.agency_rx.match(text, pos)
    if not head and not (agency and len(agency.group()) >= 4):
        return pos
    end = _chunk_end(text, pos, gaz)
    if end - pos < 2:
        return pos
    since = pos
    # continuation chunks: "เขต 1", "ภาค 6", "(รมว.พม.)", "ในฐานะ" + position, an abbreviation
    # of the agency's parent (ผู้อำนวยการสำนักงาน... สพฐ.), or the agency of a bare head
    while end < limit and text[end] == " ":
        nxt = end + 1
        area = _AREA_OR_REGION.match(text, nxt)
        if area:
            end = area.end()
            continue
        if text[end - 3:end] in ("เขต", "ภาค") and NUMBER.match(text, end):
            end = NUMBER.match(text, end).end()
            continue
        paren = _PAREN.match(text, nxt)
        if paren and not gaz.title_rx.match(text, nxt + 1):     # (นางมนพร เจริญศรี): a name, not the office's
            end = paren.end()
            continue
        joined = gaz.acting_office_rx.match(text, nxt)
        if joined and (gaz.position_head_rx.match(text, joined.end()) or gaz.agency_rx.match(text, joined.end())):
            end = _chunk_end(text, joined.end(), gaz)
            since = joined.start()      # the second office's agency is looked for from here on
            continue
        if _ranks_only(text[pos:end], gaz) and (gaz.position_head_rx.match(text, nxt) or gaz.agency_rx.match(text, nxt)):
            end = position_end(text, nxt, gaz, local)     # รอง ผอ.สพป.X: one position
            break
        if gaz.title_rx.match(text, nxt):
            break
        field = gaz.field_qualifier_rx.match(text, nxt)
        if field and not find_agencies(text, gaz, pos, end, local):
            beyond = agency_at(text, field.end(), gaz, local)
            if beyond is not None and beyond.holder is None:
                end = beyond.end        # รองผู้อำนวยการ ด้าน... ธนาคารแห่งประเทศไทย: the field's office is there
                continue
        enumeration = _ENUMERATED.match(text, nxt)
        if enumeration and agency_at(text, enumeration.end(), gaz, local) is not None \
                and not _acts_within(text, nxt, enumeration.end(), gaz):
            # ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม อบจ.X: the unit's name lists its fields
            end = enumeration.end() - 1
            continue
        following = agency_at(text, nxt, gaz, local)
        if following is None:
            defined = _defined_abbreviation_end(text, nxt, local)
            if defined and not find_agencies(text, gaz, since, end, local):
                end = defined       # ผู้อำนวยการ สรพ.: an office written bare is in the body the release abbreviated
            break
        if following.holder is not None:
            break
        inside = find_agencies(text, gaz, since, end, local)
        if inside:
            if not (can_be_part_of(inside[-1], following, gaz) or abbreviation_like(following.form)):
                break
        elif _ELLIPSIS_BACKREF in text[pos:end]:
            break           # ผู้จัดการมูลนิธิฯ: the agency was named before, what follows is another
        elif (by := BY_REPRESENTATIVE.match(text, following.end)) and gaz.title_rx.match(text, by.end()):
            break           # A โดย นาง ก รองผู้อำนวยการ B (หรือ NIA) โดย นาย ข: B is the next party, not her office
        # a position that names no agency yet (รองอธิการบดีฝ่ายวิชาการ) is in the one that follows
        end = following.end
    return end


def _defined_abbreviation_end(text: str, pos: int, local: dict) -> int | None:
    """End of an abbreviation the release defined itself (``local``: ชื่อเต็ม (สรพ.)) written at ``pos`` as a
    whole word, with or without its dot; None where there is none."""
    for form in sorted(local, key=len, reverse=True):
        bare = form.rstrip(".")
        for written in (bare + ".", bare):
            if text.startswith(written, pos) and not is_thai_letter(text[pos + len(written):pos + len(written) + 1]) \
                    and not text[pos + len(written):pos + len(written) + 1].isalnum():
                return pos + len(written)
    return None


def _acts_within(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a word in [start, end) opens what the person does (a position stop: ร่วมพิธี, กล่าว, เข้าร่วม ...), or
    the stretch opens on และ: ``ผู้ว่าราชการจังหวัดปัตตานี และคณะผู้บริหาร ร่วมพิธี และกล่าวว่า กระทรวง...`` is no unit whose name
    lists its fields, and the office ends before it (heldout-8 w25)."""
    if text.startswith("และ", start):
        return True
    at = start
    for word in text[start:end].split(" "):
        if word and gaz.position_stop_rx.match(text, at, at + len(word)):
            return True
        at += len(word) + 1
    return False


def _ranks_only(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` is rank prefixes only (รอง, ผู้ช่วยเลขานุการ): the office they rank is written next."""
    while word:
        rank = gaz.rank_prefix_rx.match(word)
        if rank is None:
            return False
        word = word[rank.end():]
    return True


_ENUMERATED = re.compile(f"(?:[{THAI_LETTER}]{{2,20}} )?[{THAI_LETTER}]{{2,20}} ?และ ?[{THAI_LETTER}]{{2,20}} ")
_AREA_OR_REGION = re.compile(r"(?:เขต|ภาค)\s?\d{1,3}")
_PAREN = re.compile(r"\([^()\n]{1,40}\)")
# what follows a party that signs or acts through the person named next (A (สสว.) โดย ดร.ก, B หรือ NIA โดย ดร.ข): its
# abbreviation or other name, then โดย (not โดยมี, which opens a list of guests)
BY_REPRESENTATIVE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:หรือ\s?[^\s()]{1,30}\s*)?โดย(?!\s*มี)\s*")

def _chunk_end(text: str, pos: int, gaz: Gazetteer) -> int:
    """End of one space-free stretch of a position, cut before what the person does.

    Stops are looked for at word boundaries only (ณ must not cut คณะ).
    """
    run_end = pos
    limit = len(text)
    while run_end < limit and not text[run_end].isspace() and text[run_end] not in ",;“”\"(":
        run_end += 1
    if not gaz.position_stop_rx.search(text, pos + 2, run_end):
        return run_end
    names = [(m.start, m.end) for m in find_agencies(text, gaz, pos, run_end)]
    at = pos
    for word in split_words(text[pos:run_end]):
        if at >= pos + 2 and gaz.position_stop_rx.match(text, at, run_end) and \
                not any(s < at < e for s, e in names):      # กองทุนเพื่อ... holds a stop word
            return at
        at += len(word)
    return run_end
