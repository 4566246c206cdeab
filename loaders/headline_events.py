"""What a headline says happened, where the body's words do not say it.

A release's headline often names its activity with a cue the body does not repeat: the headline says
``ศธจ.น่าน ลงนาม MOU กับ มน.``, the body tells of the two heads ``ประชุมหารือ...``; or the headline says
``รมว. เปิดงานมหกรรม...`` and the body only who came.  ``events.find_events`` reads the body; this reads the
headline after it:

- a headline that reports a signing (a dominant type: ``dominant_event_types`` in ``data/cues.yaml``) over a body
  whose first event is of a general type (a meeting) makes that event the signing (a signing that is also a
  meeting is one signing: ANNOTATION.md);
- a headline that reports an activity over a body with no event at all gives the event, dated as the body's lead
  states (a headline with no day in its lead gives nothing: the page's date is never an event's).

A headline cue reports an activity as a body cue does: a verb cue, or an introducer before it (``จัด``,
``เป็นประธาน``, ``ร่วม`` ...), and no blocker (``เตรียม``, ``เพื่อ`` ...) right before it.

>>> from edugraph.loaders.extract import extract
>>> body = ("วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี ศึกษาธิการจังหวัดน่าน และนายสมศักดิ์ รักดี อธิการบดีมหาวิทยาลัยนเรศวร "
...         "ประชุมหารือแนวทางพัฒนาครู ณ ห้องประชุมสำนักงานศึกษาธิการจังหวัดน่าน")
>>> record = extract(body, doc="d", title="ศธจ.น่าน ลงนาม MOU กับ มน. พัฒนาครู")
>>> [(e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event"]
[('signing', '2024-03-05')]
"""
from __future__ import annotations

import re

from edugraph.loaders.document import Analysis
from edugraph.loaders.event_dates import date_event
from edugraph.loaders.event_scope import names_what_came_before
from edugraph.loaders.event_titles import Event, end_of_title, event_type_between
from edugraph.loaders.event_venues import find_venue

_ORGANISED = re.compile(r"จัด(?:ให้มี)?(?:งาน|การ)?\s?$")
_INTRO_REACH = 30           # characters before a headline cue where its introducer stands


def headline_events(analysis: Analysis, events: list[Event]) -> list[Event]:
    """Retype the body's first event or give the headline's own (see the module's text); returns the events
    to add."""
    reported = _reported(analysis)
    if reported is None:
        return []
    kind, cue, title_end = reported
    gaz = analysis.gaz
    if events:
        body = [e for e in events if e.start >= analysis.body_start]
        if body and kind in gaz.dominant_event_types and body[0].type in gaz.framing_types \
                and not any(e.type == kind for e in events) and not names_what_came_before(analysis, body[0].start):
            # (not the meeting the body names as what the reported activity followed: ภายหลังการหารือ ...)
            body[0].type = kind
        return []
    # the body's first paragraph: body_start may stand on the blank line after the headline, a paragraph of its own
    lead = next((start for start, _ in analysis.paragraphs if start >= analysis.body_start), analysis.body_start)
    event = Event(kind, cue.start(), (cue.start(), title_end), intro=lead, mentions=[(lead, lead)])
    date_event(analysis, event, [])
    if event.date is None:
        return []
    find_venue(analysis, event, [], at=(lead, lead))
    return [event]


def _reported(analysis: Analysis):
    """(type, cue match, end of its title) of the first headline cue that reports an activity, or None."""
    text, gaz = analysis.text, analysis.gaz
    for cue in gaz.event_cue_rx.finditer(text, 0, analysis.body_start):
        if analysis.not_an_event(cue.start()):
            continue
        before = text[max(0, cue.start() - _INTRO_REACH):cue.start()]
        if gaz.event_blocker_rx.search(text[max(0, cue.start() - 16):cue.start()]):
            continue
        word = cue.group()
        introduced = bool(_ORGANISED.search(before)) if word in gaz.event_weak else (
            word in gaz.event_verbs or bool(gaz.event_introducer_rx.search(before)))
        if not introduced:
            continue
        title_end = min(end_of_title(analysis, cue.start()), analysis.body_start)
        kind = event_type_between(analysis, cue.start(), title_end, gaz.event_type_of_cue[word])
        return kind, cue, title_end
    return None
