"""Who attends: the contract's PARTICIPATED rules that roles.py's attending cues (``เข้าร่วม``, ``ร่วมพิธี`` ...) read.

- A dropped subject: Thai drops a subject that does not change.  ``X และ Y เดินทางเยือนประเทศมาเลเซีย ...
  เพื่อเข้าร่วมการประชุม...``: those who travel attend what they travel for.  A chair or a speaker with no one in his
  clause is one person (``subjects.kept_subject``); attending is no office one person holds, so every person of the cue
  before goes on attending, over a boundary of sequence or purpose (``subject_keeping_boundaries``: เพื่อ, ภายหลัง ...)
  or a relative clause about him (``นายกรัฐมนตรี ซึ่งได้เดินทางร่วมประชุม...``), not over an aside about others, nor into
  what someone said (``X กล่าวว่า ... ขอเชิญชวนประชาชนเข้าร่วม...``).
- A deputy written by his office (``รองปลัดกระทรวงวัฒนธรรม และคณะ ได้เยี่ยมชม``) is the deputy, not the head of that
  office, and the body he serves takes no part through him (DECISIONS d-6).
- A list opened by ``โดยมี`` runs to its attending verb over a เพื่อ written into a name the gazetteer does not know
  (``โดยมีผู้แทนองค์การสหประชาชาติ องค์กรพันธมิตรระดับโลกเพื่อการป้องกันการจมน้ำ ... เข้าร่วม``): no purpose opens there.
- A list after the venue of an attending cue is another clause's (``เข้าร่วม ณ ห้องประชุม ... โดยที่ประชุมได้รับทราบ
  คำสั่ง ... ได้แก่ ...``), unless it lists who attended with them.
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.mentions import PersonMention
from edugraph.loaders.reading import WEAK_ROLE, Reading

_ATTENDEES_OPEN = re.compile(r"โดยมี\s?(?:ผู้|ตัวแทน|คณะ|บุคลากร|เจ้าหน้าที่|หน่วยงาน)")
_RELATIVE = "ซึ่ง"
_NAMED_PURPOSE = "เพื่อ"
_ATTENDED_WITH = ("ร่วมกับ", "กับ")
_HIS_ACT = re.compile(r"\s?(?:ได้|ร่วม|เข้าร่วม|เดินทาง)")     # what the relative clause says he did
_OBJECT_GAP = 3          # characters between a cue and its object (a space, a ๆ)
_NAME_REACH = 200        # characters a person's name and position may take before the ซึ่ง about him


def listed_clause(reading: Reading, roles: tuple[str, ...], clause: int, floor: int) -> int:
    """Where the clause of an attending cue opens: past each เพื่อ glued to the word before it (a name's, not a
    purpose's) back to the list's ``โดยมี`` (``subject_introducers``), when nothing else opens a clause between them."""
    if roles != (WEAK_ROLE,):
        return clause
    text = reading.text
    bounds = [(s, e) for s, e in reading.a.boundaries if floor <= s and e <= clause]
    while bounds and text[bounds[-1][0]:bounds[-1][1]] == _NAMED_PURPOSE and not text[bounds[-1][0] - 1].isspace():
        bounds.pop()
    if len(bounds) and text[bounds[-1][0]:bounds[-1][1]] in reading.gaz.words["subject_introducers"] \
            and text[bounds[-1][1]:clause].count(_NAMED_PURPOSE):
        return bounds[-1][1]
    return clause


def kept_attendees(reading: Reading, clause: int, para_start: int, previous_end: int | None,
                   previous_actors: list) -> list:
    """The persons of the cue before, when the clause of an attending cue opens on a boundary that keeps the subject
    and that cue stands in the same paragraph with no one named between it and the boundary."""
    if previous_end is None or not previous_actors or previous_end < para_start or previous_end > clause:
        return []
    boundary = subject_kept_at(reading, clause, para_start)
    if boundary is None or reading.actors(previous_end, boundary[0]):
        return []
    return [m for m in previous_actors if isinstance(m, PersonMention)]


def subject_kept_at(reading: Reading, clause: int, para_start: int) -> tuple[int, int] | None:
    """The boundary of sequence or purpose that opens the clause at ``clause`` (เพื่อ, ภายหลัง, จากนั้น ...), or None: an
    aside (ซึ่ง..., โดยมี...) tells of others (``ซึ่งในปีนี้มีผู้ประกอบการได้รับคัดเลือกเข้าร่วมกิจกรรม``: the firms attend,
    not the minister the sentence began with)."""
    boundary = next(((s, e) for s, e in reading.a.boundaries if e == clause and s >= para_start), None)
    if boundary is None:
        return None
    word = reading.text[boundary[0]:boundary[1]]
    if word in reading.gaz.words["subject_keeping_boundaries"]:
        return boundary
    # ...but a relative clause written right after a person is about him (นายกรัฐมนตรี ซึ่งได้เดินทางร่วมประชุม...)
    # (not ของนาย X ... ซึ่งในปีงบประมาณนี้มีผู้ประกอบการ...เข้าร่วม: a clause about something of his, thaigov-98068)
    if word != _RELATIVE or _HIS_ACT.match(reading.text, boundary[1]) is None:
        return None
    named = reading.actors(max(para_start, boundary[0] - _NAME_REACH), boundary[0])
    about_him = any((isinstance(m, PersonMention) or getattr(m, "holder", None)) and 0 <= boundary[0] - m.end <= 1
                    for m in named)
    return boundary if about_him else None


def ranked_office(reading: Reading, mention) -> str | None:
    """The office an agency mention is written as, with the rank the finder leaves out of it (``รองปลัดกระทรวง
    วัฒนธรรม และคณะ ได้เยี่ยมชม``: the deputy, not the permanent secretary, visits); None where no rank stands right
    before the office.  The body a deputy serves takes no part through him (DECISIONS d-6)."""
    office = mention.holder or ""
    start = mention.end - len(office)
    if not office or reading.text[start:mention.end] != office:
        return None
    standing_for = reading.gaz.words["standing_for"]      # ผู้แทนอธิการบดี...: the body he stands for takes part
    rank = next((r for r in reading.gaz.rank_prefixes
                 if r not in standing_for and reading.text.startswith(r, start - len(r))), None)
    return rank + office if rank else None


def list_past_the_clause(reading: Reading, pos: int, marker) -> bool:
    """Whether the sentence goes on past the attending cue before a list marker: its venue (``ณ``) stands between, so
    the list is another clause's (``เข้าร่วม ณ ห้องประชุม ... โดยที่ประชุมได้รับทราบคำสั่ง ... ได้แก่ 1) คำสั่ง...``,
    heldout-8 w21), not the attendees'."""
    if marker.group().strip() in _ATTENDED_WITH:
        return False        # ...เข้าร่วมการประชุม ... ณ เมืองบาตัม ร่วมกับผู้แทนจาก...: who attended with them
    marker_start = marker.start()
    venue = reading.gaz.venue_rx.search(reading.text, pos, marker_start)
    # (...การศึกษาดูงาน ณ โครงการ X โดยมีผู้เข้ารับการฝึกอบรมจาก 6 หน่วยงาน ได้แก่ ...: โดยมี opens who attend; not
    # ...โดยมีผลการประชุม..., thaigov-76680)
    return venue is not None and not _ATTENDEES_OPEN.search(reading.text, venue.end(), marker_start)


def object_reach(reading: Reading, end: int) -> int:
    """How far after a cue its object may start: right after it, or after a noun of the kind of place a visit goes to
    and the list marker after it (``ตรวจเยี่ยมสถานศึกษา โรงเรียนสตรีวิทยา``, ``...ของสถานบริการสาธารณสุข ประกอบด้วย
    โรงพยาบาลสงขลา``: the places named are visited), not a place named further on."""
    lead = _visited_kind_rx(tuple(reading.gaz.words["visited_place_kinds"])).match(reading.text, end)
    return (lead.end() if lead else end) + _OBJECT_GAP


@functools.lru_cache(maxsize=1)
def _visited_kind_rx(kinds: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s?(?:" + "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
                      + r")\s?(?:(?:ประกอบด้วย|ได้แก่|อาทิ|คือ)\s?)?(?=\S)")


def in_their_words(reading: Reading, start: int, end: int) -> bool:
    """Whether a speech verb and its ว่า stand in [start, end): what follows is what someone said (``X กล่าวในช่วงท้าย
    ว่า ... ขอเชิญชวนพี่น้องประชาชน ... เข้าร่วมกิจกรรม``: an invitation, not X attending, thaigov-84311)."""
    return _speech_rx(tuple(reading.gaz.words["speech_verbs"])).search(reading.text, start, end) is not None


@functools.lru_cache(maxsize=1)
def _speech_rx(verbs: tuple[str, ...]) -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + r")[^\s]{0,20}ว่า")
