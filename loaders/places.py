"""Place passes: LOCATED_IN for agencies, HELD_IN for events."""
from __future__ import annotations

import re

from edugraph.loaders.event_venues import surname_particle, venue_marker
from edugraph.loaders.stated_places import addressed_elsewhere, dateline_province, stated_address, titled_address
from edugraph.loaders.leads import leads_of, scan
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.national_bodies import located_nowhere, national
from edugraph.loaders.reading import Fact, Reading, evidence
from edugraph.loaders.structure import affiliated_parent
from edugraph.loaders.words import PROVINCE_PREFIX, is_thai_letter, match_province

# a house or village number that opens a local body's address (โรงเรียนบ้านปราสาท หมู่ 5 ตำบลท่าตูม อำเภอท่าตูม
# จังหวัดสุรินทร์); after a body the gazetteer knows it is a project's site (หมู่บ้านธนารักษ์ กองทัพบก หมู่ที่ 3 ...)
_VILLAGE_NUMBER = re.compile(r"\s?(?:เลขที่\s?[\d/]+\s?)?(?:หมู่(?:ที่)?|ม\.)\s?\d+(?=\s?(?:ตำบล|ต\.|อำเภอ|อ\.|จังหวัด|จ\.))")
_AND = re.compile(r"\s?(?:และ|หรือ|,)?\s?")
_OTHER_PLACES_TOO = re.compile(r"\s?(?:และ|หรือ|,)\s?(?:จังหวัด|จ\.|อำเภอ|อ\.|พื้นที่)")
_PLACED_LIST = re.compile(r"ใน(?:พื้นที่)?(?:(?:ตำบล|ต\.)\s?[ก-๙]+\s?)?(?:(?:อำเภอ|อ\.)\s?[ก-๙]+\s?)?"
                          r"(?P<province>(?:จังหวัด|จ\.)\s?[ก-๙]+)[^\n]{0,80}?(?:อาทิ|ได้แก่|ประกอบด้วย)")


# a province the event's own clause goes to: ลงพื้นที่ ต.ป่าบง อ.สารภี จ.เชียงใหม่ เพื่อติดตาม...,
# เดินทางไปยังอำเภออรัญประเทศ จังหวัดสระแก้ว เพื่อเป็นประธานในการประชุม..., มีกำหนดการเดินทางถึงจังหวัดสระแก้ว,
# ลงพื้นที่ตรวจราชการจังหวัดยะลา (an inspection of a province is held there)
# (ณ not ending a word: ขอบคุณผู้ว่าราชการจังหวัดX, วัดทองนพคุณ; ที่ not inside พื้นที่/สถานที่/หน้าที่, nor where a
# thing is: ตั้งอยู่ที่; ใน places only up to the title:
# after it, ในพื้นที่X is as often what the event is about as where it is)
_CLAUSE_PLACE = re.compile(r"(?:ลงพื้นที่|ไปยัง|เดินทางถึง|ตรวจราชการ|บริเวณ|(?<![\u0e01-\u0e4e])ณ|(?<!พื้น)(?<!สถาน)(?<!หน้า)(?<!อยู่)ที่|(?P<within>ใน(?:พื้นที่)?))\s?"
                           r"(?:(?:ตำบล|ต\.)\s?[ก-๙]+\s?)?(?:(?:อำเภอ|อ\.)\s?[ก-๙]+\s?)?")
_CLAUSE_PLACE_LEADS = leads_of(_CLAUSE_PLACE)       # its lookbehinds would be tried at every position
_BRANCH = re.compile(r"(?:วิทยาเขต|สาขา)\s?$")
_CLAUSE_REACH = 160         # characters after the event's title within which its clause may place it
# a ที่ standing alone after the participants, before a place whose province closes the sentence
# (…เข้าร่วมจำนวนมาก ที่บ้านทับเบิก ตำบลวังบาล อำเภอหล่มเก่า จังหวัดเพชรบูรณ์, กล่าวรายงาน ที่ ควอเทียร์ พาร์ค … กรุงเทพฯ)
_SPACED_AT = re.compile(r"(?<=\s)ที่\s?(?=[ก-๙])(?!ผ่าน|จะ|ได้|มี|เป็น|ไม่|ยัง|สุด|สำคัญ|ดี|เกี่ยว|ตั้ง|ประชุม|ปรึกษา)")
_LONGEST_TRIP = 4           # provinces a visit may be held in, beyond its first


def located(reading: Reading) -> list[Fact]:
    """LOCATED_IN from the agency's own name, a stated address, a list placed in a province
    (โรงเรียนขนาดเล็กในจังหวัดลำปาง ... อาทิ A B C), or, for local governments and districts,
    the story's province."""
    listed = _listed_in_province(reading)
    facts = []
    for mention in reading.a.agencies:
        if mention.entity_id is None or not mention.name or located_nowhere(mention, reading.gaz):
            continue
        province = province_of(reading, mention, listed)
        if province:
            facts.append(Fact("LOCATED_IN", mention.entity_id, reading.province_id(province),
                              evidence(reading.text, mention.start,
                                       mention.end + 40 if mention.province is None else mention.end)))
    facts += _placed_by_parent_name(reading, facts)
    facts += _placed_campuses(reading, facts)
    facts += _placed_cities(reading, facts)
    return facts + addressed_elsewhere(reading, facts)


def _placed_cities(reading: Reading, found: list[Fact]) -> list[Fact]:
    """A city administration only a bureau's name carries (สำนักอนามัย กทม., สำนักการแพทย์ กรุงเทพมหานคร: no mention of
    it acts, so it became an agency through the bureau's PART_OF) lies in the province it is named as, as the
    city written alone does (gold: every such city, heldout-4 w33, heldout-5 w20)."""
    placed = {f.head for f in found}
    facts = []
    for part in reading.found("PART_OF"):
        entity = reading.entity(part["tail"])
        if part["tail"] in placed or entity is None or entity.get("kind") != "local_government":
            continue
        province = reading.gaz.province_by_form(entity["name"])
        if province and province.name == entity["name"]:
            placed.add(part["tail"])
            facts.append(Fact("LOCATED_IN", part["tail"], reading.province_id(province.name), part["evidence"]))
    return facts


def _placed_campuses(reading: Reading, found: list[Fact]) -> list[Fact]:
    """A campus no finder named but a unit's name carries (คณะรัฐศาสตร์ มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี gives
    ``มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี`` through PART_OF) is placed by the province its name ends in, as a
    campus the text names is (gold: every such campus, third h22, heldout-4 w35)."""
    placed = {f.head for f in found}
    facts = []
    for part in reading.found("PART_OF"):
        for end in (part["head"], part["tail"]):
            entity = reading.entity(end)
            if end in placed or entity is None or entity.get("type") != "Agency":
                continue
            province = campus_province(entity["name"], reading.gaz)
            if province:
                placed.add(end)
                facts.append(Fact("LOCATED_IN", end, reading.province_id(province), entity["name"]))
    return facts


def campus_province(name: str, gaz) -> str | None:
    """The province a campus's name ends in (``campus_words`` + a province: วิทยาเขตสุราษฎร์ธานี); a university's own
    name places nothing (DECISIONS #35: มหาวิทยาลัยสงขลานครินทร์ is not in สงขลา).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> campus_province("มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี", gaz), campus_province("มหาวิทยาลัยสงขลานครินทร์", gaz)
    ('ปัตตานี', None)
    >>> campus_province("มหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตกำแพงแสน", gaz)   # a district's name: not a province
    """
    compact = "".join(name.split())
    for word in gaz.words["campus_words"]:
        at = compact.rfind(word)
        if at < 0:
            continue
        found = match_province(compact, at + len(word), gaz)
        if found and found[1] == len(compact):
            return found[0]
    return None


def _placed_by_parent_name(reading: Reading, found: list[Fact]) -> list[Fact]:
    """``ศูนย์การศึกษาสามพร้าว มหาวิทยาลัยราชภัฏอุดรธานี``: a unit of a parent whose own name carries a province
    is placed there too, as its canonical name carries the parent's (DECISIONS d10 #34; every such unit in gold)."""
    by_name = {m.entity_id: m for m in reading.a.agencies if m.entity_id and m.name}
    placed = {f.head for f in found}
    facts = []
    for part in reading.found("PART_OF"):
        unit, parent = by_name.get(part["head"]), by_name.get(part["tail"])
        if unit is None or parent is None or unit.entity_id in placed or national(unit, reading.gaz):
            continue
        province = parent.province or _province_in_name(reading, parent)
        if province:
            placed.add(unit.entity_id)
            facts.append(Fact("LOCATED_IN", unit.entity_id, reading.province_id(province), unit.name))
    return facts


def province_of(reading: Reading, mention: AgencyMention, listed: dict[int, str]) -> str | None:
    """The province an agency mention places it in: its name, the address after it (or after
    the parent it is under: X สังกัด อบต.Y อำเภอZ จังหวัดW), a placed list, or the story's
    province for a local place."""
    text, gaz = reading.text, reading.gaz
    province = mention.province or _province_in_name(reading, mention) or _named_as_province(reading, mention)
    if province is None:
        parent = affiliated_parent(reading, mention)
        at = parent.end if parent is not None else mention.end
        village = _VILLAGE_NUMBER.match(text, at) if mention.entry is None else None
        at = village.end() if village else at
        # (national bodies sit in Bangkok: only the kinds a Bangkok address places, ``city_address_kinds``)
        province = stated_address(reading, at, city=mention.kind in gaz.words["city_address_kinds"])
    if province is None and mention.family is not None and mention.family.slot == "place":
        province = _province_named_place(reading, mention) or reading.a.story_province
    if province is None and mention.entry is None:
        province = listed.get(mention.start)
    return province


def _more_places(reading: Reading, end: int) -> bool:
    """Whether another place follows a province that ends at ``end`` (ที่ภูเก็ต และเชียงใหม่, ในจังหวัดปทุมธานีและ
    จังหวัดใกล้เคียง): a list of places, no one place."""
    text = reading.text
    return bool(_OTHER_PLACES_TOO.match(text, end) or match_province(text, _AND.match(text, end).end(), reading.gaz))


def _listed_in_province(reading: Reading) -> dict[int, str]:
    """Agencies listed after a phrase that places the whole list: ``...ในจังหวัดX ... อาทิ ...``."""
    out: dict[int, str] = {}
    for marker in _PLACED_LIST.finditer(reading.text):
        _, para_end = reading.a.paragraph_of(marker.start())
        found = match_province(reading.text, marker.start("province"), reading.gaz)
        if found is None or _more_places(reading, found[1]):
            continue        # ในจังหวัดปทุมธานีและจังหวัดใกล้เคียง ... อาทิ: the list is of more places than one
        end = reading.a.list_end(marker.end(), para_end)
        for mention in reading.a.agencies:
            if marker.end() <= mention.start < end:
                out[mention.start] = found[0]
    return out


def _named_as_province(reading: Reading, mention: AgencyMention) -> str | None:
    """The province a body is named as (กรุงเทพมหานคร the local government: gold places it in กรุงเทพมหานคร every time,
    heldout-3 to -5), or the campus its name ends in (วิทยาเขตสุราษฎร์ธานี)."""
    family, name = mention.family, "".join(mention.name.split())
    if family is not None and family.slot == "none" and name == family.head:
        province = reading.gaz.province_by_form(family.head)
        if province:
            return province.name
    if mention.kind == "local_government":      # กทม.: written as the abbreviation of a province's own name
        province = reading.gaz.province_by_form(name)
        if province and province.name == name:
            return province.name
    return campus_province(mention.name, reading.gaz) if mention.kind == "university" else None


def _province_named_place(reading: Reading, mention: AgencyMention) -> str | None:
    """The province a place-slot name is named after (เรือนจำกลางเชียงราย, ทัณฑสถานหญิงชลบุรี, เทศบาลนครยะลา: every
    such name in gold is in that province), before the story's: not a district's or a sub-district's body, whose
    place may share a province's name and lie elsewhere (``sub_province_heads``)."""
    family = mention.family
    if family.kind == "district" or family.head.endswith(tuple(reading.gaz.words["sub_province_heads"])):
        return None
    name = "".join(mention.name.split())
    if not name.startswith(family.head):
        return None
    province = reading.gaz.province_by_form(name[len(family.head):])
    return province.name if province else None


def _province_in_name(reading: Reading, mention: AgencyMention) -> str | None:
    """A province the agency's open name starts or ends with (โรงเรียนอนุบาลสตูล)."""
    if mention.entry is not None or mention.family is None or mention.family.slot != "open":
        return None
    name = re.sub(r"\s?จำกัด(?:\s?\(มหาชน\))?$", "", mention.name)
    body = name[len(mention.family.head):]
    for match in reading.gaz.province_rx.finditer(body):
        if match.start() == 0 or match.end() == len(body):
            province = reading.gaz.province_by_form(match.group())
            if province and len(match.group()) >= 3:
                return province.name
    return None


def held_in(reading: Reading) -> list[Fact]:
    """HELD_IN from a venue that names a province or a placed agency; a visit with no venue is
    held where the place visited is; a venue named again is where it was before."""
    text = reading.text
    placed: list[tuple[str, str]] = []
    facts = []
    dateline = dateline_province(reading)
    lead = reading.a.paragraph_of(dateline[1][0]) if dateline else None     # (body_start may be the blank line)
    for event in reading.events:
        province, venue_span, listed_from = None, event.venue_span, None
        if venue_span:
            s, e = venue_span
            found = [p for p in reading.a.provinces if s <= p.start <= e + 2]
            province = found[0].name if found else _agency_place(reading, s, e) or _venue_name_place(reading, s, e)
            listed_from = found[0].end if found else None
        if province is None and event.type == "visit" and not venue_span:
            # ลงพื้นที่ตรวจเยี่ยมโรงเรียนX อำเภอY จังหวัดZ: the place visited is where it happened
            s, e = event.title_span
            province = _agency_place(reading, s, e, first_only=True)
            if province:
                found = [m for m in reading.a.agencies if s <= m.start < e and m.name]
                venue_span = (found[0].start, min(e, found[0].end + 60))
        if province is None and event.venue:
            key = _toneless(event.venue)
            province = next((known for venue, known in placed if key and (key in venue or venue in key)), None)
        if province is None:
            province, venue_span = _clause_place(reading, event) or _later_venue(reading, event) \
                or titled_address(reading, event) or (None, venue_span)
            listed_from = venue_span[1] if province and venue_span else None
        if province is None and dateline is not None and reading.a.paragraph_of(event.intro) == lead:
            province, venue_span = dateline     # "จังหวัดเชียงใหม่ – เมื่อวันที่ ...": the lead's events are there
        if province:
            facts.append(Fact("HELD_IN", event.entity_id, reading.province_id(province),
                              evidence(text, *venue_span) if venue_span else ""))
            placed.append((_toneless(text[venue_span[0]:venue_span[1]]) if venue_span else "", province))
            # a trip to several provinces (ลงพื้นที่...ในจังหวัดศรีสะเกษและจังหวัดนครศรีธรรมราช) is held in each
            for other in _listed_after(reading, listed_from) if event.type == "visit" and listed_from else ():
                facts.append(Fact("HELD_IN", event.entity_id, reading.province_id(other), evidence(text, *venue_span)))
    return facts


def _listed_after(reading: Reading, end: int) -> list[str]:
    """The provinces that continue a list after one ending at ``end``, each written as a province (เชียงราย
    และจังหวัดสระแก้ว; not the bare names of a region's list: ฝั่งอ่าวไทยในจังหวัดสงขลา พัทลุง นครศรีธรรมราช ...)."""
    out = []
    while len(out) < _LONGEST_TRIP:
        at = _AND.match(reading.text, end).end()
        found = match_province(reading.text, at, reading.gaz) if PROVINCE_PREFIX.match(reading.text, at) else None
        if found is None:
            break
        out.append(found[0])
        end = found[1]
    return out


def _venue_name_place(reading: Reading, start: int, end: int) -> str | None:
    """A province the venue's own name carries (ANNOTATION: "a venue whose own name carries the province"):
    a campus or branch (วิทยาเขตสุราษฎร์ธานี, ธอส. สาขานครราชสีมา) or a name ending in it (อุทยานการเรียนรู้ปัตตานี).
    Names of three letters (ตาก, เลย) are words too often to count glued to another."""
    text = reading.text
    named = [(m, reading.gaz.province_by_form(m.group())) for m in reading.gaz.province_rx.finditer(text, start, end)
             if not is_thai_letter(text[m.end():m.end() + 1])]      # not สงขลา|นครินทร์
    if len({province.name for _, province in named if province}) != 1:
        return None         # none, or a region's several (… กระบี่ ตรัง พังงา ภูเก็ต ระนอง และสตูล)
    closing = start + len(text[start:end].rstrip(" ,\n\t\u00a0\u200b"))
    for match, province in named:
        if province is None:
            continue
        branch = _BRANCH.search(text, max(start, match.start() - 12), match.start())
        glued = len(match.group()) >= 4 and is_thai_letter(text[match.start() - 1:match.start()])
        # a bare name that closes the venue, after a space, is its city (โรงแรมแกรนด์ริชมอนด์ นนทบุรี: gold places
        # every such venue, Bangkok's alike: ไบเทค บางนา กรุงเทพฯ)
        spaced_close = len(match.group()) >= 4 and match.start() > start and text[match.start() - 1].isspace() \
            and match.end() == closing     # (ณ อยุธยา alone is a surname's end: นายธีรทัศน์ อิศรางกูร ณ อยุธยา)
        if branch or glued or spaced_close:
            return province.name
    return None


def _later_venue(reading: Reading, event) -> tuple[str, tuple[int, int]] | None:
    """A venue (ณ ...) later in the paragraph of an event that has none (anywhere later when it is the release's
    only event), when no other event is introduced between them and the venue names one province (…เข้าร่วม
    ณ ห้องแกรนด์บอลรูม โรงแรม... กรุงเทพฯ): the sentence that introduced the event ends at its venue."""
    text, a = reading.text, reading.a
    _, para_end = a.paragraph_of(event.intro)
    # the events of one occasion (พิธีเปิดงาน X: the opening and the fair, one cue inside the other's title) share its
    # venue: neither is another event told between the occasion and its venue
    others = [other for other in reading.events if not _one_occasion(event, other)]
    if not others:
        para_end = len(text)        # the release's one occasion: its venue may be told paragraphs later
    marker = venue_marker(reading.a, event.title_span[1], para_end)
    attendance = tuple(reading.gaz.words["venue_after_attendance"])
    candidates = [] if event.venue else [m for m in _SPACED_AT.finditer(
        text, event.title_span[1], marker.start() if marker else para_end)]
    for candidate in candidates + [marker]:
        if candidate is None or any(event.intro < other.intro < candidate.start() for other in others):
            return None
        spaced = candidate is not marker
        if spaced and (any(event.title_span[1] <= d.start < candidate.start() for d in a.dates) or not text[
                max(0, candidate.start() - 24):candidate.start()].rstrip().endswith(attendance)):
            continue        # ในวันที่ 16 พฤษภาคมนี้ ที่จังหวัดระยอง (another day's), รอบ Final ที่กรุงเทพมหานคร (another stage)
        stop = reading.gaz.venue_stop_rx.search(text, candidate.end(), min(para_end, candidate.end() + _CLAUSE_REACH))
        end = stop.start() if stop else min(para_end, candidate.end() + _CLAUSE_REACH)
        found = {p.name: p for p in a.provinces if candidate.end() <= p.start < end
                 and not any(m.start < p.start < m.end and not m.place for m in a.agencies)}
        if len(found) != 1:
            continue        # no province, or a region's several (ณ พื้นที่กลุ่มจังหวัด… กระบี่ ตรัง … และสตูล)
        (place,) = found.values()
        if spaced and text[place.end:end].strip():
            continue        # a bare ที่ opens a place only when the place's province closes its clause
        return place.name, (candidate.end(), place.end)
    return None


def _one_occasion(event, other) -> bool:
    """Whether ``other`` is ``event`` or an event of the same occasion: the cue of one stands inside the other's
    title (เป็นประธานในพิธีเปิดงาน “JOB FAIR 2025”: the ceremony's title holds the fair's cue)."""
    return other is event or event.title_span[0] <= other.intro < event.title_span[1] \
        or other.title_span[0] <= event.intro < other.title_span[1]


def _clause_place(reading: Reading, event) -> tuple[str, tuple[int, int]] | None:
    """A province the sentence of the event's cue goes to: ลงพื้นที่/ไปยัง/ณ/ที่ + an address that ends in a
    province, or + an agency the text places (ไปยังโรงเรียนX อำเภอY จังหวัดZ เพื่อเป็นประธานในการประชุม), from the
    line's start to a little after the title, before the next event's cue.  A province inside an agency's name
    (ผู้ว่าราชการจังหวัดX) is the office's, not the event's place."""
    text, a = reading.text, reading.a
    para_start, para_end = a.paragraph_of(event.intro)
    lo = max(para_start, text.rfind("\n", 0, event.intro) + 1)
    hi = min(para_end, event.title_span[1] + _CLAUSE_REACH)
    nxt = a.event_cue_in(event.title_span[1], hi)
    hi = nxt.start() if nxt is not None else hi
    for match in scan(_CLAUSE_PLACE, _CLAUSE_PLACE_LEADS, text, lo, hi):
        if match.group("within") and match.start() >= event.title_span[1] \
                or text.startswith("ณ", match.start()) and surname_particle(a, match.start()):
            continue                                # (นายชาตรี ณ ถลาง: a family name's ณ)
        at = next((m for m in a.agencies if m.start <= match.end() < m.end), None)
        if at is not None and at.start < match.end():
            continue                                # the cue word is inside a name
        if at is None or at.place:
            found = match_province(text, match.end(), reading.gaz)
            if found and found[1] <= hi and (event.type == "visit" or not _more_places(reading, found[1])):
                return found[0], (match.start(), found[1])
        elif at.name and at.end <= hi and not national(at, reading.gaz):
            province = province_of(reading, at, {})
            if province:
                return province, (match.start(), min(hi, at.end + 60))
    return None


def _agency_place(reading: Reading, start: int, end: int, *, first_only: bool = False) -> str | None:
    """The province of the (first) agency named in [start, end) that the release places:
    by its name, its address, or a LOCATED_IN found for it elsewhere in the text."""
    located_in = {r["head"]: r["tail"] for r in reading.found("LOCATED_IN")}
    for mention in reading.a.agencies:
        if not (start <= mention.start < end and mention.name) or mention.place:
            continue
        province = province_of(reading, mention, {})
        if province is None and mention.entity_id in located_in:
            province = reading.entity(located_in[mention.entity_id])["name"]
        if province or first_only:
            return province
    return None


def _toneless(text: str) -> str:
    """A venue compared without spaces, tone marks and a leading สถานที่ (สวนป่า and the typo
    ส่วนป่า are one place)."""
    return re.sub(r"[\s\u0e48-\u0e4b\u0e4c]", "", re.sub(r"^\s*(?:สถานที่|บริเวณ)", "", text or ""))
