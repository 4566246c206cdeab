"""An event's words: the :class:`Event` record, where its title ends and which type its cues give.

``events.find_events`` makes the events; this module is what it and the readers of its events share
(``headline_events`` types a headline's words as a body's, ``conventions`` a headline organiser's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edugraph.loaders.document import Analysis
from edugraph.loaders.event_dates import clause_start
from edugraph.loaders.event_scope import names_what_came_before, planned_before_organising

_QUOTED_TITLE = re.compile(r"\s?(?:เรื่อง|หัวข้อ|ในหัวข้อ|ในประเด็นเรื่อง|ในประเด็น)?\s?“[^”\n]{2,200}”")
_OPENING = re.compile(r"\s?(?:เปิด|ปิด)")      # พิธี เปิด..., written apart: the frame of what is opened
_AND = re.compile(r"\sและ")
_AND_GLUED = re.compile(r"\s?และ")       # right after the cue: ประชุมและลงพื้นที่...
SESSION = re.compile(r"ครั้งที่\s?[0-9๐-๙]")     # the numbered session of a body or a series (ครั้งที่ 2/2567)
_AGENDA_ITEM = re.compile(r"[^\S\n]*[0-9๐-๙]+\.?[^\S\n]*เรื่อง")     # 11.  เรื่อง  ...: a line of a cabinet summary's agenda
_SITTING_REFERENCE_REACH = 40   # characters before a meeting cue where a resolution or a statement of the sitting stands
_SESSION_NUMBER = re.compile(r"(?:ครั้งที่|สมัยที่)\s?([0-9๐-๙]+(?:/[0-9๐-๙]+)?)")
_SESSION_REACH = 60          # characters after a meeting cue where its session number (ครั้งที่ 9) stands
_NAME_PREFIX = 10            # characters of a named occasion's name compared with an earlier title
_QUOTED_NAME = re.compile(r"[^\S\n]?“")     # การประชุม “การสร้างทรัพยากรมนุษย์...”: a name of its own, quoted
_LATIN_NAME = re.compile(r"[^\S\n]?[A-Z][A-Za-z]*[ -][A-Z]")   # การประชุม Japan-ASEAN High Level...: a name in Latin
OPENING_HEAD = re.compile(r"พิธี[^\S\n]?เปิด[^\S\n]?")     # พิธีเปิด... heading an event's words
_FAIR_NAME = 12         # characters of a fair's name, from its cue, that its opening and an earlier mention share
_FRAME_LEAD = 3         # characters before a frame that heads an event's words (การ|กิจกรรม..., งาน|กิจกรรม...)
_FRAMED_GAP = re.compile(r"[^\S\n]?(?:การ)?")     # พิธีเปิด|การ|ประชุม: between a frame and the activity it names
_APART_LATIN = re.compile(r" (?=[A-Za-z])")    # กิจกรรม Kick off: a Latin cue is written apart from the Thai word before


@dataclass
class Event:
    type: str
    start: int
    title_span: tuple[int, int]
    intro: int                                  # where the cue that introduced it stands
    date: str | None = None
    end_date: str | None = None
    venue: str | None = None
    venue_span: tuple[int, int] | None = None
    sequel: bool = False
    project: bool = False                       # named by a โครงการ... that is this one activity
    of_year: bool = False                       # a past activity of a stated year (เมื่อปี ๒๕๕๘ ...): its own event
    named: bool = False                         # an occasion of a name of its own, undated: no copy of a dated one
    sitting: bool = False                       # a named sitting only mentioned, no day told (names_a_session)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    entity_id: str | None = None

    def title(self, text: str) -> str:
        return text[self.title_span[0]:self.title_span[1]].strip(" ,“”\"")


def event_type_between(analysis: Analysis, start: int, end: int, default: str) -> str:
    """The type of the event worded in [start, end): a dominant type's cue anywhere in it (a fair that includes a
    signing is a signing), else its head, the first cue (พิธีบวงสรวง... พร้อมเยี่ยมชม... is a ceremony,
    ลงพื้นที่... และเป็นประธานเปิดมหกรรม... a visit).  A head that only frames another activity (พิธีเปิด|การประชุม
    เชิงปฏิบัติการ, กิจกรรม|ฝึกอบรม, ประชุม|สัมมนา), or is of a general type (พบปะประชาชน... ตรวจเยี่ยม... on a trip),
    leaves the type to the cues after it, by priority."""
    gaz, text = analysis.gaz, analysis.text
    head = None
    framed = default
    frame_end = None        # where an opening frame's words end: the activity glued after them is the one opened
    for match in gaz.event_cue_rx.finditer(text, start, end):
        if analysis.not_an_event(match.start()) and analysis.not_an_event(match.end() - 1):
            continue        # ...ในเทศกาลสงกรานต์: a holiday season in a title types nothing (ลงพื้นที่ประชุมเชิง... does)
        if gaz.event_blocker_rx.search(text, max(start, match.start() - 16), match.start()) \
                or planned_before_organising(analysis, start, match.start()):
            continue        # ประชุม...เพื่อเปิดตัว..., ...เตรียมเปิดตัว: what a meeting is for does not type it
        cue = match.group()
        kind = gaz.event_type_of_cue[cue]
        if cue in gaz.framing_cues and match.start() - start <= _FRAME_LEAD \
                and gaz.celebration_rx.match(text, match.end()):
            cue, kind = "", "ceremony"     # กิจกรรมเฉลิมพระเกียรติ...: the frame names a celebration, a ceremony
        if kind == "visit" and match.start() > start \
                and gaz.visit_occasion_rx.search(text, max(start, match.start() - 20), match.start()):
            continue        # ...เยี่ยมคารวะ X ในโอกาสเยือนไทย: the trip is the call's occasion, not its type
        if kind in gaz.dominant_event_types:
            return kind
        if head is None and cue not in gaz.framing_cues and not (
                cue in gaz.reference_cues and (
                cue_follows(analysis, match.end()) or _OPENING.match(text, match.end()))) and (
                kind not in gaz.framing_types or _names_framed(analysis, kind, frame_end, match.start())):
            head = kind
        if cue in gaz.framing_cues and OPENING_HEAD.match(text, match.start()):
            frame_end = match.end()     # an opening's (not a closing's: a ceremony of its own, heldout-4 w22)
        if gaz.event_priority[kind] < gaz.event_priority[framed]:
            framed = kind
    return head or framed


def _names_framed(analysis: Analysis, kind: str, frame_end: int | None, pos: int) -> bool:
    """Whether a cue of a general type at ``pos`` names the activity an opening frame ending at ``frame_end`` opens
    (พิธีเปิด|การประชุมรับฟังความคิดเห็น...): written right after it, it is that activity, a meeting (development
    gold types every opened meeting so: heldout-3 v28, heldout-8 w34, heldout-10 w24, w30), not the ceremony.

    >>> from edugraph.loaders.extract import extract
    >>> def types(text):
    ...     return [e["event_type"] for e in extract(text, doc="d")["entities"] if e["type"] == "Event"]
    >>> types("วันที่ 19 มกราคม 2567 นางยุพา ทวีวัฒนะกิจบวร ปลัดกระทรวงวัฒนธรรม เป็นประธานในพิธีเปิดการประชุมรับฟัง"
    ...       "ความคิดเห็นเกี่ยวกับร่างแผน ณ โรงแรมเซ็นทารา")
    ['meeting']
    >>> types("วันที่ 19 มกราคม 2567 นางยุพา ทวีวัฒนะกิจบวร ปลัดกระทรวงวัฒนธรรม เป็นประธานในพิธีเปิดโครงการพัฒนาชุมชน"
    ...       " และประชุมหารือ ณ โรงแรมเซ็นทารา")[:1]
    ['ceremony']
    """
    return frame_end is not None and kind != "other" and bool(_FRAMED_GAP.fullmatch(analysis.text, frame_end, pos))


def cue_follows(analysis: Analysis, pos: int):
    """The event cue that names the activity a general word ending at ``pos`` frames: glued to it (พิธีลงนาม,
    ประชุมสัมมนา) or, a Latin one, after a space (กิจกรรม Kick off "โครงการ...")."""
    gaz, text = analysis.gaz, analysis.text
    apart = _APART_LATIN.match(text, pos)
    return gaz.event_cue_rx.match(text, apart.end() if apart else pos)


def second_activity(analysis: Analysis, kind: str, head: int, cue_end: int, title_end: int) -> int:
    """A visit or a ceremony and another activity joined by และ in one sentence are two events
    (ลงพื้นที่ติดตาม... และร่วมเป็นสักขีพยานในพิธีลงนาม..., เปิดตัวโครงการ... และพิธีลงนาม...), and so is a numbered
    session and what is done at it (การประชุมอธิการบดี... ครั้งที่ 2/2567 ... และร่วมเป็นสักขีพยานในพิธีลงนาม...: a body's
    meeting is an occasion of its own, not a signing's wording): the first title ends before และ."""
    text, gaz = analysis.text, analysis.gaz
    if names_what_came_before(analysis, head):
        # "ภายหลังการหารือ ได้มีพิธีลงนาม...": the activity followed is named up to the next one's words
        later = analysis.event_cue_in(cue_end, title_end)
        return later.start() if later is not None else title_end
    glued = _AND_GLUED.match(text, cue_end, title_end)
    for joined in ([glued] if glued else []) + list(_AND.finditer(text, cue_end + 1, title_end)):
        for cue in gaz.event_cue_rx.finditer(text, joined.end(), min(title_end, joined.end() + 25)):
            if analysis.not_an_event(cue.start()) or (cue.group() in gaz.reference_cues
                                                      and gaz.event_cue_rx.match(text, cue.end())):
                continue        # พิธี|ลงนาม: the cue after the reference word names the activity
            other = gaz.event_type_of_cue[cue.group()]
            if other != kind and (gaz.own_activity_types & {kind, other}
                                  or SESSION.search(text, cue_end, joined.start())):
                return joined.start()
            break
    return title_end


def hosts_a_guest(analysis: Analysis, event: Event, cue_end: int) -> bool:
    """Whether a visit (its cue ending at ``cue_end``) is a foreign guest's trip to Thailand given as the occasion of
    what the hosts do (``ให้การต้อนรับ ... ในการเดินทางเยือนประเทศไทยในฐานะแขกของ...``): not the state visit itself
    (``อย่างเป็นทางการ``, ``Official Visit``) nor one stated over days of its own (``ระหว่างวันที่ 5-8 ก.ค.``).
    The release reports the hosts' part, a meeting (cues.yaml ``guest_visit_destinations``)."""
    gaz = analysis.gaz
    return event.type == "visit" and event.end_date in (None, event.date) \
        and bool(gaz.guest_visit_rx.match(analysis.text, cue_end)) \
        and not gaz.official_visit_rx.search(analysis.text, cue_end, event.title_span[1])


def end_of_title(analysis: Analysis, start: int) -> int:
    text, gaz = analysis.text, analysis.gaz
    _, para_end = analysis.paragraph_of(start)
    limit = min(para_end, start + 260)
    stop = gaz.title_stop_rx.search(text, start, limit)
    end = stop.start() if stop else limit
    # a quoted name right after the cue belongs to the title (ประชุมเชิงปฏิบัติการ “...”)
    quoted = _QUOTED_TITLE.match(text, end)
    if quoted and quoted.end() <= para_end:
        end = quoted.end()
    return end


def fair_opened(analysis: Analysis, event: Event, cue: str) -> bool:
    """Whether ``event`` is the opening ceremony of the fair a fair's cue names again (…มหกรรมหางาน… after
    พิธีเปิดงาน JOB EXPO : มหกรรมหางาน…): the same occasion, not one of its own."""
    return event.type == "ceremony" and cue in analysis.gaz.opened_fair_cues \
        and bool(OPENING_HEAD.match(analysis.text, event.start)) and opens_a_fair(analysis, event)


def opens_a_fair(analysis: Analysis, event: Event) -> bool:
    """Whether the forum opened is a fair, festival or exhibition (cues.yaml opened_fair_cues): its opening is a
    ceremony (พิธีเปิดงานมหกรรม...), where a seminar or a forum opened is that forum (พิธีเปิดเวทีแลกเปลี่ยน...)."""
    gaz = analysis.gaz
    first = next((m.group() for m in gaz.event_cue_rx.finditer(analysis.text, *event.title_span)
                  if gaz.event_type_of_cue[m.group()] == "forum"), None)
    return first in gaz.opened_fair_cues


def fair_met(analysis: Analysis, event: Event, events: list[Event]) -> Event | None:
    """The fair met before, on the opening's day or undated, that a fair's opening ceremony opens (a deck's
    ``จัดมหกรรมแก้หนี้...``, then ``เป็นประธานในพิธีเปิดงานมหกรรมแก้หนี้...``): that one event, as it is told
    (development gold: heldout-4 w36's JOB FAIR is the fair, not its opening)."""
    if event.type != "ceremony" or not OPENING_HEAD.match(analysis.text, event.start):
        return None
    gaz, text = analysis.gaz, analysis.text
    fair = next((m for m in gaz.event_cue_rx.finditer(text, *event.title_span) if m.group() in gaz.opened_fair_cues), None)
    if fair is None:
        return None
    name = text[fair.start():fair.start() + _FAIR_NAME]
    return next((e for e in events if e.type == "forum" and e.date in (None, event.date)
                 and name in text[e.title_span[0]:e.title_span[1]]), None)


def names_own_occasion(analysis: Analysis, start: int, end: int) -> bool:
    """Whether a reference cue glued to a name (พิธีรับเหรียญ..., การประชุมคณะกรรมาธิการร่วม...) names an occasion of its
    own rather than the one met; not one named as what an activity marks (เนื่องในโอกาสพระราชพิธี...)."""
    gaz = analysis.gaz
    return bool(gaz.named_reference_rx.match(analysis.text, end) or _QUOTED_NAME.match(analysis.text, end)) \
        and not gaz.occasion_rx.search(analysis.text, clause_start(analysis, start), start)


def names_a_session(analysis: Analysis, kind: str, start: int, end: int, title_end: int) -> bool:
    """Whether a meeting's words name one sitting of its own: a numbered session (การประชุมคณะกรรมการมรดกโลก...
    ครั้งที่ 46) or a summit (การประชุมสุดยอดอาเซียน, ประชุมผู้นำบิมสเทค).  Such a sitting is a one-off occasion, an
    event even where no introducer stands before it and the text gives it no day."""
    if kind != "meeting":
        return False
    text, gaz = analysis.text, analysis.gaz
    line_start = text.rfind("\n", 0, end) + 1
    if gaz.routine_sitting_rx.match(text, end) or _AGENDA_ITEM.match(text, line_start) \
            or gaz.sitting_reference_rx.search(text, max(line_start, start - _SITTING_REFERENCE_REACH), start):
        return False        # the cabinet's weekly sitting, named only as timing; an agenda item; what it resolved
    return bool(gaz.summit_rx.match(text, end) or SESSION.search(text, end, min(title_end, end + _SESSION_REACH)))


def drop_restated_sittings(analysis: Analysis, sittings: list[Event], events: list[Event]) -> None:
    """An undated sitting kept from a mere mention (a cabinet summary's agenda item) that the release later tells of
    with its day, under the same session number, is that dated meeting: the undated copy goes."""
    def number(event: Event) -> str | None:
        found = _SESSION_NUMBER.search(analysis.text, *event.title_span)
        return found.group(1) if found else None

    for sitting in [s for s in sittings if s.date is None and number(s)]:
        if any(e is not sitting and e.type == sitting.type and e.date and number(e) == number(sitting) for e in events):
            events.remove(sitting)


def own_name(analysis: Analysis, start: int, end: int) -> str | None:
    """The first words of the name a meeting cue is glued to (การประชุม|สภาที่ปรึกษาและนโยบาย..., การประชุม Japan-ASEAN
    ..., or any cue's numbered session, การประชุม|สหประชาชาติ ครั้งที่ 9...): a meeting of that name is only one whose title
    carries them, not the story's meeting met before under another name."""
    cue = analysis.text[start:end]
    if cue not in analysis.gaz.reference_cues or not (
            names_own_occasion(analysis, start, end) or _LATIN_NAME.match(analysis.text, end)):
        return None
    if analysis.gaz.event_type_of_cue[cue] != "meeting" and not SESSION.search(analysis.text, end, end + _SESSION_REACH):
        return None     # พิธีอันเป็นมงคล, กิจกรรมส่งเสริม...: words glued to a ceremony or an activity describe it
    name = analysis.text[end:end + _NAME_PREFIX + 1].strip().split(" ")[0]
    return name if len(name) >= _NAME_PREFIX // 2 else None
