"""Who acts when a cue's clause names no one, or names the bodies only by their count.

Thai drops a subject that does not change.
A chair or speaker with no one in his clause (``X แถลงข่าวภายหลังเป็นประธานการหารือ``, ``จากนั้น จะเดินทางไปยัง...
เพื่อเป็นประธานในการประชุม``) is the subject kept from before.  The words are data (``data/cues.yaml``:
``subject_keeping_boundaries``, ``aside_boundaries``, ``entourage_markers``); a speaker who says he acted
himself (``X เปิดเผยว่า ตนได้เป็นประธาน...``) is the subject too.  ``ทั้ง 2 หน่วยงานได้ลงนาม``
after two bodies were named stands for those two (``counted_nouns``). The one met after a meeting verb is the
object of the cue, with no กับ (``those_met``).
"""
from __future__ import annotations

import re

from edugraph.loaders.document import Analysis, Group, GroupMention
from edugraph.loaders.mentions import PersonMention
from edugraph.loaders.reading import Reading

_OF_WHOM = re.compile(r"(?:จาก|ของ|ใน|แก่|ให้|กับ)\s?$")
# "X เปิดเผยว่า ตนได้เป็นประธานในพิธี...": the speaker tells of what he did himself (ตน, ตนเอง)
_OWN_REPORT = re.compile(r"\s?ตน(?:เอง)?(?=ได้|ร่วม|เป็น|\s)")
_COUNTS = {"2": 2, "สอง": 2, "3": 3, "สาม": 3, "4": 4, "สี่": 4}


def kept_subject(reading: Reading, clause: int, para_start: int, previous_actors: list) -> list:
    """``X แถลงข่าวภายหลังเป็นประธานการหารือ``, ``จากนั้น จะเดินทางไปยัง... เพื่อเป็นประธานในการประชุม``: a chair or
    speaker with no one in his clause is the subject of a clause before it, back over boundaries of sequence
    or purpose (``subject_keeping_boundaries``) and past clauses about others (``aside_boundaries``), or, from
    the paragraph's opening sequel word, the subject of the cue before.  A subject is a clause's only person,
    or the first when the others go with him (``entourage_markers``); several listed persons are no subject."""
    text, words, a = reading.text, reading.gaz.words, reading.a
    pos, keeping = clause, True
    while pos > para_start:
        boundary = next(((s, e) for s, e in a.boundaries if e == pos and s >= para_start), None)
        if boundary is None:
            return []
        word = text[boundary[0]:boundary[1]]
        own_report = word.endswith("ว่า") and _OWN_REPORT.match(text, boundary[1])
        if word not in words["subject_keeping_boundaries"] and word not in words["aside_boundaries"] \
                and not own_report:
            return []
        start = a.last_boundary_before(boundary[0], para_start)
        opening = next((text[s:e] for s, e in a.boundaries if e == start and s >= para_start), "")
        if opening not in words["aside_boundaries"]:
            subject = leader(reading, [m for m in reading.actors(start, boundary[0]) if isinstance(m, PersonMention)])
            if subject is not None:
                return [subject]
        pos, keeping = start, word in words["subject_keeping_boundaries"]
    if not keeping or clause <= para_start:
        return []
    subject = leader(reading, [m for m in previous_actors if isinstance(m, PersonMention)])
    return [subject] if subject is not None else []


def leader(reading: Reading, persons: list) -> PersonMention | None:
    """A clause's only person, or the first of several when the others go with him (พร้อมด้วย ...)."""
    if len(persons) == 1:
        return persons[0]
    if len(persons) > 1 and any(marker in reading.text[persons[0].end:persons[1].start]
                                for marker in reading.gaz.words["entourage_markers"]):
        return persons[0]
    return None


def counted_references(analysis: Analysis) -> list[GroupMention]:
    """``กระทรวง อว. และสภาวิศวกร ... โดยเมื่อวันที่ 1 มีนาคม 2567 ทั้ง 2 หน่วยงานได้ลงนาม...``: "both bodies" stands
    for the last two distinct bodies named before it in its paragraph, when there are that many."""
    text = analysis.text
    nouns = "|".join(map(re.escape, sorted(analysis.gaz.words["counted_nouns"], key=len, reverse=True)))
    found = []
    for match in re.finditer(r"ทั้ง\s?(" + "|".join(_COUNTS) + r")\s?(?:" + nouns + ")", text):
        if _OF_WHOM.search(text, max(0, match.start() - 6), match.start()):
            continue        # ผู้บริหารจากทั้ง 2 หน่วยงาน: people of the bodies, not the bodies
        count = _COUNTS[match.group(1)]
        para_start = analysis.paragraph_of(match.start())[0]
        named: dict[str, object] = {}
        for mention in sorted(analysis.agencies, key=lambda m: m.start):
            if para_start <= mention.start < match.start() and mention.name and mention.actor and not mention.place:
                named.pop(mention.name, None)
                named[mention.name] = mention
        members = list(named.values())[-count:]
        if len(members) == count:
            found.append(GroupMention(match.start(), match.end(), Group(match.group(), members, match.start(),
                                                                      match.end())))
    return found


_JOINED_ACTOR = re.compile(r"\s*(?:,|และ|พร้อมด้วย|รวมทั้ง)?\s*")


def those_met(reading: Reading, start: int, end: int) -> list:
    """The one met, written right after a cue that names its event (``พบปะ Mr. Hitoshi Kanamori ประธาน...``: inside
    the event's title and with no กับ), and those joined to it by และ or a comma; not the sentence that goes on
    (``... นายกรัฐมนตรี ภายหลังเสร็จสิ้น นายจิรายุ โฆษก...``)."""
    met = reading.actors(start, end)[:1]
    for actor in reading.actors(met[0].end, end) if met else []:
        if not _JOINED_ACTOR.fullmatch(reading.text, met[-1].end, actor.start):
            break
        met.append(actor)
    return met
