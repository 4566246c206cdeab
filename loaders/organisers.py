"""Organisers the cues of the roles pass leave unsaid: rules of the contract about who holds an event.

A headline ``X ประชุม…`` / ``X เปิดประชุม…`` names the body that convenes the meeting it reports (ANNOTATION-DRIFT
1b: the gold makes X ORGANIZED 4:1); ``X หารือ…`` describes talks, and X is no host by it.  ``X โดย Y และ Z ได้จัด…``:
all of them organised what any of them is found to (ANNOTATION), however far the cue that found one.  A committee
named for watching or studying a programme (คณะกรรมการติดตาม…โครงการX) does not run it (DRIFT 1c).  A pass of its own
(relations.PASSES), after the conventions: it reads every organiser found before it.
"""
from __future__ import annotations

import re

from edugraph.loaders.event_titles import Event
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.parties import not_parties
from edugraph.loaders.reading import Fact, Reading, evidence

# the headline's subject, then its sitting: only a space or เปิด between (ดีอี เปิดประชุม…); not การประชุม (…ตลอดการ
# ประชุม…: a meeting the subject serves), not นำ/ร่วม/เข้า ประชุม (a person leads it, a guest attends it)
_CONVENES = re.compile(r"[^\S\n]?(?:เปิด)?ประชุม(?!ร่วม)")
# a sitting told as a workshop in the body (ดีอีเอส ประชุมผู้แทน… | ประธานการประชุมเชิงปฏิบัติการ…)
_SITTING_TYPES = ("meeting", "workshop")


# X (ชื่อย่อ) โดย Y: the body that acts through another; what ends their clause before its verb (a relative clause, a
# list of partners met or named as examples, a purpose, a plan); the organising verb, not a plan's (จะจัด, วางรูปแบบการจัด)
# nor จัดทำ/จัดสรร/จัดหา…/บริหารจัดการ
_THROUGH = re.compile(r"[^\S\n]?(?:\([^()\n]{1,30}\))?[^\S\n]?โดย[^\S\n]?")
_CLAUSE_BREAK = re.compile(r"\n|\s(?:ที่|ซึ่ง|โดยมี|เพื่อให้|และได้)|ได้(?!จัด|ดำเนิน|ร่วม)|(?<!ร่วม)กับ|อาทิ|ได้แก่|หารือ|ให้|จะ")
_ORGANISES = re.compile(r"(?:จึง)?(?:ได้)?(?:ร่วม(?:กัน)?)?(?<!การ)(?<!จะ)(?<!จะได้)"
                        r"(?:จัด(?!ทำ|สรร|ส่ง|หา|เก็บ|ตั้ง|ซื้อ|จ้าง|การ(?!ประชุม|สัมมนา|อบรม|แข่งขัน|เสวนา|ประกวด))"
                        r"|ดำเนิน(?:โครงการ|กิจกรรม))")


# a body written as whose a thing is (…เป้าหมายการพัฒนาที่ยั่งยืน|ของ|องค์การสหประชาชาติ … ได้ดำเนินโครงการ X; not ในส่วน
# ของ X, "as for X", the subject); a body told to hold an event (…มีมติให้|สคทช. … จัดการประชุม…, …โดยให้|กรมคุ้มครองสิทธิฯ
# จัดประชุม…): an order for an event to come.  Not a body entrusted with it (มอบหมายให้|กระทรวงมหาดไทยโดยผู้ว่าฯ จัด
# โครงการบรรพชา…, เปิดโอกาสให้|สำนักงานปลัดกระทรวง…ดำเนินการจัดฝึกอบรม…: it held it), nor one handed a thing
# (ส่งมอบให้|จังหวัดพัทลุง : … จัดพิธี…, thaigov-84199)
_OWNER = re.compile(r"(?<!ส่วน)ของ[^\S\n]?$")
_TOLD = re.compile(r"(?<!มอบหมาย)(?<!มอบ)(?<!โอกาส)ให้[^\S\n]?$")


def clause_organisers(reading: Reading, actors: list, clause: int, *, runs_programme: bool) -> list:
    """The actors of an organising cue's clause that organise: not the parties an event is between
    (``parties.not_parties``), not a body the clause names as an owner, and, for an event, not one it tells to
    hold it (dev d04, heldout-10 w25); a body told to run a programme runs it (อนุมัติให้ ทล. ดำเนินโครงการ…).

    >>> from edugraph.loaders.extract import extract
    >>> record = extract("วันที่ 20 ตุลาคม 2566 กระทรวงยุติธรรม ได้ประชุมหารือ ณ กรุงเทพมหานคร โดยให้กรมคุ้มครองสิทธิและเสรีภาพ "
    ...                  "จัดประชุมรับฟังความเห็นของภาควิชาการ", doc="t")
    >>> names = {e["id"]: e.get("name") for e in record["entities"]}
    >>> sorted(names[r["head"]] for r in record["relations"] if r["type"] == "ORGANIZED")
    ['กระทรวงยุติธรรม']
    """
    text = reading.text
    return [m for m in not_parties(reading, actors, clause)
            if not _OWNER.search(text, max(0, m.start - 4), m.start)
            and (runs_programme or not _TOLD.search(text, max(0, m.start - 4), m.start))]


def organisers(reading: Reading) -> list[Fact]:
    return _headline_sitting(reading) + _acting_through(reading)


def _acting_through(reading: Reading) -> list[Fact]:
    """``รัฐบาลไทย โดยกระทรวงสาธารณสุข และ Z จึงได้จัดให้มี…``, ``จังหวัดมุกดาหาร โดย Y และ Z ได้ร่วมกันดำเนิน…``: the
    body X and the bodies Y, Z … it acts through, up to the organising verb, hold the events any of them is found to
    organise (ANNOTATION: ``X โดย Y ได้จัด…`` → both): those told after the verb in its paragraph, or else that body's
    one event.

    >>> from edugraph.loaders.extract import extract
    >>> record = extract("วันที่ 9 มกราคม 2568 กระทรวงเกษตรและสหกรณ์ โดยกรมปศุสัตว์ ได้จัดการอบรมเกษตรกรรุ่นใหม่ "
    ...                  "ณ จังหวัดขอนแก่น", doc="t")
    >>> names = {e["id"]: e.get("name") for e in record["entities"]}
    >>> sorted(names[r["head"]] for r in record["relations"] if r["type"] == "ORGANIZED")
    ['กรมปศุสัตว์', 'กระทรวงเกษตรและสหกรณ์']
    """
    a, text = reading.a, reading.text
    held: dict[str, list[str]] = {}
    for r in reading.found("ORGANIZED"):
        if reading.type_of(r["tail"]) == "Event":
            held.setdefault(r["head"], []).append(r["tail"])
    if not held:
        return []
    events = {e.entity_id: e for e in reading.events}
    ends = {m.end: m for m in a.agencies if m.name and not m.holder and m.actor and m.start >= a.body_start}
    facts = []
    for match in _THROUGH.finditer(text, a.body_start):
        acting = ends.get(match.start())
        if acting is None:
            continue
        para_end = a.paragraph_of(match.end())[1]
        verb = _ORGANISES.search(text, match.end(), min(para_end, match.end() + 200))
        between = reading.actors(match.end(), verb.start()) if verb else []
        listed = [m for m in between if isinstance(m, AgencyMention)]
        if not listed or listed[0].start != match.end() or len(listed) < len(between) \
                or _CLAUSE_BREAK.search(_blanked(text, listed, match.end(), verb.start())):
            continue
        group = [acting] + listed
        tails = []
        for member in group:
            own = held.get(member.entity_id, [])
            told = [t for t in own if t in events and any(verb.end() <= s < para_end for s, _ in
                                                          [events[t].title_span] + events[t].mentions)]
            tails += told or (own if len(own) == 1 else [])
        for tail in dict.fromkeys(tails):
            for member in group:
                agency = reading.agency_id(member)
                if agency is not None and not reading.has("ORGANIZED", agency, tail):
                    facts.append(Fact("ORGANIZED", agency, tail, evidence(text, acting.start, verb.end())))
    return facts


def _blanked(text: str, mentions: list, start: int, end: int) -> str:
    """``text[start:end]`` with each mention written as one @: what joins a list of bodies."""
    out, pos = [], start
    for m in mentions:
        out += [text[pos:m.start], "@"]
        pos = m.end
    return "".join(out) + text[pos:end]


def oversees_only(name: str, gaz) -> bool:
    """Whether a programme's committee is named for watching or studying it, not running it (``programme_overseer_words``
    in the words of its mandate, before โครงการ).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> oversees_only("คณะกรรมการติดตาม เร่งรัดการดำเนินงานโครงการก่อสร้างถนน", gaz)
    True
    >>> oversees_only("คณะกรรมการอำนวยการโครงการทุนการศึกษา", gaz), oversees_only("คณะทำงานดำเนินโครงการติดตามเด็ก", gaz)
    (False, False)
    """
    mandate = name.partition("โครงการ")[0]
    return any(word in mandate for word in gaz.words["programme_overseer_words"])


def _headline_sitting(reading: Reading) -> list[Fact]:
    """``ดีอี ประชุมคณะอนุฯ …``, ``กระทรวงยุติธรรม ประชุมติดตาม…`` as the headline: its subject, the body written
    first in it and right before the sitting, organised the release's first meeting (or, with none, workshop).

    >>> from edugraph.loaders.extract import extract
    >>> record = extract("ดีอี ประชุมหารือการขับเคลื่อนเด็กนอกระบบ\\n\\nวันนี้ (14 มิถุนายน 2567) นายสมชาย ใจดี "
    ...                  "ที่ปรึกษารัฐมนตรี เป็นประธานการประชุมการขับเคลื่อนเด็กนอกระบบการศึกษา ณ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    ...                  doc="t")
    >>> names = {e["id"]: e.get("name") for e in record["entities"]}
    >>> sorted(names[r["head"]] for r in record["relations"] if r["type"] == "ORGANIZED")
    ['กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม']
    """
    a, text = reading.a, reading.text
    mentions = [m for m in a.agencies if m.end <= a.body_start]
    if not mentions:
        return []
    subject = min(mentions, key=lambda m: m.start)
    if subject.holder or subject.in_position or subject.qualifier or subject.locative or subject.described \
            or not subject.name or text[a.last_boundary_before(subject.start, 0):subject.start].strip():
        return []
    sitting = _CONVENES.match(text, subject.end)
    if sitting is None or sitting.end() > a.body_start:
        return []
    event = _first_of(reading.events, _SITTING_TYPES)
    agency = reading.agency_id(subject) if event is not None else None
    if agency is None:
        return []
    return [Fact("ORGANIZED", agency, event.entity_id, evidence(text, subject.start, sitting.end() + 40))]


def _first_of(events: list[Event], types: tuple[str, ...]) -> Event | None:
    for kind in types:
        event = next((e for e in events if e.type == kind), None)
        if event is not None:
            return event
    return None
