"""Structure passes: PART_OF between an agency and its parent (HOLDS_POSITION from position phrases: ``positions.py``)."""
from __future__ import annotations

import functools
import re

from edugraph.loaders.agencies import abbreviation_like
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.reading import Fact, Reading, evidence
from edugraph.loaders.unit_names import can_be_part_of, carried_parents, listed_with_spaces

REPRESENTED_BY = re.compile(r"\s?โดย\s?$")


def part_of(reading: Reading, unit: AgencyMention, parent: AgencyMention) -> list[Fact]:
    unit_id, parent_id = reading.agency_id(unit), reading.agency_id(parent)
    if not (unit_id and parent_id):
        return []
    return [Fact("PART_OF", unit_id, parent_id,
                 evidence(reading.text, min(unit.start, parent.start), max(unit.end, parent.end)))]


def _next_agencies(reading: Reading) -> dict[int, AgencyMention]:
    ordered = sorted(reading.a.agencies, key=lambda m: m.start)
    return {id(m): n for m, n in zip(ordered, ordered[1:])}


def affiliated_parent(reading: Reading, mention: AgencyMention) -> AgencyMention | None:
    """The agency a unit is written under (ศูนย์X สังกัด อบต.Y): the next mention, after an
    affiliation marker and nothing else."""
    parent = reading.once(_next_agencies).get(id(mention))
    if parent is None or not parent.name or parent.start < mention.end:
        return None
    gap = reading.text[mention.end:parent.start]
    if len(gap) <= 14 and gap.strip() and reading.gaz.affiliation_rx.fullmatch(gap.strip() + " "):
        return parent
    return parent if _apposition_rx(tuple(reading.gaz.words["affiliation_appositions"])).fullmatch(gap) else None


@functools.lru_cache(maxsize=4)
def _apposition_rx(words: tuple[str, ...]) -> re.Pattern:
    """``(abbr) <what it is> สังกัด``: one run of words saying what the body is, then its parent's สังกัด."""
    return re.compile(r"\s?(?:\([^()\n]{1,12}\)\s?)?(?:" + "|".join(map(re.escape, words)) + r")[^\s()]{0,40}\s?สังกัด\s?")


# กรมเจ้าท่า กรมการขนส่งทางบก และสำนักงานการบินพลเรือนแห่งประเทศไทย: what joins the units of one list
_LISTED = re.compile(r"\s?(?:\([^()\n]{1,20}\)\s?)?(?:,|และ)?\s?")
# "กระทรวงแรงงาน" โดย กรม..., กระทรวงเกษตรฯ โดย กรม..., กระทรวง...(พม.) โดยกรม...: a body acting through its units;
# the parent's closing quote, ฯ or abbreviation may stand before โดย
_ACTING_THROUGH = re.compile(r"[”\"ฯ]?\s?(?:\([^()\n]{1,20}\)\s?)?โดย\s?")
# กรมกิจการเด็กและเยาวชน (ดย.) กระทรวง พม.: the unit's own abbreviation (or its Latin name) may stand between it and
# its parent, and a parent written by its abbreviation may be preceded by the first word of its name (กระทรวง พม.)
# (not a list's number: สำนักงานศาลยุติธรรม (4) กระทรวงยุติธรรม are two items)
_BESIDE = re.compile(r"[ \u00a0]?(?:\((?:(?=[^()\n]{0,19}[ก-ฮ])[^()\n]{1,20}|[A-Za-z][^()\n]{0,80})\)[ \u00a0]?)?"
                     r"(?:([ก-๙]{2,12})[ \u00a0]?)?")


def written_beside(text: str, unit: AgencyMention, parent: AgencyMention) -> bool:
    """Whether nothing but a space, the unit's own abbreviation in brackets, or the head word of a parent written by its
    abbreviation (กระทรวง พม., กรม ดย.) stands between ``unit`` and ``parent``."""
    found = _BESIDE.fullmatch(text, unit.end, parent.start)
    if found is None:
        return False
    head = found.group(1)
    if head is None:    # (สกพอ. คค. รฟท. และ...: two short forms side by side are items of a list)
        return not (abbreviation_like(unit.form) and abbreviation_like(parent.form))
    return parent.name.startswith(head) and not parent.form.startswith(head)


def _without_echoes(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The mentions less each abbreviation written in brackets right after the name it shortens (กรมกิจการเด็กและ
    เยาวชน (ดย.)): the pair is one written agency, so the body after the brackets is the one beside it."""
    out = []
    for m in mentions:
        if out and out[-1].name == m.name and text[out[-1].end:m.start].strip() == "(" and text[m.end:m.end + 1] == ")":
            continue
        out.append(m)
    return out


def acts_through(unit: AgencyMention, parent: AgencyMention, gaz) -> bool:
    """Whether ``parent โดย unit`` writes a unit of the parent: a unit it could own anywhere, or under a ministry
    or a national office any body below it (``acting_*`` in cues.yaml: วธ. โดยสำนักงานวัฒนธรรมจังหวัดสตูล,
    กระทรวงศึกษาธิการ โดย สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน; ANNOTATION ``สกศ. โดยสำนักพัฒนากฎหมายการศึกษา``)."""
    if can_be_part_of(unit, parent, gaz):
        return True
    w = gaz.words
    ministries, departments = tuple(w["acting_ministry_heads"]), tuple(w["acting_department_heads"])
    return bool(unit.name and parent.name) and unit.name != parent.name and not unit.place \
        and unit.kind not in w["acting_unit_not_kinds"] and parent.kind in w["acting_parent_kinds"] \
        and not unit.name.startswith(ministries) \
        and (not unit.name.startswith(departments) or parent.name.startswith(ministries))


def _listed_after(reading: Reading, mentions: list[AgencyMention], first: int, parent: AgencyMention,
                  fits=can_be_part_of) -> list[AgencyMention]:
    """The units listed from ``mentions[first]`` on that can each be units of ``parent`` (``fits``): the list ends at
    the first mention that is not joined to the one before (space, comma, และ) or could not be a unit of it."""
    out = []
    for i in range(first, len(mentions)):
        unit = mentions[i]
        if not fits(unit, parent, reading.gaz):
            break
        if out and not _LISTED.fullmatch(reading.text, out[-1].end, unit.start):
            break
        out.append(unit)
    return out


def units(reading: Reading) -> list[Fact]:
    """PART_OF for a unit written right before its parent, ``X โดยY`` with Y a unit of X, and
    a unit written under the agency it belongs to (ศูนย์พัฒนาเด็กเล็กX สังกัด อบต.Y, หน่วยงานในสังกัด X ได้แก่ Y Z)."""
    text, gaz = reading.text, reading.gaz
    mentions = [m for m in reading.a.agencies if m.name]
    facts = []
    beside = _without_echoes(text, mentions)
    for i, (unit, parent) in enumerate(zip(beside, beside[1:])):
        # not over a line's end (another sentence), nor inside a list written with spaces (…ศูนย์ฝึกพาณิชย์นาวี
        # มหาวิทยาลัยสยาม มหาวิทยาลัยหัวเฉียว…: the parent is followed by another body of its kind)
        after = beside[i + 2] if i + 2 < len(beside) else None
        if written_beside(text, unit, parent) and not listed_with_spaces(text, parent, after) \
                and can_be_part_of(unit, parent, gaz):
            facts += part_of(reading, unit, parent)
    for i, (unit, parent) in enumerate(zip(mentions, mentions[1:])):
        gap = text[unit.end:parent.start]
        if _ACTING_THROUGH.fullmatch(gap):
            for listed in _listed_after(reading, mentions, i + 1, unit, acts_through):
                if listed is not parent and _written_with_parent(reading, mentions, listed):
                    break       # ระหว่าง A โดย B และกรมราชทัณฑ์ กระทรวงยุติธรรม: the next party, with its own parent
                facts += part_of(reading, listed, unit)
    for i, parent in enumerate(mentions[:-1]):
        if parent.affiliated and not parent.place \
                and _affiliation_list_rx(gaz).fullmatch(text, parent.end, mentions[i + 1].start):
            for listed in _listed_after(reading, mentions, i + 1, parent):
                facts += part_of(reading, listed, parent)
    for unit in mentions:
        parent = affiliated_parent(reading, unit)
        if parent is not None and not unit.place and not parent.place:
            facts += part_of(reading, unit, parent)
    return facts


def _written_with_parent(reading: Reading, mentions: list[AgencyMention], unit: AgencyMention) -> bool:
    """Whether ``unit`` is written right before an agency it could be a unit of (กรมราชทัณฑ์ กระทรวงยุติธรรม)."""
    after = next((m for m in mentions if m.start >= unit.end), None)
    return after is not None and reading.text[unit.end:after.start] in ("", " ") \
        and can_be_part_of(unit, after, reading.gaz)


def _affiliation_list_rx(gaz) -> re.Pattern:
    """After ``ในสังกัด X``: a few words (ทั่วประเทศ), a list opener (ได้แก่), the first unit."""
    return _list_openers(tuple(gaz.words["affiliation_lists"]))


@functools.lru_cache(maxsize=4)
def _list_openers(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s?(?:[ก-๙]{1,12}\s?)?(?:" + "|".join(map(re.escape, words)) + r")\s?")


_NAMED_PARENT_MIN = 6      # characters of the parent's name: a shorter one is too likely a word of another name


def named_units(reading: Reading) -> list[Fact]:
    """``คณะกรรมการกองทุนหมู่บ้านไชยสถาน``, ``ศูนย์บริการโลหิตแห่งชาติ สภากาชาดไทย``, ``โรงเรียนสาธิตสถาบัน...``: an
    agency whose name ends with the name of another agency of the release is a unit of it (DECISIONS #34: the
    faculty's name carries its university), wherever the two are written.  Not a province's or a district's
    administration (จังหวัดX, อำเภอX place an office, they do not own it), nor a body served by the office named after its head
    (``not_unit_heads`` in agency_families.yaml: สำนักงานปลัดกระทรวงX, สำนักงานเลขาธิการสภาX)."""
    named = {}
    for m in reading.a.agencies:
        if m.entity_id and m.name and not m.place and not m.backref and m.kind not in ("provincial_administration", "district"):
            named.setdefault(m.entity_id, "".join(m.name.split()))
    not_heads = set(reading.gaz.words["not_unit_heads"])
    # a school named after its temple (โรงเรียนวัดบำเพ็ญเหนือ) is no unit of it: a temple (held_only) owns no school
    temples = tuple(f.head for f in reading.gaz.families if f.held_only)
    facts = []
    for unit_id, unit in named.items():
        for parent_id, parent in named.items():
            if parent_id == unit_id or len(parent) < _NAMED_PARENT_MIN or not unit.endswith(parent):
                continue
            if temples and parent.startswith(temples) and reading.entity(unit_id).get("kind") == "school":
                continue
            head = unit[:-len(parent)]
            if head and head not in not_heads and "ของ" not in head:     # คณะทำงาน...ของสำนักงานปลัด...: of another
                facts.append(Fact("PART_OF", unit_id, parent_id, reading.entity(unit_id)["name"]))
    # a unit's name that carries its parent gives the parent an agency too, and a campus is part of the
    # university its name opens with (มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี); a faculty's parent is found above
    for unit_id in list(named):
        unit = reading.entity(unit_id)["name"]
        for written, parent in carried_parents(unit, reading.gaz):
            head_id = unit_id if written == unit else reading.named_agency_id(written, "university")
            parent_id = reading.named_agency_id(parent, "university")
            if parent_id != head_id and not any(f.head == head_id and f.tail == parent_id for f in facts):
                facts.append(Fact("PART_OF", head_id, parent_id, unit))
        # a city's bureau carries the city (สำนักการแพทย์ กรุงเทพมหานคร, written สำนักการแพทย์ กทม.): the city is a
        # place where it does not act, so no entity of its own stands for it above; the unit's name makes it one
        city = _carried_city(unit, reading.gaz)
        if city is not None:
            parent_id = reading.named_agency_id(city.head, city.kind)
            if not any(f.head == unit_id and f.tail == parent_id for f in facts):
                facts.append(Fact("PART_OF", unit_id, parent_id, unit))
    return facts


def _carried_city(unit: str, gaz):
    """The city administration (a place family with no slot: กรุงเทพมหานคร) a unit's name ends with after a space."""
    head, _, last = unit.rpartition(" ")
    if not head:
        return None
    return next((f for f in gaz.families if f.place and f.slot == "none" and f.head == last
                 and last in gaz.words["carried_parent_heads"]), None)
