"""Who a representative attends for: the contract's "someone attending as an agency's representative
(``เป็นผู้แทนกระทรวง...``): the person and the agency PARTICIPATED" (ANNOTATION.md; DECISIONS d10 #36).

A person who takes part and whose position opens with a word of standing for a body (``standing_for`` in
``data/cues.yaml``: ผู้แทน, ตัวแทนจาก, ในฐานะผู้แทน ...), or who is written with one right after his position,
makes the body named right after that word take part in the same events: ``ผศ.ดร.ธนพงศ์ อินทระ ผู้แทนสำนักงานกองทุน
สนับสนุนการสร้างเสริมสุขภาพ (สสส.) ... เข้าร่วมประชุม`` → สสส. PARTICIPATED.  An office written after the word is
the body it heads (``ผู้แทนอธิการบดีมหาวิทยาลัยเชียงใหม่`` → the university).  A unit's people sent from under an
office (``ผู้แทนจากหน่วยงานในสังกัด X``) name no body of their own and are no person here.  Whether the body also holds
another role at the event is the driver's last step (PARTICIPATED only where nothing else is held).

>>> from edugraph.loaders.extract import extract
>>> record = extract("วันที่ 1 สิงหาคม 2567 นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานการประชุมหารือการป้องกันความปลอดภัย"
...                  "บนท้องถนน โดยมี นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
...                  "ผศ.ดร.ธนพงศ์ อินทระ ผู้แทนสำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.) เข้าร่วมประชุม", doc="x")
>>> names = {e["id"]: e.get("name") for e in record["entities"]}
>>> sorted(names[r["head"]] for r in record["relations"] if r["type"] == "PARTICIPATED")
['ธนพงศ์ อินทระ', 'วราวุธ ศิลปอาชา', 'สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ']
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.reading import WEAK_ROLE, Fact, Reading, evidence

_AFTER_POSITION_REACH = 12      # characters after a position where ในฐานะผู้แทน... may still stand


def represented_attendees(reading: Reading) -> list[Fact]:
    text, a = reading.text, reading.a
    attending: dict[str, list[str]] = {}
    for r in reading.found(WEAK_ROLE):
        attending.setdefault(r["head"], []).append(r["tail"])
    if not attending:
        return []
    standing = _standing_rx(tuple(reading.gaz.words["standing_for"]))
    facts = []
    for person in a.persons:
        events = attending.get(person.entity_id)
        if not events or not person.position_span:
            continue
        start, end = person.position_span
        word = standing.match(text, start) or standing.match(text, end + 1, end + 1 + _AFTER_POSITION_REACH + 20)
        if word is None:
            continue
        body = next((m for m in a.agencies if m.start == word.end() and m.name), None)
        if body is None or body.bare or reading.agency_id(body) is None:
            continue
        said = evidence(text, person.start, body.end)
        facts += [Fact(WEAK_ROLE, body.entity_id, event, said) for event in events]
    return facts


@functools.lru_cache(maxsize=1)
def _standing_rx(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s?(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\s?")
