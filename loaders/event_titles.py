"""An event's words: the :class:`Event` record, where its title ends and which type its cues give.

``events.find_events`` makes the events; this module is what it and the readers of its events share
(``headline_events`` types a headline's words as a body's, ``conventions`` a headline organiser's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edugraph.loaders.document import Analysis
from edugraph.loaders.event_scope import planned_before_organising

_QUOTED_TITLE = re.compile(r"\s?(?:เรื่อง|หัวข้อ|ในหัวข้อ|ในประเด็นเรื่อง|ในประเด็น)?\s?“[^”\n]{2,200}”")
_OPENING = re.compile(r"\s?(?:เปิด|ปิด)")      # พิธี เปิด..., written apart: the frame of what is opened


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
    for match in gaz.event_cue_rx.finditer(text, start, end):
        if analysis.not_an_event(match.start()) and analysis.not_an_event(match.end() - 1):
            continue        # ...ในเทศกาลสงกรานต์: a holiday season in a title types nothing (ลงพื้นที่ประชุมเชิง... does)
        if gaz.event_blocker_rx.search(text, max(start, match.start() - 16), match.start()) \
                or planned_before_organising(analysis, start, match.start()):
            continue        # ประชุม...เพื่อเปิดตัว..., ...เตรียมเปิดตัว: what a meeting is for does not type it
        cue = match.group()
        kind = gaz.event_type_of_cue[cue]
        if kind in gaz.dominant_event_types:
            return kind
        if head is None and cue not in gaz.framing_cues and kind not in gaz.framing_types and not (
                cue in gaz.reference_cues and (
                gaz.event_cue_rx.match(text, match.end()) or _OPENING.match(text, match.end()))):
            head = kind
        if gaz.event_priority[kind] < gaz.event_priority[framed]:
            framed = kind
    return head or framed


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
