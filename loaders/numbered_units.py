"""Open names of units that go on with a number: a regional unit's (ศูนย์ส่งเสริมอุตสาหกรรมภาค|ที่ 11,
... เขต 15 เชียงราย, with the seat province the official name adds), and a numbered unit's before its seat
or address (สถาบันพัฒนาฝีมือแรงงาน 22 นครศรีธรรมราช), and a district's unit named with its district glued on
(ศูนย์ฟื้นฟูสภาพทางสังคมอำเภอชัยบาดาล).  The agency finder (``agencies.py``) calls :func:`numbered_region` and
:func:`district_unit` on every open name it reads.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from edugraph.loaders.gazetteer import THAI_LETTER, Gazetteer
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import PROVINCE_PREFIX, dictionary_words, match_province, split_words, word_tag

# a regional unit's number (…ภาคที่ 11, … เขต 7), and the seat the name may add after it (… เขต 15 เชียงราย)
_REGION_WORDS = ("ภูมิภาค", "ภาค", "เขต")
_NUMBER_AFTER_REGION = re.compile(r"\s?(?:ที่\s?)?(\d{1,2})(?!\d)")
_REGION_AND_NUMBER = re.compile(r"\s?(?:ภูมิภาค|ภาค|เขต)(?:ที่)?\s?(\d{1,2})(?!\d)")
# a unit numbered with ที่ glued to its name (สำนักงานทางหลวงที่ 13, ศูนย์อนามัยที่ 7): which of the kind's units
_ORDINAL_GLUED = re.compile(r"ที่\s?(\d{1,2})(?![\d.,:/])")
_SEAT = re.compile(f"\\s([{THAI_LETTER}]{{3,30}})")
_DISTRICT = "อำเภอ"


def district_unit(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer,
                  agency_at: Callable[[str, int, Gazetteer], AgencyMention | None]) -> AgencyMention:
    """An open name with a district glued after it is that district's unit (สำนักทะเบียน|อำเภอแม่สรวย,
    ศูนย์ส่งเสริมการเรียนรู้ระดับ|อำเภอเมืองนครราชสีมา), not a body and a district; a proper name (a school)
    glued to its district is written with its address, and a district with no name (ศูนย์ดำรงธรรมอำเภอ) is the kind.
    ``agency_at`` is the agency finder's reader of the mention at a position (``agencies.agency_at``), handed in
    because ``agencies`` imports this module.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("เริ่มแล้ว ศูนย์ฟื้นฟูสภาพทางสังคมอำเภอชัยบาดาล นำผู้เสพ", gaz)]
    ['ศูนย์ฟื้นฟูสภาพทางสังคมอำเภอชัยบาดาล']
    >>> [m.name for m in find_agencies("ศูนย์ดำรงธรรมอำเภอ สายด่วน 1567", gaz)]
    ['ศูนย์ดำรงธรรม']
    """
    family = mention.family
    if mention.entry is not None or family is None or family.slot != "open" or family.proper or not mention.name \
            or not text.startswith(_DISTRICT, mention.end):
        return mention
    district = agency_at(text, mention.end, gaz)
    if district is None or not district.name or district.bare or district.end > hi \
            or district.family is None or district.family.head != _DISTRICT:
        return mention
    return replace(mention, end=district.end, form=text[mention.start:district.end], name=mention.name + district.name)


def numbered_region(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """An open name of a regional unit goes on with its number: ศูนย์ส่งเสริมอุตสาหกรรมภาค|ที่ 11,
    ศูนย์ปฏิบัติการกองทัพภาค|ที่ 2, ศูนย์ป้องกันและบรรเทาสาธารณภัย| เขต 15 เชียงราย (the seat province the
    official name adds).  Without the number the name is cut, and two regions' units become one.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("โดยศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11 ได้", gaz)]
    ['ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11']
    >>> [m.name for m in find_agencies("ศูนย์ป้องกันและบรรเทาสาธารณภัย เขต 15 เชียงราย ได้", gaz)]
    ['ศูนย์ป้องกันและบรรเทาสาธารณภัย เขต 15 เชียงราย']
    >>> [m.name for m in find_agencies("มอบหมายให้สำนักงานทางหลวงที่ 13 (กรุงเทพฯ) พิจารณา", gaz)]
    ['สำนักงานทางหลวงที่ 13']
    >>> [m.name for m in find_agencies("ประชุมคณะกรรมการค่าจ้างชุดที่ 22 ได้", gaz)]      # a term, not a unit
    ['คณะกรรมการค่าจ้างชุด']
    """
    if mention.entry is not None or mention.family is None or mention.family.slot != "open" or not mention.name:
        return mention
    rx = _NUMBER_AFTER_REGION if mention.name.endswith(_REGION_WORDS) else _REGION_AND_NUMBER
    number = rx.match(text, mention.end, hi)
    if number is None and not mention.name.endswith(tuple(gaz.words["ordinal_terms"])):
        number = _ORDINAL_GLUED.match(text, mention.end, hi)
    if number is None:
        return _numbered_before_address(text, mention, hi, gaz)
    end = number.end()
    seat = _SEAT.match(text, end, hi)
    if seat is not None and gaz.province_by_form(seat.group(1)) is not None:
        end = seat.end()
    written = text[mention.start:end]
    return AgencyMention(mention.start, end, written, mention.name + text[mention.end:end], mention.kind,
                         family=mention.family, province=mention.province, holder=mention.holder and written)


_UNIT_NUMBER = re.compile(r" (\d{1,2})(?![\d.,:/])")


def _numbered_before_address(text: str, mention: AgencyMention, hi: int, gaz: Gazetteer) -> AgencyMention:
    """A numbered unit with no region word: the number belongs to the name where the unit's seat province
    (สถาบันพัฒนาฝีมือแรงงาน 22 นครศรีธรรมราช) or its address (โรงเรียน...ประชารัฐบำรุง 1 ตำบลป่าไร่) follows.
    Anything else after a number (แห่ง, คน, a month) makes it a count or a date, no part of the name.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("ของสถาบันพัฒนาฝีมือแรงงาน 22 นครศรีธรรมราช ณ", gaz)]
    ['สถาบันพัฒนาฝีมือแรงงาน 22 นครศรีธรรมราช']
    >>> [m.name for m in find_agencies("โรงเรียนบ้านหนองบัว 2 ตำบลป่าไร่", gaz)][0]
    'โรงเรียนบ้านหนองบัว 2'
    >>> [m.name for m in find_agencies("โรงเรียนราชประชานุเคราะห์ 54 จังหวัดอำนาจเจริญ", gaz)][0]
    'โรงเรียนราชประชานุเคราะห์ 54'
    >>> [m.name for m in find_agencies("โรงเรียนบ้านหนองบัว 2 แห่ง", gaz)]
    ['โรงเรียนบ้านหนองบัว']
    """
    number = _UNIT_NUMBER.match(text, mention.end, hi)
    body = mention.name[len(mention.family.head):]
    bare = gaz.family_head_form(split_words(body)[-1]) if body else None
    if number is not None and bare is not None and bare.slot == "place" \
            and not _counted(text, number.end(), hi):
        return _numbered_after_a_bare_head(text, mention, number, hi, gaz)
    seat = _SEAT.match(text, number.end(), hi) if number else None
    if seat is None:
        return mention
    word = split_words(seat.group(1))[0]
    if gaz.province_by_form(seat.group(1)) is not None:
        end = seat.end()
    elif word in gaz.words["sub_province_heads"] or seat.group(1).startswith(tuple(gaz.words["sub_province_heads"])) \
            or (PROVINCE_PREFIX.match(text, number.end(), hi) and match_province(text, number.end(), gaz, hi)):
        end = number.end()      # (…ราชประชานุเคราะห์ 54 จังหวัดอำนาจเจริญ: an address that opens with its province)
    else:
        return mention
    written = text[mention.start:end]
    return AgencyMention(mention.start, end, written, mention.name + text[mention.end:end], mention.kind,
                         family=mention.family, province=mention.province, holder=mention.holder and written)


_VILLAGE_AFTER = re.compile(f" ((?:บ้าน|วัด)[{THAI_LETTER}]{{2,30}})")     # its village's or temple's name
_OWN_NAME_AFTER = re.compile(f" ([{THAI_LETTER}]{{2,30}})")
_WORD_AFTER = re.compile(f" ?([{THAI_LETTER}]{{1,20}})")


def _counted(text: str, at: int, hi: int) -> bool:
    """Whether the number before ``at`` counts (… 3 แห่ง, … 12 คน: a classifier follows) rather than names."""
    word = _WORD_AFTER.match(text, at, hi)
    return word is not None and word_tag(split_words(word.group(1))[0]) == "CNIT"


def _numbered_after_a_bare_head(text: str, mention: AgencyMention, number: re.Match, hi: int,
                                gaz: Gazetteer) -> AgencyMention:
    """A unit named by another body's bare head and a number (โรงเรียนเทศบาล 3, the municipality's third school;
    โรงเรียนเทศบาล 6 บ้านบางตาหยาด, โรงเรียนเทศบาล 1 วัดเจียงอี with its village or temple): the number says which
    one, so it belongs to the name.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import find_agencies
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("และโรงเรียนเทศบาล 6 บ้านบางตาหยาด ช่วยให้", gaz)]
    ['โรงเรียนเทศบาล 6 บ้านบางตาหยาด']
    >>> [m.name for m in find_agencies("จากโรงเรียนเทศบาล 3 ชุดการแสดง", gaz)]
    ['โรงเรียนเทศบาล 3']
    >>> [m.name for m in find_agencies("จากโรงเรียนเทศบาล 2 รัชมังคลานุสรณ์ การแสดง", gaz)]
    ['โรงเรียนเทศบาล 2 รัชมังคลานุสรณ์']
    >>> [m.name for m in find_agencies("โดยมีเครือข่ายคณะทำงาน 12 จังหวัดต้นแบบ", gaz)]     # a committee's head: a count
    ['เครือข่ายคณะทำงาน']
    >>> [m.name for m in find_agencies("ในโรงเรียนเทศบาล 3 แห่ง", gaz)]      # a count of schools
    ['โรงเรียนเทศบาล']
    """
    end = number.end()
    village = _VILLAGE_AFTER.match(text, end, hi) or _OWN_NAME_AFTER.match(text, end, hi)
    words = split_words(village.group(1)) if village is not None else ()
    if village is not None and (village.group().startswith((" บ้าน", " วัด")) or (
            not set(words) <= dictionary_words() and words[0] not in gaz.words["sub_province_heads"]
            and not PROVINCE_PREFIX.match(village.group(1)))):
        end = village.end()     # (…2 รัชมังคลานุสรณ์: syllables no dictionary holds are the school's own name)
    written = text[mention.start:end]
    return AgencyMention(mention.start, end, written, mention.name + text[mention.end:end], mention.kind,
                         family=mention.family, province=mention.province, holder=mention.holder and written)
