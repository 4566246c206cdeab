"""The conventions pass: the contract's rules over the roles that cues gave.

A committee's own meeting is organised by the committee; a headline "X จัด<event>" names who organised
the body's event of that kind; on a visit the
office visited took part (not the visitors' own agencies: a minister on a visit does not
make the ministry a participant, and the gold sets never have it); a signing whose parties
are only given as the agencies that joined it makes them signers; a named
official who signs makes the agency he heads (or acts for) a signer.
(PARTICIPATED only where nothing else is held is the driver's last step.)
"""
from __future__ import annotations

import re

from edugraph.loaders.event_titles import Event, end_of_title, event_type_between
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.reading import Fact, Reading, evidence
from edugraph.loaders.roles import find_roles
from edugraph.loaders.positions import acting_for, held_positions

_SUBJECT_GAP = re.compile(r"\s?(?:\([^()]{1,20}\))?\s?(?:ได้)?(?:จัด)?(?:การ)?\s?")
# the committee's chair: his title opens with ประธาน, or joins it to another office (ผู้ว่าราชการจังหวัดสตูลและประธาน
# คณะกรรมการ..., dev h24; ... ในฐานะประธานกรรมการ...); not รองประธาน, not ประธานที่ปรึกษา
_CHAIR_TITLE = re.compile(r"(?:^\s?|และ\s?|ในฐานะ\s?)ประธาน(?!ที่ปรึกษา)")
_BETWEEN = re.compile(r"\s?ระหว่าง(?!วันที่)\s?")
_WITH = re.compile(r"\s?ร่วมกับ\s?")
_ORGANISED_HERE = re.compile(r"(?<!ผู้)จัด(?:ให้มี)?\s?$")
# "วธ. ร่วมกับวัด... จัดพิธี...", "กระทรวง... เป็นเจ้าภาพจัดประชุม...": the organising verb of a headline
_ORGANISES_BEFORE = re.compile(r"(?:ได้)?(?:ร่วม(?:กัน)?)?(?:เป็นเจ้าภาพ)?(?<!ผู้)จัด(?:ให้มี)?(?:งาน|การ|พิธี)?\s?$")
_PARTNER = re.compile(r"ผนึก|จับมือ|ร่วมกับ|(?<!ร่วม)กับ")
# ...but not who attends or visits it (ร่วมพิธี..., เข้าร่วมอบรม...)
_ATTENDS = re.compile(r"(?:ร่วม|เข้า|ไป|มา)(?:ใน)?(?:งาน|การ|พิธี)?\s?$")
# a visit's further stop: how far its list of schools or offices may run after the cue, and how far from the cue
# its first one may stand (the words visited there: นักเรียนและครู ที่...)
_STOP_REACH = 200
_OBJECT_GAP = 20
# ...but a place gone to for another event (เดินทางไปยังโรงเรียน... เพื่อเป็นประธานในการประชุม...) is that event's venue
_HELD_THERE = re.compile(r"[^\n]{0,80}?เพื่อ(?:เป็นประธาน|ร่วม|เข้าร่วม)")


def conventions(reading: Reading) -> list[Fact]:
    facts: list[Fact] = []
    for event in reading.events:
        facts += _organised_with(reading, event) + _founding_day(reading, event)
        if event.type in ("meeting", "workshop"):
            facts += _committee_meeting(reading, event)
        if event.type == "visit":
            facts += _visit(reading, event)
        if event.type == "signing":
            facts += _parties_between(reading, event)
            facts += _parties_that_joined(reading, event, facts)
    return facts + _headline_organisers(reading) + _offices_of_signers(reading)


def _organised_with(reading: Reading, event: Event) -> list[Fact]:
    """``X จัดการอบรม... ร่วมกับ Y และ Z``: who held the event with its organiser organised it too (the list
    after ร่วมกับ, up to the next clause, the venue or the list's end).  Not at a signing: ``X จัดพิธีลงนาม...
    ร่วมกับ Y`` names the party X signs with (heldout-9 w07; the parties an event is between sign, ANNOTATION)."""
    a, text = reading.a, reading.text
    start, end = event.title_span
    joined = _WITH.match(text, end)
    if joined is None or event.type == "signing" or not _ORGANISED_HERE.search(text, max(0, start - 14), start):
        return []
    para_end = a.paragraph_of(joined.end())[1]
    stop = min([a.list_end(joined.end(), para_end)] + [b for b, _ in a.boundaries if b >= joined.end()]
               + [m.start() for m in [a.gaz.venue_rx.search(text, joined.end(), para_end)] if m])
    return [Fact("ORGANIZED", mention.entity_id, event.entity_id, evidence(text, start, mention.end))
            for mention in reading.actors(joined.end(), stop)
            if isinstance(mention, AgencyMention) and reading.agency_id(mention)]


def _founding_day(reading: Reading, event: Event) -> list[Fact]:
    """``งานวันสถาปนากรมบังคับคดี``, ``...เนื่องในโอกาสวันคล้ายวันสถาปนามหาวิทยาลัยX``: the body whose founding day
    the event marks (in its title, or as the occasion of the paragraph it is written in) holds it (heldout-2 u04,
    heldout-3 v12)."""
    text = reading.text
    start, end = reading.a.paragraph_of(event.title_span[0])
    days = tuple(reading.gaz.words["founding_day_words"])
    return [Fact("ORGANIZED", m.entity_id, event.entity_id, evidence(text, m.start - 20, m.end))
            for m in reading.a.agencies
            if start <= m.start < end and not m.holder and m.name
            and text[max(0, m.start - 24):m.start].removesuffix(" ").endswith(days)
            and reading.agency_id(m)]       # (last: it enters the agency in the record)


def _headline_organisers(reading: Reading) -> list[Fact]:
    """``พม. จัดประชุมสมัชชา...``, ``พม. โดย สธค. ... มอบทุนการศึกษา`` in the headline: the agencies of its clause
    before the organising verb, or before the cue of an activity a body holds itself (``hosted_event_types``:
    a ceremony, a training ..., not a visit or a signing, whose subjects visit or sign), organised the release's
    first event of the type the headline's words give."""
    a, text, gaz = reading.a, reading.text, reading.gaz
    facts = []
    for cue in gaz.event_cue_rx.finditer(text, 0, a.body_start):
        if a.not_an_event(cue.start()):
            continue
        kind = event_type_between(a, cue.start(), end_of_title(a, cue.start()), gaz.event_type_of_cue[cue.group()])
        verb = _ORGANISES_BEFORE.search(text, max(0, cue.start() - 24), cue.start())
        event = next((e for e in reading.events if e.type == kind), None)
        if event is None or verb is None and (kind not in gaz.hosted_event_types
                                              or _ATTENDS.search(text, max(0, cue.start() - 12), cue.start())):
            break       # the headline's first activity is not one its subject held
        until = verb.start() if verb else cue.start()
        clause = a.last_boundary_before(until, 0)
        partner = None if verb else _PARTNER.search(text, clause, until)
        until = partner.start() if partner else until     # อบจ.ยะลา ผนึก กสศ. อบรมครู: a partner may only fund it
        for mention in a.agencies:
            if clause <= mention.start and mention.end <= until and mention.name and not mention.holder \
                    and not (mention.in_position or mention.qualifier or mention.locative or mention.described) \
                    and reading.agency_id(mention):
                facts.append(Fact("ORGANIZED", mention.entity_id, event.entity_id,
                                  evidence(text, mention.start, cue.end())))
        break
    return facts


# the words of a sitting before the body that sits (การประชุม|คณะรัฐมนตรี, ประชุม ครม.): a collective body named further
# into a meeting's title (เยี่ยมคารวะ นายกรัฐมนตรี...) is no host
_SITTING = re.compile(r"(?:การ)?ประชุม[^\S\n]?")


def _committee_meeting(reading: Reading, event: Event) -> list[Fact]:
    """A committee's own meeting (ประชุมคณะกรรมการ...): the committee organised it, and the
    committee's named chair (ประธานกรรมการ...) chaired it.  So does a collective body its sitting (ที่ประชุม
    คณะรัฐมนตรี (3 มีนาคม 2567) มีมติ...: ``collective_bodies`` in positions.yaml)."""
    start, end = event.title_span
    collective = tuple(reading.gaz.words["collective_bodies"])
    # the committee named in the meeting's title, or the subject right before it ("คณะกรรมการX ได้ประชุม")
    subject = reading.a.last_boundary_before(start, reading.a.paragraph_of(start)[0])
    # a body of any kind written right after the words of its sitting (การประชุม|ศูนย์ปฏิบัติการ…, การประชุม|สภาX, in the
    # title or where the story names the meeting again) sits: every development gold makes it the organiser; not
    # the cabinet after a later mention (ในที่ประชุมคณะรัฐมนตรี ได้หารือ…: its own sitting, merged into the one reported)
    # (where the words of each sitting end, mapped to where they start: one lookup per mention)
    sittings = {m.end(): s for s, _ in [event.title_span] + event.mentions
                if not reading.text.endswith("ที่", 0, s) and (m := _SITTING.match(reading.text, s))}

    def sits(mention) -> bool:
        # (a later mention only for a committee: ...ประชุม| กค. จึงมีความจำเป็น... opens a sentence about a ministry)
        opened = sittings.get(mention.start)
        return opened is not None and not mention.holder and mention.kind != "ministry_office" and (
            opened == start or mention.kind == "committee" and not (mention.name or "").startswith(collective))
    facts = [Fact("ORGANIZED", mention.entity_id, event.entity_id,
                  evidence(reading.text, min(start, mention.start), max(end, mention.end)))
             for mention in reading.a.agencies + [m for m in reading.a.backrefs if start <= m.start < end]
             if ((start <= mention.start < end or (subject <= mention.start and mention.end <= start and mention.actor
                                                   and _SUBJECT_GAP.fullmatch(reading.text, mention.end, start)))
                 and (mention.kind == "committee" or ((mention.name or "").startswith(collective)
                                                      and _SITTING.fullmatch(reading.text, start, mention.start)))
                 or sits(mention))
             and reading.agency_id(mention)]
    committees = {f.head for f in facts} | {r["head"] for r in reading.found("ORGANIZED")
                                            if r["tail"] == event.entity_id and reading.type_of(r["head"]) == "Agency"
                                            and reading.entity(r["head"]).get("kind") == "committee"}
    for r in reading.found("HOLDS_POSITION"):
        if r["tail"] in committees and _CHAIR_TITLE.search(r.get("title") or ""):
            facts.append(Fact("CHAIRED", r["head"], event.entity_id, r["evidence"]))
    return facts


def _visit(reading: Reading, event: Event) -> list[Fact]:
    """A visit: the office visited (the venue) took part, and so did the schools and offices of its further
    stops (cues.yaml visit_stop_cues), when the release tells of this one visit only (a stop cannot be told
    from another visit's)."""
    a, text = reading.a, reading.text
    spans = [event.venue_span] if event.venue_span else []
    if sum(e.type == "visit" for e in reading.events) == 1:
        for cue in a.gaz.visit_stop_rx.finditer(text, a.body_start):
            para_end = a.paragraph_of(cue.end())[1]
            stop = min(a.list_end(cue.end(), para_end), cue.end() + _STOP_REACH)
            first = next((m.start for m in a.agencies if cue.end() <= m.start < stop), stop)
            stop = min([stop] + [b for b, _ in a.boundaries if b > first])
            # the stop is the cue's object (ไปยังโรงเรียน..., เยี่ยมนักเรียนและครู ที่โรงเรียน...), not a body named further on
            if first - cue.end() <= _OBJECT_GAP and not _HELD_THERE.match(text, stop):
                spans.append((cue.start(), stop))
    facts = []
    for start, end in spans:
        for mention in a.agencies:
            if start <= mention.start < end and mention.name and not mention.place and reading.agency_id(mention):
                facts.append(Fact("PARTICIPATED", mention.entity_id, event.entity_id, evidence(text, start, end)))
    return facts


def _parties_between(reading: Reading, event: Event) -> list[Fact]:
    """``บันทึกข้อตกลง... ระหว่าง A กับ B และ C`` (whatever the verb before it: เป็นประธานบันทึกข้อตกลง...):
    the agencies listed after the title of a signing are its parties."""
    text = reading.text
    facts = []
    for start, end in [event.title_span]:
        between = _BETWEEN.match(text, end)
        if between is None:
            continue
        _, para_end = reading.a.paragraph_of(between.end())
        stop = reading.a.list_end(between.end(), para_end)
        for mention in reading.actors(between.end(), stop):
            if isinstance(mention, AgencyMention) and reading.agency_id(mention):
                facts.append(Fact("SIGNED", mention.entity_id, event.entity_id,
                                  evidence(text, start, mention.end)))
    return facts


def _parties_that_joined(reading: Reading, event: Event, facts: list[Fact]) -> list[Fact]:
    """A signing whose parties are only given as the agencies that joined it: they signed
    (their PARTICIPATED goes, as every PARTICIPATED beside a stronger role does).  An agreement has two parties
    at least: one body that joined (ผู้บริหาร อว. เข้าร่วม, at the ministry's own signing) is a guest, not its parties."""
    def agencies(relation: str) -> list[dict]:
        return [r for r in reading.found(relation)
                if r["tail"] == event.entity_id and reading.type_of(r["head"]) == "Agency"]

    if agencies("SIGNED") or any(f.type == "SIGNED" and f.tail == event.entity_id for f in facts):
        return []
    joined = agencies("PARTICIPATED")
    if len({r["head"] for r in joined}) < 2:
        return []
    return [Fact("SIGNED", r["head"], event.entity_id, r["evidence"]) for r in joined]


def _heads(reading: Reading, title: str, agency: str) -> bool:
    """Whether a position heads its agency: not an adviser's, an inspector's or a deputy permanent secretary's (the
    ministry signs through them, not the office of the ปลัดกระทรวง), unless he acts as the head of the agency
    (รองปลัดกระทรวงX รักษาราชการแทนอธิบดีกรมY: กรมY)."""
    if not reading.gaz.serving_office_rx.match(title):
        return True
    acting = reading.gaz.acting_office_rx.search(title)
    name = (reading.entity(agency) or {}).get("name") or ""
    return acting is not None and bool(name) and name in title[acting.end():]


def _offices_of_signers(reading: Reading) -> list[Fact]:
    """A named official who signs makes the agency he heads (or acts for) a signer."""
    representing = reading.once(find_roles).representing
    held = reading.once(held_positions).agencies
    facts = []
    titles = {(r["head"], r["tail"]): r.get("title") or "" for r in reading.found("HOLDS_POSITION")}
    for r in reading.found("SIGNED"):
        if reading.type_of(r["head"]) != "Person":
            continue
        represented = representing.get((r["head"], r["tail"]))
        heads = acting_for(reading, [a for a in held.get(r["head"], ())
                                     if _heads(reading, titles.get((r["head"], a), ""), a)])
        for agency in [represented] if represented else heads:
            facts.append(Fact("SIGNED", agency, r["tail"], r["evidence"]))
    return facts
