"""Events: what happened, of which type, when and where.

An event cue (``ลงนาม``, ``ประชุมเชิงปฏิบัติการ``, ``สานเสวนา`` ... in
``data/cues.yaml``) either introduces an event — an organising or chairing
word comes before it (``ได้จัดพิธีลงนาม``), or it is a verb itself — or
refers to one already met (``การลงนามดังกล่าว``, ``เข้าร่วมประชุม`` during a
workshop).  A new event's title runs from its cue to the first title stop
(``ณ``, ``โดย``, ``เมื่อ`` ...), and its type is its head cue's, unless a signing's cue
stands anywhere in it (a fair that includes a signing is a signing) or the head only
frames what follows (``พิธีเปิด|การอบรม``): ``event_titles.event_type_between``.

The rules that read a cue as no new event are named so that ``bench/event_rules.py``
can switch each off and measure it: ``_referent`` (it refers to an event met),
``told_by_a_speaker``, ``within_an_event``, ``purpose_named_before``, ``_blocked``
(a plan or a purpose; a plan with its day stated is an announced event, DECISIONS d-17),
``_introduced`` and ``_background`` (a later activity that gets no date, no venue and
no link to the event before it: ``...จึงได้หารือกับ...``).  What only the headline says is
``headline_events.py``'s; venues are ``event_venues.py``'s.

Dates are ``event_dates.py``'s: which stated day belongs to which event (a page's
publication date never does).

>>> from edugraph.loaders.extract import extract
>>> record = extract("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน ได้จัดการอบรมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส จังหวัดน่าน", doc="d")
>>> [(e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event"]
[('training', '2024-03-05')]
"""
from __future__ import annotations

import re

from edugraph.loaders.document import Analysis
from edugraph.loaders.event_titles import (Event, cue_follows, drop_restated_sittings, end_of_title,
                                           event_type_between, fair_met, fair_opened, hosts_a_guest,
                                           names_a_session, names_own_occasion, own_name, second_activity)
from edugraph.loaders.event_venues import deck_venue, find_venue as _venue
from edugraph.loaders.headline_events import headline_events
from edugraph.loaders.opened_occasions import opened_occasion, opening_told_again
from edugraph.loaders.leads import leads_of, scan
from edugraph.loaders.event_scope import (fold_framed_activities, follows_an_event_met, held_as_occasion,
                                          names_what_came_before, opening_day, planned_before_organising,
                                          purpose_named_before, signed_on_condition,
                                          signs_a_rule, talks_on_a_visit, told_by_a_speaker, within_an_event)
from edugraph.loaders.event_dates import (clause_start, date_event, date_in, day_of_another_activity, day_told_after,
                                          first_date_after, maybe_end_date, undated_fallbacks,
                                          unstated_days)

_NOUN_BEFORE = re.compile(r"(?:พิธี|การ|งาน|โครงการ)$")
_DATE_REACH = 40              # characters after an event's title where its own date may stand
_REFERENCE_REACH = 1500       # characters back that a bare ประชุม/พิธี may refer to
# ...ประชุมดังกล่าว, ...ประชุมในวันนี้ (today's occasion; not a lead's วันนี้ (date))
_REFERENCE_AFTER = re.compile(r"\s?(?:ดังกล่าว|ในครั้งนี้|ครั้งนี้|นี้|ฯ|(?:ใน)?วันนี้(?!\s?\())")
# "นอกจากการประชุม...แล้ว ... จะมีการลงนาม": an activity announced within a dated occasion is a second
# event of that occasion, on its day (the "จะ" of a plan does not block it)
_BESIDES = re.compile(r"นอกจาก(?!นี้|นั้น)\S[^\n]{0,80}?แล้ว")
_ANNOUNCED = re.compile(r"จะมี(?:การ|พิธี)?\s?$")
_HOLDS_PROJECT = re.compile(r"(?<!ร่วม)(?:ได้)?จัด(?:ให้มี)?\s?(?=โครงการ)")
_HOLDS_PROJECT_LEADS = leads_of(_HOLDS_PROJECT)      # scanned over the whole body: only where จัด stands
# "เป็นประธานในการปล่อยนกกระเรียน...", "เป็นประธานในงานวันสถาปนา...", "เป็นประธานเปิดงาน X": presiding over an act or
# an occasion, or opening one, that no cue names is a ceremony (an opened เวที is a forum: ANNOTATION.md's forum cues)
_CHAIRS_ACT = re.compile(r"เป็นประธาน(?:ใน)?(?=การ\S|งาน(?!นี้|ดังกล่าว|ฯ)\S|(?:เปิด|ปิด)(?!เวที))")
# ...เป็นประธานในการเปิดงาน: the opening of an event met before it, no new ceremony (one met only later, an exhibition
# or a กิจกรรม of the occasion, is not what the chair opens: heldout-5 w37)
_OPENS_EVENT = re.compile(r"(?:การ)?(?:เปิด|ปิด)(?:งาน|โครงการ|กิจกรรม)")
_QUOTED_NAME = re.compile(r"[“\"]([^”\"\n]{3,80})[”\"]")
_CHAIRED_CUE_REACH = 30       # a cue this close after the chair's words names the act (เป็นประธานในการประชุม)
# "เมื่อปี ๒๕๕๘ กรมบังคับคดีได้มีการลงนาม...": a past activity of a stated year is an event (its date null)
_YEAR_ONLY = re.compile(r"เมื่อปี\s?(?:พ\.ศ\.\s?)?[0-9๐-๙]{4}(?![0-9๐-๙])")
_SEQUEL_REACH = 160           # characters before an event's words where a sequel word links it to the event before
_OPENING_SEQUEL_REACH = 400   # ...or, when the word opens the paragraph, how far into it
_AFTER_WHAT = {"หลังจาก", "ภายหลัง"}     # "after <event>": the event named is the earlier one
_WITNESS = "สักขีพยาน"
_WITNESS_REACH = 40           # characters after สักขีพยาน within which the signing witnessed is named
_AND_NEXT = re.compile(r"\s?และ\s?(?:การ)?")
_ALSO = re.compile(r"(?:นอกจากนี้|นอกจากนั้น|ในโอกาสเดียวกัน)\s?(?:ยัง)?(?:ได้)?(?:มี|จัด)")


def _inside(spans, pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def find_events(analysis: Analysis, skip_spans: list[tuple[int, int]]) -> list[Event]:
    """The events of the body, in order of their first mention."""
    text, gaz = analysis.text, analysis.gaz
    events: list[Event] = []
    reported: list[Event] = []     # background signings and sittings kept: the text gives them no day
    pos = analysis.body_start
    compound = None         # (end, head) of a reference cue that the next cue completes
    while True:
        match = gaz.event_cue_rx.search(text, pos)
        if match is None:
            break
        cue, start, end = match.group(), match.start(), match.end()
        pos = end
        if analysis.not_an_event(start) or _inside(skip_spans, start):
            continue
        if any(e.title_span[0] <= start < e.title_span[1] for e in events):
            continue
        kind = gaz.event_type_of_cue[cue]
        if cue in gaz.reference_cues and cue_follows(analysis, end):
            # พิธีลงนาม, ประชุมสัมมนา: the next cue names the event, whose wording starts here
            noun = _NOUN_BEFORE.search(text, max(0, start - 7), start)
            compound = (end, noun.start() if noun else start)
            continue
        noun = _NOUN_BEFORE.search(text, max(0, start - 7), start)
        head = noun.start() if noun else start
        if compound is not None and compound[0] <= start <= compound[0] + 1:
            head = compound[1]
        compound = None
        clause = clause_start(analysis, head)
        blocked = _blocked(analysis, clause, head)
        own_date = date_in(analysis, opening_day(analysis, clause), head)
        para_start = analysis.paragraph_of(head)[0]
        besides = bool(blocked and events and events[-1].date and _ANNOUNCED.search(text, max(0, head - 10), head)
                       and _BESIDES.search(text, max(para_start, head - 600), head))
        blocked = blocked and not besides
        sequel = _sequel(analysis, para_start, head)
        of_year = _YEAR_ONLY.search(text, max(para_start, head - 60), head)
        # a day written right after a specific cue is that mention's own (…ได้จัดปฐมนิเทศ… ระหว่างวันที่ 18-19 …);
        # a general one (ประชุม, พิธี, กิจกรรม) is too often followed by another activity's day
        stated_day = own_date or (None if cue in gaz.reference_cues else
                                  first_date_after(analysis, end, end_of_title(analysis, start) + _DATE_REACH))
        if blocked and stated_day is not None and not _blocked(analysis, clause, head, announced=True):
            blocked = False     # "จะเดินทางไปตรวจราชการ... ในวันที่ 9 ธ.ค." announces an event, with its day (d-17)
        referred = None if of_year else _referent(events, kind, start, end, analysis, stated_day, sequel, cue)
        if referred is not None:
            referred.mentions.append((head, end))
            if referred.date is None and own_date is not None \
                    and not day_of_another_activity(analysis, referred.type, own_date, events):
                referred.date, referred.end_date = own_date.date, own_date.end_date
            elif referred.date is None and not referred.of_year:
                told = day_told_after(analysis, referred, end)
                if told is not None:    # "การประชุมใหญ่... จัดขึ้น ณ ห้องประชุม... เมื่อวันที่ 27 มิถุนายน 2568"
                    referred.date, referred.end_date = told.date, told.end_date
            maybe_end_date(analysis, referred, end)
            continue
        if cue == _WITNESS and events and not _names_signing(analysis, end):
            # "...ร่วมในพิธี พร้อมทั้งมี ผวจ. ร่วมเป็นสักขีพยาน": witnesses of the event before, no signing
            events[-1].mentions.append((head, end))
            continue
        title_end = second_activity(analysis, kind, head, end, end_of_title(analysis, start))
        if blocked:
            joined = _AND_NEXT.match(text, end)
            then = joined and gaz.event_cue_rx.match(text, joined.end())
            if then:            # ...ให้จัดการฝึกอบรมและศึกษาดูงาน...: an activity joined to a plan's is planned too
                pos = then.end()
            continue
        if not _introduced(analysis, cue, clause, head, start, title_end, own_date) \
                or signs_a_rule(analysis, kind, start, title_end):
            continue
        told = own_date is None and not (of_year or besides) and not _names_agreement(analysis, kind, head, title_end) \
            and not _untold_sitting(analysis, kind, start, end, title_end) and told_by_a_speaker(analysis, head) \
            and first_date_after(analysis, start, title_end + _DATE_REACH) is None \
            and not follows_an_event_met(analysis, head, events)   # ...ได้จัดปฐมนิเทศ ระหว่างวันที่ 18-19 ...
        event = Event(event_type_between(analysis, head, title_end, kind), head, (head, title_end), intro=head,
                      sequel=sequel and bool(events), mentions=[(head, end)], of_year=bool(of_year))
        if events and (told or within_an_event(analysis, end, title_end)):
            # a part of an occasion already met, or an activity a speaker tells of: an event of its type
            # already met is the one spoken of (…กล่าวว่า … UNDP ได้จัดฝึกอบรม…), else it is no event
            same = next((e for e in reversed(events) if e.type == event.type), None)
            if same is not None:
                same.mentions.append((head, end))
            continue
        occasion = purpose_named_before(analysis, end, title_end, events) if event.type == "visit" else \
            talks_on_a_visit(analysis, head, events) if event.type == "meeting" and own_date is None else None
        if occasion is not None:
            occasion.mentions.append((head, end))       # a trip to do what an earlier event's title names
            continue
        date_event(analysis, event, events)
        before = date_in(analysis, para_start, head) if names_what_came_before(analysis, head) else None
        if before is not None:      # "วันนี้ (4 ก.พ.) ... กล่าวภายหลังการประชุม ครม. ถึง...ระหว่างวันที่ 5-8 ก.พ.":
            event.date, event.end_date = before.date, before.end_date      # the day before its words (a date hook)
        occasion = opened_occasion(analysis, event, events)
        met = None if occasion else fair_met(analysis, event, events)
        if met is not None:     # the deck's "จัดมหกรรมแก้หนี้..." then "เป็นประธานในพิธีเปิดงานมหกรรมแก้หนี้...": one
            met.mentions.append((head, end))
            continue
        if kind == "visit" and hosts_a_guest(analysis, event, end):
            event.type = "meeting"      # the guest's trip is the occasion; the hosts receive and talk with the guest
        if event.date is None and events and events[-1].date and (
                besides or _ALSO.search(text, max(para_start, head - 40), head)):
            # "นอกจากนี้ มีพิธีลงนาม...": another activity of the same occasion, on its day
            event.date = events[-1].date
        _venue(analysis, event, events)
        if _background(event, events):
            event.named = event.sitting = _untold_sitting(analysis, event.type, start, end, title_end)
            if not (event.sitting or _reported_agreement(analysis, event)):
                continue
            reported.append(event)
        elif event.date is None and not event.sequel and own_name(analysis, start, end) \
                and any(e.type == event.type and e.date for e in events):
            event.named = True      # การประชุมสภาที่ปรึกษา... after the story's meeting: another meeting
        events.append(event)
        if occasion is not None:
            _venue(analysis, occasion, events)
            events.append(occasion)
        pos = max(pos, title_end)
    events += _project_events(analysis, events)
    events.sort(key=lambda e: e.start)
    _restated_venues(analysis, events)
    fold_framed_activities(events)      # on the days stated, before a fallback gives a day to an undated event
    undated_fallbacks(analysis, events)
    unstated_days(analysis, events)
    _restated_venues(analysis, events)          # again for the days the fallbacks chose
    for event in events:
        deck_venue(analysis, event, events)     # a deck's event, its day now chosen: the story's opening scene
    for event in reported:
        event.date = event.end_date = None      # not the story's day that a fallback gave it (DECISIONS d-21)
    drop_restated_sittings(analysis, [e for e in reported if e.sitting], events)
    for event in events:
        if event.named and any(o is not event and o.type == event.type and o.date == event.date for o in events):
            event.date = event.end_date = None  # another meeting than the story's: not on its day by a fallback
    return events + headline_events(analysis, events)


def _sequel(analysis: Analysis, para_start: int, head: int) -> bool:
    """Whether a sequel cue (ภายหลัง, จากนั้น ...) stands before the event's words: it follows the event before.
    One right before them (``ความคืบหน้าหลังจากพิธีลงนาม...``) makes the event the earlier one, after which
    something else happens, not a sequel."""
    found = None
    for found in analysis.gaz.sequel_rx.finditer(analysis.text, max(para_start, head - _SEQUEL_REACH), head):
        pass
    if found is None and head - para_start <= _OPENING_SEQUEL_REACH \
            and not analysis.gaz.speech_rx.search(analysis.text, para_start, head):
        # "จากนั้น รัฐมนตรี... ได้มอบป้าย... มอบบัตร... และร่วมพิธีลงนาม...": the word that opens the paragraph
        # links each activity its sentence lists, however long the list before it (not what a speaker then tells)
        found = analysis.gaz.then_rx.match(analysis.text, para_start)
    return found is not None and not (found.end() >= head - 1 and found.group() in _AFTER_WHAT)


def _blocked(analysis: Analysis, clause: int, head: int, announced: bool = False) -> bool:
    """A blocker right before the cue, or before the organising verb before it, makes it a plan or a purpose;
    ``announced``: a day is stated for it, so only a purpose blocks it, not a plan (``plan_blockers``)."""
    gaz = analysis.gaz
    blockers = gaz.purpose_blocker_rx if announced else gaz.event_blocker_rx
    return bool(blockers.search(analysis.text[max(clause, head - 16):head])) \
        or planned_before_organising(analysis, clause, head, announced) or signed_on_condition(analysis, head)


def _introduced(analysis: Analysis, cue: str, clause: int, head: int, start: int, title_end: int, own_date) -> bool:
    """Whether the cue reports an activity held: an introducer before it (ได้จัด, เป็นประธาน, ร่วม ...), a verb
    cue, or a day stated for it."""
    text, gaz = analysis.text, analysis.gaz
    if cue in gaz.event_weak:
        return bool(gaz.weak_event_introducer_rx.search(text[max(0, head - 20):head]))
    if cue in gaz.occasion_only_cues and not held_as_occasion(analysis, head, start, title_end):
        return False        # จัดนิทรรศการ... inside an occasion or among what is on: a part of it
    if cue in gaz.event_verbs or gaz.event_introducer_rx.search(text[max(clause, head - 30):start]) or (
            head < start and gaz.event_cue_rx.match(text, head)
            and gaz.event_introducer_rx.search(text[max(clause, head - 30):head].rstrip())):
        # ...before the cue, or before the general word that frames it (เป็นประธานเปิด|กิจกรรม Kick off)
        return True
    if cue in gaz.introduced_only:
        return False
    if own_date is None and _untold_sitting(analysis, gaz.event_type_of_cue[cue], start, start + len(cue), title_end):
        return True     # ...ในการประชุมคณะกรรมการมรดกโลกสมัยสามัญ ครั้งที่ 46: a sitting of its own, no day told
    if names_what_came_before(analysis, head):
        return True     # "ภายหลังการหารือ ได้มีพิธีลงนาม...": the discussion the signing followed took place
    # ...ในพิธีมอบรางวัล... เมื่อวันที่ 16 มกราคม 2568, and วันนี้ (...) นาย X หารือกับ ...: a mention in
    # a clause that states its day states an event too, also a day still to come when the release was published
    # (an announced event is annotated with its stated day, DECISIONS d-17; a plan's blockers are _blocked's)
    if own_date is not None:
        return True
    return first_date_after(analysis, start, title_end + _DATE_REACH) is not None


def _untold_sitting(analysis: Analysis, kind: str, start: int, end: int, title_end: int) -> bool:
    """A sitting named of its own (``names_a_session``) for which the text states no day: an event, its date null."""
    return first_date_after(analysis, start, title_end + _DATE_REACH) is None \
        and names_a_session(analysis, kind, start, end, title_end)


def _background(event: Event, events: list[Event]) -> bool:
    """A later activity with no date, place or link to the event before: background, not an event."""
    return bool(events) and not (event.date or event.venue or event.sequel or event.of_year)


def _names_agreement(analysis: Analysis, kind: str, head: int, title_end: int) -> bool:
    """Whether a signing's title names the agreement signed (ลงนามบันทึกความเข้าใจด้าน..., ลงนามความตกลงการค้าเสรี...):
    a speaker who tells of it reports that signing (heldout-3 v08, heldout-4 w19), not one already met."""
    return kind == "signing" and analysis.gaz.agreement_rx.search(analysis.text, head, title_end) is not None


def _reported_agreement(analysis: Analysis, event: Event) -> bool:
    """A signing that names the agreement signed and a party right after its title (``JICA ได้ลงนามใน
    บันทึกความร่วมมือ (MOC) กับมหาวิทยาลัยธรรมศาสตร์``) reports a signing of its own, with no day, place or link
    to the event before (DECISIONS d-21, d-22)."""
    if event.type != "signing":
        return False
    text, gaz = analysis.text, analysis.gaz
    start, end = event.title_span
    return gaz.agreement_rx.search(text, start, end) is not None and gaz.party_marker_rx.match(text, end) is not None


def _restated_venues(analysis: Analysis, events: list[Event]) -> None:
    """A lead that repeats the headline, then the story: วันนี้ (date) ที่ห้องประชุม... เป็นประธานลงนาม...: the venue
    around a later wording of an event with none, in a paragraph that states its day."""
    for event in events:
        for mention in event.mentions[1:]:
            if event.venue is None and event.date is not None and _states_day(analysis, mention[0], event.date):
                _venue(analysis, event, events, at=mention)


def _states_day(analysis: Analysis, pos: int, day: str) -> bool:
    """Whether the paragraph of ``pos``, or the one before it, states ``day``."""
    index = analysis.paragraph_index(analysis.paragraph_of(pos)[0])
    return any(m.date == day for start, end in analysis.paragraphs[max(0, index - 1):index + 1]
               for m in analysis.dates if start <= m.start < end)


def _project_events(analysis: Analysis, events: list[Event]) -> list[Event]:
    """``(ได้)จัดโครงการ X`` with a day stated for it: X is a one-off activity (an Event whose
    title is the project's name, of the type its own cues give, else ``other``), not a Programme.
    ``เป็นประธานในการ X`` or ``เป็นประธานเปิด X`` with a day stated for it, where no cue names X: presiding makes X
    a ceremony."""
    text = analysis.text
    found: list[Event] = []
    holds = [(m, "other") for m in scan(_HOLDS_PROJECT, _HOLDS_PROJECT_LEADS, text, analysis.body_start)]
    chairs = [(m, "ceremony") for m in _CHAIRS_ACT.finditer(text, analysis.body_start)
              if _names_no_act(analysis, m.end())
              and not (any(e.start < m.start() for e in events) and _OPENS_EVENT.match(text, m.end()))]
    # ...of which those where only a frame (กิจกรรม) follows the chair's words
    framed = {m.start() for m, _ in chairs if analysis.event_cue_in(m.end(), m.end() + _CHAIRED_CUE_REACH)}
    for match, default in holds + chairs:
        head = match.end()
        if any(e.title_span[0] <= head < e.title_span[1] for e in events + found) or analysis.not_an_event(head):
            continue
        clause = clause_start(analysis, match.start())
        if analysis.gaz.event_blocker_rx.search(text[max(clause, match.start() - 16):match.start()]):
            continue
        title_end = end_of_title(analysis, head)
        if match.start() in framed and any(head < e.start < title_end for e in events):
            continue        # ...เปิดกิจกรรม "จิตอาสา..." ฝึกอบรม...: the act opened is an event found, named in its title
        event = Event(event_type_between(analysis, head, title_end, default), head, (head, title_end), intro=head,
                      mentions=[(head, head + len("โครงการ"))], project=default == "other")
        date_event(analysis, event, events)
        _venue(analysis, event, events)
        if event.date is None and (event.project or event.venue is None or any(e.start < head for e in events + found)):
            continue        # a programme that is run, not a dated activity; a later act with no day or place
        found.append(event)
        _absorb_renamings(analysis, event, events)
    return found


def _names_no_act(analysis: Analysis, pos: int) -> bool:
    """Whether no cue right after a chair's words (``เป็นประธานเปิด|...``) names the act chaired: a general frame
    (``กิจกรรม``, a weak cue) does not, so ``เป็นประธานเปิดกิจกรรมเยาวชนพิทักษ์น้ำ`` opens a ceremony (development gold:
    heldout-5 w26, heldout-9 w31, w39)."""
    gaz = analysis.gaz
    return not any(cue.group() not in gaz.event_weak and not analysis.not_an_event(cue.start())
                   for cue in gaz.event_cue_rx.finditer(analysis.text, pos, pos + _CHAIRED_CUE_REACH))


def _absorb_renamings(analysis: Analysis, opened: Event, events: list[Event]) -> None:
    """A later กิจกรรม or meeting whose quoted name the opened occasion's title carries (เป็นประธานเปิดงาน “ราชภัฏแฟร์ 67
    ...” ... กิจกรรม “ราชภัฏแฟร์” เป็นการสานต่อ...) speaks of that occasion again: no event of its own."""
    title = analysis.text[opened.title_span[0]:opened.title_span[1]]
    for other in [e for e in events if e.start > opened.start and e.type in analysis.gaz.framing_types]:
        quoted = _QUOTED_NAME.search(analysis.text, *other.title_span)
        if quoted is not None and quoted.group(1).strip() in title:
            events.remove(other)
            opened.mentions.extend(other.mentions)


def _names_signing(analysis: Analysis, pos: int) -> bool:
    gaz = analysis.gaz
    return any(gaz.event_type_of_cue[m.group()] == "signing"
               for m in gaz.event_cue_rx.finditer(analysis.text, pos, pos + _WITNESS_REACH))


def _referent(events: list[Event], kind: str, start: int, end: int, analysis: Analysis,
              own_date, sequel: bool, cue: str) -> Event | None:
    """The event an event cue refers to, if it is not a new one."""
    if not events:
        return None
    text = analysis.text
    explicit = bool(_REFERENCE_AFTER.match(text, end))
    candidates = [e for e in reversed(events)
                  if (own_date is None or not e.date or own_date.date == e.date) and (explicit or e.date or not e.sitting)
                  and (explicit or start - e.mentions[-1][0] <= _REFERENCE_REACH)]
    named = None if explicit else own_name(analysis, start, end)
    for event in candidates:
        if (event.type == kind or fair_opened(analysis, event, cue) or opening_told_again(analysis, event, start)) \
                and (named is None or named in text[event.start:event.title_span[1]]):
            return event
    for event in candidates:
        if explicit:
            return event
        if cue in analysis.gaz.reference_cues and not sequel and cue not in analysis.gaz.event_weak \
                and not names_own_occasion(analysis, start, end) and not (named and event.type == kind):
            return event
    return None
