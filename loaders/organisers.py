"""Organisers the cues of the roles pass leave unsaid: rules of the contract about who holds an event.

A headline ``X ประชุม…`` / ``X เปิดประชุม…`` names the body that convenes the meeting it reports (ANNOTATION-DRIFT
1b: the gold makes X ORGANIZED 4:1); ``X หารือ…`` describes talks, and X is no host by it.  A committee named for
watching or studying a programme (คณะกรรมการติดตาม…โครงการX) does not run it (DRIFT 1c).
"""
from __future__ import annotations

import re

from edugraph.loaders.event_titles import Event
from edugraph.loaders.reading import Fact, Reading, evidence

# the headline's subject, then its sitting: only a space or เปิด between (ดีอี เปิดประชุม…); not การประชุม (…ตลอดการ
# ประชุม…: a meeting the subject serves), not นำ/ร่วม/เข้า ประชุม (a person leads it, a guest attends it)
_CONVENES = re.compile(r"[^\S\n]?(?:เปิด)?ประชุม(?!ร่วม)")
# a sitting told as a workshop in the body (ดีอีเอส ประชุมผู้แทน… | ประธานการประชุมเชิงปฏิบัติการ…)
_SITTING_TYPES = ("meeting", "workshop")


def organisers(reading: Reading) -> list[Fact]:
    return _headline_sitting(reading)


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
