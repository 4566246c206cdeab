"""Programme passes: PILOT_OF from ``...นำร่อง`` groups, PART_OF between events and programmes."""
from __future__ import annotations

import functools
import re

from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.organisers import oversees_only
from edugraph.loaders.positions import collective_body
from edugraph.loaders.reading import Fact, Reading, evidence
from edugraph.loaders.words import is_thai_letter


_MOST_PROGRAMMES_OF_AN_EVENT = 2    # more named in the event's sentences are what it discussed
_MOST_EVENTS_OF_ONE_PROGRAMME = 2   # more events in a release: its one programme is not what all of them are under
# characters after a later wording of an event that still speak of it: further on, the paragraph has moved on to
# the programmes it describes (…อย่างเช่นโครงการแรงงานสีขาว, …ซึ่งสอดคล้องกับนโยบาย Go Green)
_SENTENCE_REACH = 220
_UNDER_REACH = 300                  # characters from an event's wording to the ภายใต้ that puts it under a programme
_OBJECT_REACH = 250                 # characters from an event's first wording to the programme it works on
_ENUMERATOR = re.compile(r"(?:^|\s)(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\))\s")    # 4. / 3.2 / (1) / 2) in a line


def programme_links(reading: Reading) -> list[Fact]:
    """PART_OF for events of a programme: named in the event's title or sentence, or the
    release's one programme."""
    text, a = reading.text, reading.a
    # ผู้แทนเยาวชนจากโครงการ X: a programme that people come from is where they belong, not what the event is under
    own = [p for p in a.programmes if p.entity_id and not text[:p.start].rstrip().endswith(reading.gaz.words["programme_sources"])]
    programmes = [p for p in own if not a.in_headline(p.start)]
    ids = {p.entity_id for p in a.programmes if p.entity_id}
    facts = []
    for event in reading.events:
        linked = False
        title = event.title_span
        later = [(s, min(a.paragraph_of(s)[1], s + _SENTENCE_REACH)) for s, _ in event.mentions[1:]]
        in_title = [p for p in programmes if title[0] <= p.start < title[1]]
        # (a bare mined name in a later sentence is as often one item of what a visit saw, นิทรรศการผ้าไทยใส่ให้สนุก)
        in_sentences = [p for p in programmes if p not in in_title and not p.bare and any(s <= p.start < e for s, e in later)]
        if len({p.entity_id for p in in_sentences}) > _MOST_PROGRAMMES_OF_AN_EVENT:
            in_sentences = []       # a meeting's agenda: the projects it heard of are its topics (DECISIONS #23)
        in_sentences = [p for p in in_sentences if not _agenda_item(text, p.start)]
        under = [p for p in _under(reading, own, event) if p not in in_title + in_sentences]
        worked_on = [p for p in _worked_on(reading, programmes, event) if p not in in_title + in_sentences + under]
        for programme in in_title + in_sentences + under + worked_on:
            facts.append(Fact("PART_OF", event.entity_id, programme.entity_id,
                              evidence(text, event.title_span[0], programme.end)))
            linked = True
        # the release's one programme is every event's only where the release reports one or two occasions: a
        # day of visits, meetings and openings is not all under the one programme it names
        only = _release_programme(reading, own) if not linked and len(ids) == 1 \
            and len(reading.events) <= _MOST_EVENTS_OF_ONE_PROGRAMME else None
        if only is not None:
            first = next(p for p in own if p.entity_id == only)
            facts.append(Fact("PART_OF", event.entity_id, only, evidence(text, first.start, first.end)))
    return facts


def programme_committee(mention, gaz) -> bool:
    """Whether an agency is a programme's own committee (คณะกรรมการอำนวยการโครงการX, คณะทำงานดำเนินโครงการX):
    the body that runs the programme its name carries (d-list #5).

    >>> from types import SimpleNamespace as M
    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> programme_committee(M(name="คณะกรรมการอำนวยการโครงการทุนการศึกษา"), gaz), programme_committee(M(name="สำนักงานบริหารโครงการร่วมผลิตแพทย์"), gaz)
    (True, False)
    """
    name = mention.name or ""
    return name.startswith(tuple(gaz.words["programme_committee_heads"])) and "โครงการ" in name


def committee_to_programme_end(text: str, agencies, programmes, gaz) -> None:
    """A programme's committee is named with all of the programme's name (คณะกรรมการอำนวยการโครงการทุนการศึกษา|
    เพื่อขยายโอกาส...: the agency finder's stop word cut what the programme finder read whole); its other mentions
    (a short form read from the bracket inside the programme's name) take the whole name too."""
    for m in agencies:
        if m.kind != "committee" or not programme_committee(m, gaz) or not text.startswith(m.name, m.start):
            continue        # (written as named, or with a bracket the abbreviation finder read as its short form: …เสริม (นม))
        for p in programmes:
            if m.start < p.start < m.end < p.end and "\n" not in text[m.end:p.end]:
                whole = text[m.start:p.end]
                for other in agencies:
                    if other.name == m.name and not text.startswith(other.name, other.start):
                        other.name = whole
                m.end, m.name = p.end, whole


def committee_programmes(reading: Reading) -> list[Fact]:
    """ORGANIZED from a programme's own committee (คณะกรรมการอำนวยการโครงการX) to the programme its name carries,
    unless it is named for watching or studying it."""
    text, a = reading.text, reading.a
    facts = []
    for m in a.agencies:
        if m.kind != "committee" or not programme_committee(m, reading.gaz) or oversees_only(m.name, reading.gaz):
            continue
        agency = reading.agency_id(m)
        for p in a.programmes:
            if agency and p.entity_id and m.start <= p.start < m.end:
                facts.append(Fact("ORGANIZED", agency, p.entity_id, evidence(text, m.start, m.end)))
    return facts


# โครงการX (its short form) ของ|Y: the body whose programme it is
_OWNED_BY = re.compile(r"[”\"]?\s?(?:\([^()\n]{1,40}\)\s?)?(?:หรือ\s?[A-Za-z0-9-]{2,12}\s?)?ของ\s?")


def owned_programmes(reading: Reading) -> list[Fact]:
    """ORGANIZED from the body a programme is written as belonging to (…Field Epidemiology Training Program หรือ FETP
    ของ|กรมควบคุมโรค, โครงการก่อสร้าง…ของ|ทล.): the body whose programme it is runs it.  Not a person written there
    (…พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล ของ|นาย ก ผู้ว่าราชการ…: whose resolve to drive it the sentence praises, dev
    third h24), nor a collective body (the cabinet), which acts only through its meetings."""
    text, a = reading.text, reading.a
    facts = []
    for p in a.programmes:
        owned = _OWNED_BY.match(text, p.end) if p.entity_id else None
        if owned is None:
            continue
        owner = next((m for m in reading.actors(owned.end(), owned.end() + 2)), None)
        agency = reading.agency_id(owner) if isinstance(owner, AgencyMention) and not owner.holder else None
        if agency and not collective_body(reading, agency):
            facts.append(Fact("ORGANIZED", agency, p.entity_id, evidence(text, p.start, owner.end)))
    return facts


_PROGRAMME_REFERENCE = re.compile(r"โครงการ(?:ดังกล่าว|นี้|ฯ)")


def referred_programme(reading: Reading, pos: int):
    """The programme ``โครงการนี้/ดังกล่าว/ฯ`` right at ``pos`` refers to (…ที่ร่วมแรงร่วมใจขับเคลื่อนโครงการนี้,
    ดำเนินโครงการฯ): the latest named in its paragraph, or the release's only one (a digest of many says not which)."""
    text, a = reading.text, reading.a
    if _PROGRAMME_REFERENCE.match(text, pos) is None and _PROGRAMME_REFERENCE.match(text, pos + 1) is None:
        return None
    para_start, _ = a.paragraph_of(pos)
    named = [p for p in a.programmes if p.entity_id and para_start <= p.start < pos]
    if named:
        return named[-1]
    ids = {p.entity_id for p in a.programmes if p.entity_id}
    return next((p for p in a.programmes if p.entity_id in ids), None) if len(ids) == 1 else None


# โครงการX (its Latin name (TLC)) ซึ่งได้รับ…: the programme a relative clause right after it is about
_RELATIVE_TO_PROGRAMME = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?ซึ่ง(?:เป็น)?(?:โครงการที่)?\s*$")


def programme_right_after(reading: Reading, pos: int, *, past_kind: bool = False):
    """The programme named right at ``pos`` (a cue's object: ขับเคลื่อน|โครงการ...); ``past_kind``: also past the kind
    of initiative written before a name that does not carry it (ขับเคลื่อน|นโยบาย 3R Model, จัด|โครงการนำร่อง “…”).
    Only a cue of who runs it looks that far: ``หน่วยงานที่สนับสนุน|กิจกรรมโครงการ X`` names the backers as a
    group, in a list of those who attend (real-world thaigov-95065)."""
    kind = reading.gaz.programme_kind_rx.match(reading.text, pos) if past_kind else None
    reach = kind.end() if kind else pos
    return next((p for p in reading.a.programmes if pos <= p.start <= reach + 3 and p.entity_id), None)


_FUNDER_REACH = 160      # characters after a support cue within which its funder and the programme after it stand
SENTENCE_PROGRAMME_REACH = 200    # characters back from a support cue to the programme its sentence is about
_OBJECT_PROGRAMME_REACH = 120      # characters after a backer's cue within which its object may name the programme


def _wording_starts(events) -> list[int]:
    """Where each event is written: its title and every later mention of it."""
    return [s for e in events for s, _ in [e.title_span] + list(e.mentions)]


def programme_after_funder(reading: Reading, pos: int):
    """``ได้รับการสนับสนุนงบประมาณจาก|ธนาคาร ภายใต้โครงการ Y``: the programme written after the funder, the grant's."""
    text, a = reading.text, reading.a
    _, para_end = a.paragraph_of(pos)
    markers = tuple(reading.gaz.words["support_programme_markers"])
    for p in a.programmes:
        if p.entity_id and pos < p.start <= min(para_end, pos + _FUNDER_REACH) and "จาก" in text[pos:p.start] \
                and text[max(pos, p.start - 8):p.start].rstrip().endswith(markers):
            return p
    return None


def programme_of_sentence(reading: Reading, cue_start: int, events, *, reach: int | None = SENTENCE_PROGRAMME_REACH):
    """The programme a support cue's sentence is about: the latest named before it in its paragraph, with no event
    written in between (โครงการ X ดำเนินการโดย A ... ซึ่งได้รับการสนับสนุนจาก Y: X is what Y funds, not the
    demonstration the release reports, heldout-4 w25); ``reach`` None: anywhere before it in the paragraph."""
    para_start, _ = reading.a.paragraph_of(cue_start)
    floor = para_start if reach is None else max(para_start, cue_start - reach)
    named = [p for p in reading.a.programmes if p.entity_id and floor <= p.start and p.end <= cue_start]
    if not named:
        return None
    latest = named[-1]
    wordings = _wording_starts(events)
    # (nor one named in an event's title, จัดการประชุม…ภายใต้โครงการ X … ภายใต้การสนับสนุนของ Y: the meeting is backed)
    inside = any(e.title_span[0] <= latest.start < e.title_span[1] for e in events)
    return None if inside or any(latest.start < s < cue_start for s in wordings) else latest


def programme_in_object(reading: Reading, pos: int, events, *, reach: int = _OBJECT_PROGRAMME_REACH):
    """The first programme named in a backer's object, within ``reach`` of the cue in its paragraph and with no event
    written in between (…ได้ให้การสนับสนุน|ความร่วมมือด้านการอุดมศึกษา… โดยเฉพาะโครงการจัดตั้งสถาบันไทยโคเซ็น)."""
    _, para_end = reading.a.paragraph_of(pos)
    later = [p for p in reading.a.programmes if p.entity_id and pos <= p.start <= min(para_end, pos + reach)]
    if not later:
        return None
    first = later[0]
    wordings = _wording_starts(events)
    return None if any(pos <= s < first.start for s in wordings) else first


def programme_relative(reading: Reading, cue_start: int):
    """``โครงการX ที่ Y จะขับเคลื่อน``: the programme a relative clause is about."""
    text, a = reading.text, reading.a
    actors = [m for m in reading.actors(max(0, cue_start - 80), cue_start) if isinstance(m, AgencyMention)]
    if not actors:
        return None
    actor = actors[-1]
    if not re.fullmatch(r"\s?(?:จะ|ได้|ร่วม|ร่วมกัน)*\s?", text[actor.end:cue_start]):
        return None
    return next((p for p in a.programmes if p.entity_id and re.fullmatch(r"\s?ที่\s?", text[p.end:actor.start])), None)


def programme_subject(reading: Reading, cue_start: int):
    """``โครงการดังกล่าว/นี้ ... <cue>``, or a programme named earlier in the clause: what the cue is about."""
    text, a = reading.text, reading.a
    para_start, _ = a.paragraph_of(cue_start)
    clause = a.last_boundary_before(cue_start, para_start)
    named = [p for p in a.programmes if clause <= p.start < cue_start and p.entity_id]
    if named:
        return named[-1]
    relative = [p for p in a.programmes if p.entity_id and para_start <= p.end <= cue_start
                and _RELATIVE_TO_PROGRAMME.fullmatch(text, p.end, cue_start)]
    if relative:
        return relative[-1]
    if _PROGRAMME_REFERENCE.search(text, clause, cue_start):
        main = reading.main_programme()
        return next((p for p in a.programmes if p.entity_id == main), None)
    return None


def _under(reading: Reading, programmes, event) -> list:
    """Programmes written after ``ภายใต้`` in the sentence of one of the event's own wordings, with no other
    event's wording in between (…จัดพิธีลงนาม…เพื่อพัฒนาท้องถิ่น ภายใต้โครงการครูคืนถิ่นชัยภูมิ)."""
    text, a = reading.text, reading.a
    markers = tuple(sorted(reading.gaz.words["programme_under_markers"], key=len, reverse=True))
    wordings = [event.title_span] + list(event.mentions)
    others = [s for e in reading.events if e is not event for s, _ in [e.title_span] + list(e.mentions)]
    out = []
    for programme in programmes:
        before = text[max(0, programme.start - 24):programme.start].rstrip()
        if not before.endswith(markers):
            continue
        para_start, _ = a.paragraph_of(programme.start)
        near = [s for s, _ in wordings if para_start <= s < programme.start and programme.start - s <= _UNDER_REACH]
        if near and not any(max(near) < s < programme.start for s in others):
            out.append(programme)
    return out


def _worked_on(reading: Reading, programmes, event) -> list:
    """The programme an event's first wording goes on to name in its paragraph, the first one after it with no other
    event's wording in between: what the activity works on (พิธีลงนามบันทึกความเข้าใจระหว่าง A และ B ว่าด้วยโครงการ
    ความร่วมมือ X; ลงพื้นที่ตรวจเยี่ยมโรงเรียน Y ซึ่งเป็นหนึ่งในโรงเรียนนำร่องโครงการ X; ANNOTATION: events that develop
    or drive a programme, and an MOU about one, are PART_OF it).  Not one of the several a meeting heard of, nor a
    numbered item (DECISIONS #23), nor one listed as an example, nor a bare mined name (an item of what was seen)."""
    start, end = event.title_span
    reach = min(reading.a.paragraph_of(start)[1], end + _OBJECT_REACH)
    named = [p for p in programmes if start <= p.start < reach]
    if len({p.entity_id for p in named}) > _MOST_PROGRAMMES_OF_AN_EVENT:
        return []       # a meeting's agenda: the projects it heard of are its topics (DECISIONS #23)
    first = min(named, key=lambda p: p.start, default=None)
    if first is None or first.bare or _agenda_item(reading.text, first.start) \
            or any(w in reading.text[end:first.start] for w in reading.gaz.words["programme_listing_markers"]):
        return []
    others = (s for e in reading.events if e is not event for s, _ in [e.title_span] + list(e.mentions))
    return [] if any(start < s < first.start for s in others) else [first]


def _agenda_item(text: str, pos: int) -> bool:
    r"""Whether ``pos`` stands in a numbered item of its line (…และ 4. การขับเคลื่อนโครงการ…, (2) โครงการ…): one of
    the topics a meeting heard of, not the programme it is held under (DECISIONS #23).

    >>> text = "ที่ประชุมได้หารือ\n4. การขับเคลื่อนโครงการ SDG Localization ซึ่ง"
    >>> _agenda_item(text, text.index("โครงการ")), _agenda_item("จัดประชุมภายใต้โครงการ X", 17)
    (True, False)
    """
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return _ENUMERATOR.search(line) is not None


def _release_programme(reading: Reading, mentions) -> str | None:
    """The release's one programme: the only one named, and named twice or in the headline (one named once
    in passing, เช่น โครงการ…, is an example, not what the release is about)."""
    ids = {p.entity_id for p in reading.a.programmes if p.entity_id}
    if len(ids) != 1:
        return None
    only = next(iter(ids))
    named = [p for p in mentions if p.entity_id == only]
    return only if len(named) >= 2 or any(reading.a.in_headline(p.start) for p in named) else None


def pilots(reading: Reading) -> list[Fact]:
    """PILOT_OF: ``<group>นำร่อง ... ประกอบด้วย <list>`` and ``X เป็นพื้นที่นำร่อง``."""
    text, gaz, a = reading.text, reading.gaz, reading.a
    only = {p.entity_id for p in a.programmes if p.entity_id}
    # (not one named only as an example, เช่น โครงการ…: the pilots are another's, written without a name)
    examples = [p for p in a.programmes if p.entity_id and text[:p.start].rstrip().endswith(gaz.words["programme_example_markers"])]
    main = reading.main_programme() if len(only) == 1 and len(examples) < len(
        [p for p in a.programmes if p.entity_id]) else None
    subject_rx = _subject_rx(tuple(gaz.words["group_nouns"]))
    facts = []
    for match in re.finditer(re.escape(gaz.pilot_cue), text):
        if a.in_headline(match.start()):
            continue
        para_start, para_end = a.paragraph_of(match.start())
        programme = _programme_near(reading, match.start(), para_start, para_end) or main \
            or _programme_before(reading, match.start(), para_start)
        if programme is None:
            continue
        group_start = _group_start(reading, match.start(), para_start)
        noun = text[group_start:match.start()]
        provinces = any(noun.endswith(n) or noun == n for n in gaz.words["province_group_nouns"])
        listed = a.group_list(match.end())
        if listed is not None:
            start, end = listed
            said = evidence(text, group_start, end)
            if provinces:
                facts += [Fact("PILOT_OF", reading.province_id(name), programme, said)
                          for name in _provinces_listed(reading, start, end)]
            else:
                members = [m for m in reading.actors(start, end, pilot=True) if isinstance(m, AgencyMention)]
                facts += [Fact("PILOT_OF", member, programme, said)
                          for member in (_pilot_member(reading, m) for m in members) if member]
            continue
        if subject_rx.search(text[max(para_start, match.start() - 20):match.start()]) is None:
            continue
        clause = a.last_boundary_before(match.start(), para_start)
        subjects = [m for m in reading.actors(clause, match.start()) if isinstance(m, AgencyMention)]
        said = evidence(text, subjects[0].start if subjects else match.start() - 20, match.end() + 30)
        for m in subjects:
            if provinces and m.family is not None and m.family.head == "จังหวัด" and m.province:
                facts.append(Fact("PILOT_OF", reading.province_id(m.province), programme, said))
            elif not provinces:
                agency = reading.agency_id(m)
                if agency:
                    facts.append(Fact("PILOT_OF", agency, programme, said))
    return facts


@functools.lru_cache(maxsize=4)
def _subject_rx(group_nouns: tuple[str, ...]) -> re.Pattern:
    """What stands right before the cue when its subject is the pilot (ให้เป็น…, เป็นหนึ่งใน…): compiled once per
    gazetteer, not per release."""
    return re.compile(r"(?:ให้)?เป็น(?:หนึ่งใน)?(?:" + "|".join(map(re.escape, group_nouns)) + r")?$")


def _pilot_member(reading: Reading, mention: AgencyMention) -> str | None:
    """The entity a listed pilot member stands for: a province written as จังหวัดX is the Province (a pilot area,
    as every PILOT_OF from a province in the development gold), any other body the Agency."""
    if mention.family is not None and mention.family.head == "จังหวัด" and mention.province:
        return reading.province_id(mention.province)
    return reading.agency_id(mention)


def _provinces_listed(reading: Reading, start: int, end: int) -> list[str]:
    """Provinces in a list, with or without จังหวัด (ได้แก่ ระยอง ศรีสะเกษ และสตูล)."""
    text = reading.text
    names = [p.name for p in reading.a.provinces if start <= p.start < end]
    for match in reading.gaz.province_rx.finditer(text, start, end):
        before = text[max(start, match.start() - 3):match.start()]
        after = text[match.end():match.end() + 1]
        if (match.start() == start or before.endswith((" ", "และ", ",", "\n"))) and not is_thai_letter(after):
            province = reading.gaz.province_by_form(match.group())
            if province and province.name not in names:
                names.append(province.name)
    return names


def _group_start(reading: Reading, cue: int, floor: int) -> int:
    start = cue
    while start > floor and reading.text[start - 1] not in " \n":
        start -= 1
    noun = reading.gaz.group_noun_rx.search(reading.text, start, cue)
    return noun.start() if noun else start


def _programme_before(reading: Reading, pos: int, para_start: int) -> str | None:
    """Where a release names several programmes, the pilots' one is the latest named before the cue in its paragraph
    (…ขับเคลื่อนโครงการ X ... โดยนำร่องใน 5 จังหวัด ได้แก่ ...)."""
    named = [p for p in reading.a.programmes if p.entity_id and para_start <= p.start < pos]
    return named[-1].entity_id if named else None


def _programme_near(reading: Reading, pos: int, para_start: int, para_end: int) -> str | None:
    for programme in reading.a.programmes:
        if programme.entity_id and programme.start - 40 <= pos <= programme.end + 40 \
                and para_start <= programme.start < para_end:
            return programme.entity_id
    return None
