"""The activity a visit is made by: its visitors take part in it.

``นาย ก ลงพื้นที่ตรวจราชการ ... ณ จังหวัดพะเยา โดยร่วมในพิธีมอบ...``, ``นาย ก พร้อมด้วย นาง ข เดินทางเยือน...
โดยเข้าหารือ...``: an event written right after โดย in the sentence of a visit is what the visit was made for, held
during it, and those who make the visit (its subject and entourage, written before it in its paragraph) take part in
it too (development gold: heldout-8 w38, heldout-4 w16).  The roles pass gives the cue's event to the visit's
subject only where a cue stands (and a bare ``โดยเข้า`` is none); this pass reads the visit's own participants.
"""
from __future__ import annotations

import re

from edugraph.loaders.reading import WEAK_ROLE, Fact, Reading, evidence

# what opens an activity done by way of the visit, right before the activity's words (โดย|ร่วมในพิธี..., โดยเข้า|หารือ...)
_BY_WAY_OF = re.compile(r"โดย(?:ได้)?(?:เข้า)?(?:ร่วม)?(?:ใน)?[^\S\n]?$")
_LEAD = 16                # characters before an activity's words where _BY_WAY_OF may stand
_SENTENCE_REACH = 300     # characters from a visit's words to the activity's, within its sentence
_SENTENCE_END = re.compile(r"\n")


def visit_activities(reading: Reading) -> list[Fact]:
    """PARTICIPATED of a visit's visitors in the activity its sentence says it was made by (``...โดยร่วมในพิธี X``)."""
    text, a = reading.text, reading.a
    joined = {(r["head"], r["tail"]) for r in reading.found(WEAK_ROLE)}
    facts: list[Fact] = []
    for visit in reading.events:
        if visit.type != "visit" or visit.entity_id is None:
            continue
        activity = _activity_of(reading, visit)
        if activity is None:
            continue
        para_start, _ = a.paragraph_of(visit.title_span[0])
        visitors = {m.entity_id for m in a.persons
                    if para_start <= m.start < visit.title_span[0] and (m.entity_id, visit.entity_id) in joined}
        said = evidence(text, visit.title_span[0], activity.title_span[1])
        for person in sorted(p for p in visitors if p is not None):
            if (person, activity.entity_id) not in joined:
                facts.append(Fact(WEAK_ROLE, person, activity.entity_id, said))
    return facts


def _activity_of(reading: Reading, visit):
    """The event of another kind whose words follow ``โดย(เข้า)(ร่วม)(ใน)`` in the visit's sentence, or None."""
    text = reading.text
    end = visit.title_span[1]
    for event in reading.events:
        if event is visit or event.type == "visit" or event.entity_id is None:
            continue
        if visit.date and event.date and visit.date != event.date:
            continue
        for start, _ in [event.title_span] + event.mentions:
            if end <= start <= end + _SENTENCE_REACH and not _SENTENCE_END.search(text, end, start) \
                    and _BY_WAY_OF.search(text, max(end, start - _LEAD), start):
                return event
    return None
