"""The positions pass: HOLDS_POSITION from each person's position phrase (and PART_OF between agencies inside it),
an office written right before a name or after a position (a second office), a position shared by a list of
names; and the bodies a person acts for (a collective body aside), which the role passes read."""
from __future__ import annotations

import re
from dataclasses import dataclass

from edugraph.loaders.implied_bodies import (body_named_after, committee_after, committee_before,
                                               heads_a_named_division, ministry_before, ministry_of_paragraph,
                                               office_stated_after)
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.position_phrases import BY_REPRESENTATIVE
from edugraph.loaders.reading import Fact, Reading, evidence
from edugraph.loaders.structure import part_of
from edugraph.loaders.unit_names import can_be_part_of
from edugraph.loaders.words import skip_space

_AND_OFFICE = re.compile(r"\s?และ\s?$")
# รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงคมนาคม: a minister's office joined to the position is his too (a
# ministry has one minister: had another person held it, the name would follow the office)
_AND_MINISTER = re.compile(r"\s?และ\s?")   # รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย: two offices
_NAMES_JOINED = re.compile(r"\s?(?:และ|,)\s?| ")
_LISTED_WITH = re.compile(r"\s?(?:และ|,|พร้อมด้วย)\s?")
# ...ในฐานะรองประธานกรรมการ, ...ในฐานะรองประธานฯ (the body the story is about, shortened with ฯ): a committee's office
_COMMITTEE_OFFICE = re.compile(r"(?:ประธาน|เลขานุการ|(?<![ก-๙])|ในฐานะ)(?:คณะ)?(?:อนุ)?กรรมการ(?:และเลขานุการ)?\s?$"
                               r"|ในฐานะ\s?(?:รอง)?ประธาน(?:กรรมการ)?\s?ฯ\s?$")
_SHORTENED = re.compile(r"ฯ\s?$")
_BRACKETED_NAME = re.compile(r"\s?\(\s?")
_ASSIGNS = re.compile(r"มอบหมาย(?:ให้)?\s?")


@dataclass(frozen=True)
class Positions:
    facts: tuple[Fact, ...]
    agencies: dict[str, tuple[str, ...]]     # person id -> the agencies of their positions, in order


_FORMER = re.compile(r"\s*อดีต")


def held_positions(reading: Reading) -> Positions:
    """HOLDS_POSITION from each person's position phrase (and PART_OF between agencies inside it)."""
    text, a = reading.text, reading.a
    delegator = _delegators(reading)
    represented = _represented_parties(reading)
    facts: list[Fact] = []
    held: dict[str, list[str]] = {}

    def hold(person_id: str, title: str, agency_ids: list[str], said: str) -> None:
        for agency_id in agency_ids:
            facts.append(Fact("HOLDS_POSITION", person_id, agency_id, said, title=title))
            known = held.setdefault(person_id, [])
            if agency_id not in known:
                known.append(agency_id)

    committees = {m.name: m for m in a.agencies if m.kind == "committee" and m.name}
    committee = next(iter(committees.values())) if len(committees) == 1 else None
    claimed: set[int] = set()      # offices read as a second office of the person before them
    for person in a.persons:
        if person.entity_id is None or not person.position:
            continue
        s, e = person.position_span
        inside = sorted([m for m in a.agencies if s <= m.start < e and m.name]
                        + [m for m in a.backrefs if s <= m.start < e], key=lambda m: m.start)
        # the first agency named, and any after "ในฐานะ..." or "และ" + an office (a second office)
        chosen = inside[:1] + [m for m in inside[1:] if _after_acting_office(reading, s, m.start)
                               or (m.holder and _AND_OFFICE.search(text, s, m.start))]
        chosen = [m for m in chosen if not _of_a_foreign_state(reading, m, e)
                  and not _a_jurisdiction(reading, person, m)]
        if not inside and person.start in delegator:
            chosen = [delegator[person.start]]
        elif not inside and person.start in represented:
            chosen = [represented[person.start]]
        elif not inside and re.sub(r"\s+", "", person.position) in reading.gaz.bare_ministry_offices \
                and e < len(text.rstrip()) and not _foreign_state_after(reading, e, e, reach=40):
            # รัฐมนตรีช่วยว่าการ: the story's ministry; not when the page's end cuts the position off (dev h12) or a
            # foreign state follows it (รมว. ด้านการค้าและอุตสาหกรรม ราชอาณาจักรนอร์เวย์)
            chosen = ministry_before(reading, person.start)
        elif not inside and (named := body_named_after(reading, person)) is not None:
            chosen = [named]
        second = _office_written_after(reading, person)
        if second is not None:
            chosen.append(second)
            claimed.add(id(second))
        for unit, parent in zip(inside, inside[1:]):
            if can_be_part_of(unit, parent, reading.gaz) and not text[unit.end:parent.start].strip():
                facts.extend(part_of(reading, unit, parent))
        ids = [_board_owner(reading, m) or reading.agency_id(m) for m in chosen]
        ids += [i for i in _ministries_written_short(reading, person) if i not in ids]
        if not ids and heads_a_named_division(reading, person.position):
            ids = ministry_of_paragraph(reading, person.start, e)
        if _COMMITTEE_OFFICE.search(person.position) and not any(m.kind == "committee" for m in inside):
            # "ในฐานะรองประธานกรรมการ": of the story's committee, or of the one named last before him
            own = committee or committee_before(reading, person.start) \
                or (_SHORTENED.search(person.position) and committee_after(reading, e))
            if own is not None:
                ids.append(reading.agency_id(own))
        if not _FORMER.match(person.position):      # อดีตปลัดกระทรวงพลังงาน: an office he no longer holds
            hold(person.entity_id, person.position, [i for i in ids if i], evidence(text, person.start, person.end))
    # "ประธานกรรมการนโยบาย... นายวิษณุ เครืองาม รองนายกรัฐมนตรี": an office written right before a name is his,
    # also with the name in brackets after it ("รัฐมนตรีว่าการกระทรวงอุตสาหกรรม (นายเอกนัฏ พร้อมพันธุ์)")
    for person in a.persons:
        office = next((m for m in a.agencies if m.holder and m.name and not m.in_position and m.end <= person.start
                       and id(m) not in claimed and not (m.family is not None and m.family.held_only)
                       and (not text[m.end:person.start].strip()
                            or _BRACKETED_NAME.fullmatch(text, m.end, person.start)
                            and text.startswith(")", person.end))), None)
        if office is not None and person.entity_id and reading.agency_id(office):
            hold(person.entity_id, office.holder, [office.entity_id], evidence(text, office.start, person.end))
    # "นางสาวแพทองธาร ชินวัตร เป็นนายกรัฐมนตรี", "นายชาครีย์ ... เป็นรองประธานฯ": an office stated with เป็น
    for person in a.persons:
        stated = office_stated_after(reading, person) if person.entity_id else None
        if stated is not None:
            title, body = stated
            agency_id = _board_owner(reading, body, seat=True) or reading.agency_id(body)
            if agency_id:
                hold(person.entity_id, title, [agency_id], evidence(text, person.start, person.end))
    # "นาย A และนาง B ศึกษานิเทศก์ สพป.X": a position shared by two listed names applies to both
    shared: dict[int, str] = {}
    for first, second in zip(reversed(a.persons[:-1]), reversed(a.persons[1:])):
        if first.position or first.entity_id is None or second.entity_id not in held:
            continue
        title = second.position or shared.get(id(second))
        if _NAMES_JOINED.fullmatch(text, first.end, second.start) \
                and not (title or "").startswith(reading.gaz.sole_offices):
            shared[id(first)] = title
            hold(first.entity_id, title, list(held[second.entity_id]), evidence(text, first.start, second.end))
    # "นายสามารถ ศึกษาธิการจังหวัดสระแก้ว ... พร้อมด้วยนางธิติมา ผู้อำนวยการกลุ่มลูกเสือ...": a unit's office with no
    # agency named is in the agency of the person it is listed with
    for before, person in zip(a.persons, a.persons[1:]):
        if person.entity_id and person.entity_id not in held and before.entity_id in held and person.position \
                and _LISTED_WITH.fullmatch(text, before.end, person.start) \
                and _unprefixed(person.position, reading.gaz).startswith(reading.gaz.unit_offices):
            hold(person.entity_id, person.position, list(held[before.entity_id][:1]),
                 evidence(text, before.start, person.end))
    return Positions(tuple(facts), {k: tuple(v) for k, v in held.items()})


def _a_jurisdiction(reading: Reading, person, office: AgencyMention) -> bool:
    """Whether ``office`` is only the place of a jurisdiction office (``jurisdiction_offices``: เจ้าคณะจังหวัดX is
    the sangha's office for the province, not a position in จังหวัดX)."""
    return office.family is not None and office.family.place and _unprefixed(person.position, reading.gaz).startswith(
        tuple(reading.gaz.words["jurisdiction_offices"]))


def _of_a_foreign_state(reading: Reading, office: AgencyMention, position_end: int) -> bool:
    """Whether the office is a foreign state's, named on after the position's agency (``ปลัดกระทรวงคมนาคมและ
    การสื่อสาร|ของเมียนมา``, ``กระทรวงอุตสาหกรรม และการค้า |สาธารณรัฐปารากวัย``): not the Thai body it matched."""
    if any(country in office.name for country in reading.gaz.country_names):
        return False
    return _foreign_state_after(reading, office.end, position_end)


def _foreign_state_after(reading: Reading, at: int, position_end: int, reach: int = 28) -> bool:
    """Whether a foreign state is named within ``reach`` characters after ``at`` as the rest of the office's
    name (a few words), not in another person's office or a new clause after ``position_end``."""
    gaz, text = reading.gaz, reading.text
    found = gaz.foreign_office_rx.match(text[at:min(len(text), max(position_end, at) + reach + 2)])
    if found is None:
        return False
    beyond = text[max(position_end, at):at + found.end()]
    return found.end() <= reach and not any(rx.search(beyond) for rx in (gaz.title_rx, gaz.position_head_rx,
                                                                         gaz.event_cue_rx))


def _after_acting_office(reading: Reading, start: int, at: int) -> bool:
    """Whether the agency at ``at`` closes a second office (``ในฐานะ...``, ``ปฏิบัติหน้าที่โฆษกประจำ|สำนัก...``,
    ``รักษาการในตำแหน่งที่ปรึกษาด้านการปกครอง |กระทรวงมหาดไทย``) written in the position from ``start``."""
    last = None
    for last in reading.gaz.acting_office_rx.finditer(reading.text, start, at):
        pass
    return last is not None and re.fullmatch(r"\S*\s?", reading.text[last.end():at]) is not None


def _unprefixed(position: str, gaz) -> str:
    for prefix in sorted(gaz.rank_prefixes, key=len, reverse=True):
        if position.startswith(prefix):
            return position[len(prefix):].lstrip()
    return position


def _office_written_after(reading: Reading, person) -> AgencyMention | None:
    """``นายธวัช ผวจ.ศรีสะเกษ ประธานคณะกรรมการศึกษาธิการจังหวัดศรีสะเกษ ได้...``, ``นายณฐรัช ผู้ช่วยผู้อำนวยการกอง...
    ผู้แทนอธิการบดีมหาวิทยาลัยเชียงใหม่ พลตรียุทธนา ผู้บัญชาการ...``: an office holder's agency written right after a
    position (or after a rank such as ผู้แทน) is a second office of the same person (DECISIONS #47), unless a
    name with no position of its own follows it (then it is that person's office). An office written bare, with
    its province left to the story (``ผู้ตรวจราชการกระทรวงวัฒนธรรม วัฒนธรรมจังหวัด หัวหน้าส่วนราชการ``), is
    another guest in a list."""
    text, a = reading.text, reading.a
    _, end = person.position_span
    office = next((m for m in a.agencies if m.holder and m.name and not m.bare and end < m.start <= end + 12
                   and (text[end:m.start].strip() in reading.gaz.rank_prefixes | {""}
                        or _AND_MINISTER.fullmatch(text, end, m.start)
                        and reading.gaz.bare_ministry_office_rx.match(text, m.start))), None) \
        or _headed_office_after(reading, end)
    if office is None or any(office.end <= p.start <= office.end + 2 and not p.position for p in a.persons):
        return None
    if person.position.startswith(tuple(reading.gaz.words["monastic_offices"])) \
            and office.family is not None and office.family.place:
        # พระครู... เจ้าอาวาสวัดขนอน รองผู้ว่าราชการจังหวัดราชบุรี: a monk holds no office of a province or a district,
        # the next guest does; his sangha offices (กรรมการมหาเถรสมาคม) are his
        return None
    return office


def _headed_office_after(reading: Reading, end: int) -> AgencyMention | None:
    """``รองปลัดกระทรวงยุติธรรม โฆษกกระทรวงยุติธรรม``: a second office written right after the position, as a
    position head (``heads`` in positions.yaml, with any rank prefix) before a named agency; not a head that
    also names a group of people (``people_group_heads``)."""
    text, gaz = reading.text, reading.gaz
    if end >= len(text) or text[end] != " ":
        return None
    office = next((m for m in reading.a.agencies if m.name and not m.bare and end + 1 < m.start <= end + 20), None)
    if office is None:
        return None
    written = text[end + 1:office.start]
    head = _unprefixed(written.rstrip(" "), gaz)
    if not head or head in gaz.words["people_group_heads"]:      # ผู้บริหารกระทรวงX: the next party of a list
        return None
    if written.endswith(" ") and written.startswith(gaz.sole_offices):
        # ``ปลัดกระทรวงเกษตรและสหกรณ์ รองประธานกรรมการ ธ.ก.ส.``: a head may stand apart from its agency, but a sole
        # office so written is the next guest's (``ผู้ว่าราชการกรุงเทพมหานคร เลขาธิการ ป.ป.ส.``)
        return None
    return office if gaz.position_head_rx.fullmatch(head) else None


_BOARD = "คณะกรรมการ"


def _board_owner(reading: Reading, office: AgencyMention, seat: bool = False) -> str | None:
    """``ประธานกรรมการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร``: the chair of a named body's board holds his
    position in that body (heldout-2 u15's gold), when the board's name is a gazetteer body's after คณะกรรมการ; so
    does one who takes a seat stated in it (``seat``: คณะกรรมการการไฟฟ้านครหลวง (นาย ก เป็นประธานกรรมการ...))."""
    if office.kind != "committee" or not (office.holder or seat) or not office.name \
            or not office.name.startswith(_BOARD):
        return None
    rest = office.name[len(_BOARD):].strip()
    entry = reading.gaz.agency_by_name(rest) or reading.gaz.agency_by_form(rest)
    if entry is None or entry.kind == "committee":
        return None
    return reading.gazetteer_agency_id(entry)


_MINISTRY = "กระทรวง"
_ALSO = re.compile(r"\s?(?:และ|/)\s?")
_WORD = re.compile(r"[ก-๙A-Za-z]+\.?(?:[ก-๙A-Za-z]+\.)*")


def _ministries_written_short(reading: Reading, person) -> list[str]:
    """``รมว.แรงงาน``, ``รองนายกรัฐมนตรี และ รมว.มหาดไทย``: a minister's office written with its ministry's
    name short of กระทรวง (or its abbreviation) belongs to that ministry (ANNOTATION: a minister, deputy
    minister or their advisers → the ministry)."""
    text, gaz = reading.text, reading.gaz
    s, e = person.position_span
    starts = [s] + [also.end() for also in _ALSO.finditer(text, s, e)]    # รองนายกรัฐมนตรีและรมว.มหาดไทย
    also = _ALSO.match(text, e)
    if also is not None:
        starts.append(also.end())
    ids = []
    for start in starts:
        # รองนายกรัฐมนตรีและ รมว.มหาดไทย, ผู้ช่วยเลขานุการ รมว.มหาดไทย: spaces and ranks before the office
        start = _past_ranks(text, skip_space(text, start, e + 1), gaz)
        office = gaz.bare_ministry_office_rx.match(text, start)
        if office is None or text.startswith(_MINISTRY, office.end()):
            continue
        entry = _ministry_named(gaz, text[office.end():office.end() + 80])
        if entry is not None:
            ids.append(reading.gazetteer_agency_id(entry))
    return ids


def _past_ranks(text: str, start: int, gaz) -> int:
    """Where the office proper starts after any rank prefixes (``ผู้ช่วย|เลขานุการ รมว.``), spaced or not;
    ``start`` itself when what follows them is no minister's office."""
    at = start
    while True:
        rank = gaz.rank_prefix_rx.match(text, at)
        if rank is None:
            return start
        at = skip_space(text, rank.end(), rank.end() + 1)
        if gaz.bare_ministry_office_rx.match(text, at):
            return at


def _ministry_named(gaz, rest: str):
    """The ministry whose name, short of กระทรวง, opens ``rest`` (the whole of it, or its first word if
    only one ministry's name opens with that word), or whose abbreviation does."""
    word = _WORD.match(rest)
    if word is None:
        return None
    flat = re.sub(r"\s+", "", rest)
    ministries = [(tail, entry) for tail, entry, _ in gaz.names_after_head(_MINISTRY)]
    whole = [(tail, entry) for tail, entry in ministries if tail and flat.startswith(tail)]
    if whole:
        return max(whole, key=lambda t: len(t[0]))[1]
    opened = {entry.name: entry for tail, entry in ministries if len(word.group()) >= 4 and tail.startswith(word.group())}
    if len(opened) == 1:
        return next(iter(opened.values()))
    # (รมว.ศธ, เลขานุการ รมว.อว: the ministry's abbreviation written without its last dot)
    by_form = gaz.agency_by_form(word.group()) or (gaz.agency_by_form(word.group() + ".")
                                                   if not word.group().endswith(".") else None)
    return by_form if by_form is not None and by_form.name.startswith(_MINISTRY) else None


def collective_body(reading: Reading, agency: str) -> bool:
    """Whether ``agency`` is a collective body (``collective_bodies`` in positions.yaml: คณะรัฐมนตรี, and a foreign
    one written as คณะรัฐมนตรี นิวซีแลนด์), which acts as a body only through its own meetings."""
    name = (reading.entity(agency) or {}).get("name") or ""
    return name.startswith(tuple(reading.gaz.words["collective_bodies"]))


def acting_for(reading: Reading, agencies) -> list[str]:
    """The bodies a person acts for, of those of his positions: less a collective body he sits in by one
    office when he heads another (a deputy prime minister who signs as a minister signs for the ministry,
    not the cabinet; ``collective_bodies`` in ``data/positions.yaml``)."""
    agencies = list(agencies)
    collective = reading.gaz.words["collective_bodies"]
    own = [a for a in agencies if (reading.entity(a) or {}).get("name") not in collective]
    return own if len(agencies) > 1 and own else agencies


def positions(reading: Reading) -> list[Fact]:
    return list(reading.once(held_positions).facts)


def _represented_parties(reading: Reading) -> dict[int, AgencyMention]:
    """``A (สสว.) โดย ดร.ปณิตา ชินวัตร รองผู้อำนวยการ``: a person whose position names no agency holds it in the
    party he signs or acts for (DECISIONS #30)."""
    text, out = reading.text, {}
    starts = {p.start: p for p in reading.a.persons}
    for m in reading.a.agencies:
        if not m.name or m.holder:
            continue
        gap = BY_REPRESENTATIVE.match(text, m.end)
        if gap is not None and gap.end() in starts:
            out[gap.end()] = m
    return out


def _delegators(reading: Reading) -> dict[int, AgencyMention]:
    """``<office> มอบหมายให้ <person>``: a person whose position names no agency works in the assigner's."""
    out = {}
    for match in _ASSIGNS.finditer(reading.text):
        agencies = [m for m in reading.a.agencies if m.end <= match.start() and m.name
                    and match.start() - m.end <= 12]
        persons = [p for p in reading.a.persons if match.end() <= p.start <= match.end() + 2]
        if agencies and persons:
            out[persons[0].start] = agencies[-1]
    return out
