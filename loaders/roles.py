"""The roles pass: cues give their role to the actors of their clause or list.

Role cues (``data/cues.yaml``: ``เป็นประธาน``, ``ร่วมลงนาม``, ``กล่าวรายงาน``,
``เข้าร่วม``, ``ได้จัด`` ...) give their role to the actors of their clause —
the persons and agencies written since the last clause boundary (``โดยมี``,
``ได้รับเกียรติจาก``, ``ซึ่ง`` ...) — and, where a list marker follows the cue
(``ระหว่าง``, ``กับ``, ``ได้แก่``, ``ประกอบด้วย``, ``อาทิ``), to the actors listed.
Mentions inside a person's position, a venue or a role description
(``ในฐานะ...``) never act.  ``X โดย นาย Y`` makes Y act for X.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from edugraph.loaders.attendance import (in_their_words, kept_attendees, list_past_the_clause, listed_clause,
                                         object_reach, ranked_office, subject_kept_at)
from edugraph.loaders.chairs import chair_subject
from edugraph.loaders.events import Event
from edugraph.loaders.gazetteer import RoleCue
from edugraph.loaders.mentions import AgencyMention, PersonMention
from edugraph.loaders.organisers import clause_organisers
from edugraph.loaders.parties import lists_parties, parties_after_agreement
from edugraph.loaders.pilots import (SENTENCE_PROGRAMME_REACH, programme_after_funder, programme_in_object,
                                     programme_of_sentence, programme_right_after, programme_subject)
from edugraph.loaders.positions import acting_for, collective_body, held_positions
from edugraph.loaders.reading import WEAK_ROLE, Fact, Reading, event_roles, evidence, office_holder, personal_office
from edugraph.loaders.role_cues import JOINS_BOTH, CueHit, CueReader
from edugraph.loaders.structure import REPRESENTED_BY
from edugraph.loaders.subjects import kept_subject, those_met

# what joins a cue to the one before that it shares a subject with: และ/พร้อม, after an activity noun, or nothing (two
# cues written together: เป็นประธานสักขีพยาน, DECISIONS d08 #29; เป็นประธานมอบนโยบาย)
_SHARED_GAP = re.compile(r"^\s*(?:(?:(?:การ)?(?:ประชุม|สัมมนา|อบรม|เสวนา)|พิธี|งาน)?\s*(?:และ|พร้อม(?:ทั้ง)?))?\s*$")
_RELATIVE = re.compile(r"(?<!พื้น)(?<!หน้า)(?<!สถาน)ที่(?:มา|ได้)?(?:ร่วม)?$")
_AND_THEN = re.compile(r"\s(?:และ|พร้อม(?:ทั้ง)?)(?:ได้)?(?:ร่วม)?(?:เป็น)?$")
_NOMINAL = re.compile(r"(?:การ|พิธี|ใน)$")
# a means, ผ่านการจัด/ด้วยการจัด<event>, keeps the clause's subject (กระทรวง X ... ผ่านการจัดโครงการสัมมนา...); not
# โดยการ, which also opens a new sentence (...โดยการจัดมหกรรมในครั้งนี้จัดขึ้นเพื่อ...), nor a programme driven
# (...ของ UN ผ่านการขับเคลื่อนโครงการ X: the body named in between does not run it)
_WHILE_ACTING = re.compile(r"(?:ระหว่าง|ภายหลัง|หลัง(?:จาก)?|ขณะ)การ(?:ร่วม)?$")
_MEANS = re.compile(r"(?:ผ่าน|ด้วย)การ$")
_MET_WHEN = re.compile(r"(?:(?:ระหว่าง|ภายหลัง|หลัง(?:จาก)?|ขณะ)|(?:เปิดเผย|เผย)ถึง)การ(?:ร่วม)?$")    # ...เปิดเผยถึงการหารือกับ Y
# a signing verb shares a chair's subject over a bare และ only (เป็นประธานในพิธีและร่วมลงนาม); after an
# activity noun it names the ceremony chaired (เป็นประธานในพิธีประชุมและลงนาม..., dev h17)
_BARE_AND = re.compile(r"^\s*(?:และ|พร้อม(?:ทั้ง)?)\s*$")
_TRAILING_AND = re.compile(r"\s*(?:และ|พร้อม(?:ทั้ง)?)\s*$")
_OBJECT_THEN = re.compile(r"\s*(?:และคณะ)?\s*(?:และ|พร้อม(?:ทั้ง)?)\s*$")
_PROGRAMME_THAT = re.compile(r"(?:เป็น|คือ)โครงการ(?:ที่|ซึ่ง)\s?$")
_CONVENED = re.compile(r"(?:การ)?ประชุม\s?")
_CONTINUED = re.compile(r"และ\s?")
# characters after a chair's cue starts within which its event's title may open (เป็นประธานเปิด|การศึกษา|อบรมหลักสูตร...;
# role_cues._TITLE_LEAD is the words a cue may leave before the title of the event it introduces)
_TITLE_OPENS_WITHIN = 12
_THAT = re.compile(r"(?<!พื้น)(?<!หน้า)(?<!สถาน)ที่\s?$")
_ASSIGNED_BY = re.compile(r"(?:ได้)?รับมอบหมาย(?:จาก)")
_RELATIVE_OPENS = re.compile(r"ซึ่ง\s?$")
# characters back within which a subject dropped from an attending cue is kept (จากนั้นรัฐมนตรีฯ นำคณะผู้บริหารเข้าพบ ...:
# the minister of the paragraph before, heldout-4 w16; not the chair of a cabinet sitting pages before an item's
# "เข้าร่วม", thaigov-76680)
_SUBJECT_ATTENDS_WITHIN = 1000
_ASSIGNED_TO = re.compile(r"(?<![ก-๙])ให้(?:มา)?(?:เป็น|ร่วม|กล่าว)?")


@dataclass(frozen=True)
class Roles:
    facts: tuple[Fact, ...]
    representing: dict[tuple[str, str], str]     # (person id, event id) -> the agency the person acts for


def find_roles(reading: Reading) -> Roles:
    finder = _RoleFinder(reading)
    finder.run()
    return Roles(tuple(finder.facts), dict(finder.representing))


def roles(reading: Reading) -> list[Fact]:
    return list(reading.once(find_roles).facts)


class _RoleFinder(CueReader):
    """One walk over the cues of a release, in text order (a cue may share the actors of the one before)."""

    def __init__(self, reading: Reading):
        super().__init__(reading)
        self.positions = reading.once(held_positions)
        self.person_roles, self.agency_roles = event_roles()
        self.facts: list[Fact] = []
        self.representing: dict[tuple[str, str], str] = {}

    def emit(self, relation: str, head: str, tail: str, said: str, *, title: str | None = None) -> None:
        self.facts.append(Fact(relation, head, tail, said, title))

    # ------------------------------------------------------------------ roles
    def run(self) -> None:
        text, a = self.text, self.a
        previous: CueHit | None = None
        previous_actors: list = []
        subject_actors: list = []       # the actors of the latest cue that is no aside: a dropped subject's
        for hit in self.cue_hits():
            cue = hit.cue
            event = self.event_at(hit) if cue.target == "event" else None
            funded_event = None     # an event whose grant is given under a programme: both are backed
            if "SUPPORTED" in cue.roles and cue.target == "event":
                # โครงการนี้ได้รับการสนับสนุนจาก..., ให้การสนับสนุนโครงการ...: the programme.  X ให้การสนับสนุน... supports
                # an event only where its sentence names it (not the work an agreement's parties will support, issue 13);
                # the passive ได้รับการสนับสนุนจาก keeps its event: its subject often is the event (การอบรมครั้งนี้...)
                hit.programme = programme_right_after(self.r, hit.end) or programme_subject(self.r, hit.start)
                if hit.programme is None and cue.actors == "after":
                    # ...จาก X ภายใต้โครงการ Y: the grant is Y's (…จัดการประชุมฯ … โดยได้รับการสนับสนุนงบประมาณจาก X ภายใต้
                    # โครงการ Y: X backs the meeting and Y); else the programme its sentence is about, where it names no event,
                    # anywhere in its paragraph where the work is backed (ได้รับการสนับสนุน|การดำเนินการจาก X, heldout-9 w08)
                    named = self.names_event(hit, event)
                    hit.programme = programme_after_funder(self.r, hit.end)
                    funded_event = event if named and hit.programme is not None else None
                    if hit.programme is None and not named:
                        hit.programme = programme_of_sentence(self.r, hit.start, self.events, reach=None if self._backs_the_work(hit)
                                                          else SENTENCE_PROGRAMME_REACH)
                elif hit.programme is None and not self.names_event(hit, event) and self._backs_the_work(hit):
                    # โดยมี A B C ให้การสนับสนุน|การดำเนินงาน: the work of the programme the paragraph is about
                    hit.programme = programme_of_sentence(self.r, hit.start, self.events, reach=None)
                elif hit.programme is None and not self.names_event(hit, event):
                    hit.programme = programme_in_object(self.r, hit.end, self.events)
                if hit.programme is None and cue.actors != "after" and not self.names_event(hit, event):
                    continue
            elif "ORGANIZED" in cue.roles and cue.target == "event" and cue.actors == "after":
                # โครงการ X ดำเนินการโดย Y: Y runs the programme the clause is about, unless it is named in an event's
                # title (พิธีลงนาม MOU การขับเคลื่อน<programme> ซึ่งจัดโดย Y: Y holds the signing)
                subject = programme_subject(self.r, hit.start)
                hit.programme = None if subject is None or self.in_title(subject.start) else subject
            if hit.programme is None and (event is None or (cue.event_types and event.type not in cue.event_types)):
                continue
            para_start, para_end = a.paragraph_of(hit.start)
            continued = _CONTINUED.match(text, para_start)
            if continued and self.gaz.title_rx.match(text, continued.end()) and para_start > a.body_start:
                para_start = a.paragraph_of(para_start - 1)[0]     # a line that opens with และ goes on the list before
            # a verb joined by และ/พร้อม inside a title read on over it (เป็นประธานการประชุม... พร้อมมอบนโยบาย...) is
            # the subject's second act, not a word of the title (issue 13: SPOKE_AT on unannotated releases); a signing
            # verb keeps to a bare และ (_BARE_AND: ...ในพิธีประชุมและลงนาม names the ceremony chaired, dev h17)
            nominal = (bool(_NOMINAL.search(text, max(0, hit.start - 4), hit.start)
                            and not (cue.needs_event and _MEANS.search(text, max(0, hit.start - 8), hit.start))) or (
                self.in_title(hit.start) and not (cue.share and "SIGNED" not in cue.roles and _TRAILING_AND.search(text, max(0, hit.start - 12), hit.start))
                and not (set(cue.roles) <= self.person_roles - self.agency_roles and self._convened(hit.start)))) \
                and not self._while_presiding(hit)
            after_only = cue.actors == "after" or nominal
            floor = para_start
            if previous is not None and floor < previous.end <= hit.start:
                floor = previous.end
            clause = listed_clause(self.r, cue.roles, a.last_boundary_before(hit.start, floor), floor)
            before = [] if after_only else self._delegated(clause, hit.start, floor)
            if "ORGANIZED" in cue.roles and before:
                before = clause_organisers(self.r, before, clause, runs_programme=hit.programme is not None)
                if before and hit.programme is None and cue.target == "event" \
                        and _PROGRAMME_THAT.search(text, max(0, before[0].start - 20), before[0].start):
                    # โครงการ X ... เป็นโครงการที่ A ร่วมกับ B จัดขึ้น: they run the programme, not an event of it
                    hit.programme = programme_subject(self.r, hit.start) or hit.programme
            relative = _RELATIVE.search(text, max(0, hit.start - 10), hit.start)
            if relative is not None:
                # "ผู้แทนที่มาร่วมลงนาม": a relative clause's subject is the noun right before ที่
                before = [m for m in before if not text[m.end:relative.start()].strip()]
            elif "SUPPORTED" in cue.roles and before:
                # "โรงพยาบาลที่|มูลนิธิ X ให้การสนับสนุน": the backer is who the relative clause names after its ที่
                backers = [m for m in before if _THAT.search(text, max(0, m.start - 5), m.start)]
                before = [m for m in before if m.start >= backers[-1].start] if backers else before
            if "CHAIRED" in cue.roles and set(cue.roles) <= self.person_roles - self.agency_roles:
                # a body cannot chair: one named in the clause (…ขององค์การสวนสัตว์ฯ คืนสู่ธรรมชาติ ณ … พร้อมเป็น
                # ประธานเปิดเทศกาล…, in the title chaired before) hides no subject (heldout-2 u03)
                before = [m for m in before if not (isinstance(m, AgencyMention) and not m.holder)]
            if before and previous is not None and previous.cue.share and cue.share \
                    and self._object_of(previous, before, hit.start):
                before = []     # กล่าวต้อนรับนาย X และคณะ พร้อมทั้งกล่าวขอบคุณ: X is addressed, the speaker goes on
            if not before and cue.share and previous is not None and previous.cue.share and self._shared_gap(
                    cue, text[previous.end if "SIGNED" in cue.roles else self._past_title(previous.end, hit.start):hit.start]):
                # (an office written after the chair's position, ...รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงมหาดไทย
                # เป็นประธานและสักขีพยาน, is his second office: the body does not witness or sign through it)
                before = [m for m in previous_actors if not (isinstance(m, AgencyMention) and m.holder)] \
                    if set(previous.cue.roles) <= self.person_roles - self.agency_roles else previous_actors
            elif previous is not None and previous_actors and para_start <= previous.start \
                    and _AND_THEN.search(text, max(0, hit.start - 16), hit.start) \
                    and all(isinstance(m, AgencyMention) and m.place for m in before):
                # "X ลงพื้นที่...จังหวัดระยอง และร่วมเป็นสักขีพยาน...": X goes on acting (a place in between does not)
                before = previous_actors
            if not before and not after_only and set(cue.roles) <= self.person_roles - self.agency_roles:
                before = chair_subject(self.r, hit, clause, para_start, subject_actors)
            elif not before and not after_only and set(cue.roles) == {WEAK_ROLE}:
                # เดินทางเยือน... เพื่อเข้าร่วมการประชุม...: who travel attend what they travel for
                before = [m for m in kept_attendees(self.r, clause, para_start, previous.end if previous else None,
                                                    previous_actors)
                          or kept_subject(self.r, clause, para_start, subject_actors)
                          if hit.start - m.start <= _SUBJECT_ATTENDS_WITHIN and subject_kept_at(self.r, clause, para_start)
                          and not in_their_words(self.r, m.end, hit.start)]
            after, marker = [], ""
            if after_only or cue.lists:
                after, marker = self._listed_after(hit, event, para_end,
                                                   marker_needed=cue.actors != "after" or cue.marker is not None)
            if "ORGANIZED" in cue.roles and lists_parties(marker):
                after = []      # ได้มีการจัดพิธีลงนาม... ระหว่าง A กับ B: who an event is between are its parties
            if cue.party_roles and (cue.party_markers is None or cue.party_markers.fullmatch(marker.strip())):
                actors = [] if after_only else before
                self._apply(cue.party_roles, [m for m in after if m not in actors],
                            hit.programme.entity_id if hit.programme is not None else event.entity_id, event, hit)
            elif cue.lists:
                actors = before + [m for m in after if m not in before]
            else:
                actors = after if after_only else before
            if cue.object and event is not None:
                # the cue's object: the office visited (ตรวจเยี่ยมโรงเรียน...), the guest received (ให้การต้อนรับ นาย ...)
                # and those who came with him (... พร้อมด้วย น.ส. ก กงสุล... น.ส. ข ...)
                objects = [m for m in self.r.actors(hit.end, min(para_end, hit.end + 83)) if m.start <= object_reach(self.r, hit.end)]
                if objects:
                    objects = those_met(self.r, objects[0].start, self.a.list_end(objects[0].start, para_end))
                actors = actors + [m for m in objects if m not in actors]
            target = hit.programme.entity_id if hit.programme is not None else event.entity_id
            if not actors and "ORGANIZED" in cue.roles and event is not None and hit.programme is None \
                    and self.event_right_after(hit.end) is event:
                # only where the cue introduces its event (โดยจัดกิจกรรม...); a duty in a list
                # ("เป็นเจ้าภาพในการจัดสัมมนา") that falls back on the latest event inherits nothing
                actors = self._inherited_organisers(event)
            self._apply(cue.roles, actors, target, event, hit)
            if funded_event is not None:
                self._apply(cue.roles, actors, funded_event.entity_id, funded_event, hit)
            joined = self.joined_event(event) if hit.programme is None and JOINS_BOTH & set(cue.roles) else None
            if joined is not None:      # เป็นประธานในพิธีเปิดโครงการอบรม... และการลงนาม...: he chairs both (attends both)
                self._apply(cue.roles, actors, joined.entity_id, joined, hit)
            previous, previous_actors = hit, (before or previous_actors if cue.share else before)
            if not cue.aside:
                subject_actors = previous_actors

    def _backs_the_work(self, hit: CueHit) -> bool:
        """Whether a backer's cue has for object the work of a programme left unnamed (ให้การสนับสนุน|การดำเนินงาน),
        not someone's named work (…การดำเนินงานของกรมพินิจฯ) or a thing of its own (…สนับสนุน|ซิมการ์ด)."""
        objects = tuple(self.gaz.words["support_programme_objects"])
        rest = self.text[hit.end:hit.end + 40].lstrip()
        return any(rest.startswith(o) and not rest[len(o):].lstrip().startswith("ของ") for o in objects)

    def _past_title(self, start: int, end: int) -> int:
        """Where the words between two cues resume after the title of the event the first one names: a chair who
        opens an event and speaks at it (เป็นประธานเปิดการเสวนา ในหัวข้อ “...” และกล่าวปาฐกถาพิเศษ) goes on acting
        over its title, also one read on over the second cue (issue 13: SPOKE_AT on unannotated releases)."""
        titles = [e.title_span[1] for e in self.events
                  if e.title_span[0] <= start + _TITLE_OPENS_WITHIN and start < e.title_span[1]]
        if not titles:
            return start
        if max(titles) <= end:
            return max(titles)
        joined = _TRAILING_AND.search(self.text, start, end)
        return joined.start() if joined else start

    def _object_of(self, previous: CueHit, actors: list, end: int) -> bool:
        """Whether ``actors`` are the object written right after the cue before (ต้อนรับนาย X และคณะ), with only
        และ/พร้อม (ทั้ง) left before the next cue."""
        return actors[0].start <= previous.end + 1 and bool(
            _OBJECT_THEN.match(self.text, actors[-1].end, end))

    def _while_presiding(self, hit: CueHit) -> bool:
        """``X เปิดเผยในระหว่างการเป็นประธานสักขีพยาน...``, ``ภายหลังการเป็นประธาน...``: the chair's or witness's act
        named as the time of another keeps the clause's subject (heldout-6 w01), as does a meeting's, or one reported
        (X เปิดเผยภายหลัง|ถึงการหารือกับ Y: X met Y, heldout-7 w34, heldout-10 w33, heldout-4 w19)."""
        met = hit.cue.needs_event and WEAK_ROLE in hit.cue.roles
        return bool(({"CHAIRED", "WITNESSED"} & set(hit.cue.roles) or met)
                    and (_MET_WHEN if met else _WHILE_ACTING).search(self.text, max(0, hit.start - 12), hit.start))

    def _convened(self, pos: int) -> bool:
        """Whether the cue at ``pos`` is the purpose of a meeting whose title it stands in (…ได้ประชุม|มอบนโยบาย
        ให้ ธอส.): who convenes it does what it is for, so the cue keeps the clause's subject."""
        return any(e.title_span[0] < pos < e.title_span[1] and _CONVENED.fullmatch(self.text, e.title_span[0], pos)
                   for e in self.events)

    @staticmethod
    def _shared_gap(cue: RoleCue, gap: str) -> bool:
        return bool((_BARE_AND if "SIGNED" in cue.roles else _SHARED_GAP).match(gap))

    def _delegated(self, clause: int, cue_start: int, floor: int) -> list:
        """The actors of a clause; in "Y ได้รับมอบหมายจาก X ให้เป็นประธาน..." the one who assigns (X)
        does not act, the one assigned (Y, before the boundary มอบหมาย) does."""
        text = self.text
        actors = self.r.actors(clause, cue_start)
        assigned = _ASSIGNED_BY.search(text, max(0, clause - 20), clause + 6)
        if assigned is None:
            return actors
        to = _ASSIGNED_TO.search(text, assigned.end(), cue_start)
        if to is None:
            return actors
        actors = [m for m in actors if m.start >= to.end()]
        subject = self.r.actors(self.a.last_boundary_before(assigned.start(), floor), assigned.start())
        relative = _RELATIVE_OPENS.search(self.text, max(0, assigned.start() - 6), assigned.start())
        if not subject and relative is not None:
            # "โดยมี นาย Y รัฐมนตรี... ซึ่งได้รับมอบหมายจาก X ให้เป็นประธาน": the one the relative clause is about
            at = relative.start()
            subject = self.r.actors(self.a.last_boundary_before(at, floor), at)
        return (subject[-1:] if subject else []) + actors

    def _listed_after(self, hit: CueHit, event: Event | None, para_end: int, *,
                      marker_needed: bool) -> tuple[list, str]:
        """The actors listed after a cue, and the list marker that opened the list."""
        text, gaz = self.text, self.gaz
        pos = hit.end
        if hit.cue.needs_event and self.r.actors(pos, min(para_end, pos + 2)):
            return those_met(self.r, pos, self.a.list_end(pos, para_end)), ""     # พบปะ Mr. X ...: no กับ
        if event is not None and hit.start <= event.title_span[0] <= pos + 3 < event.title_span[1]:
            pos = event.title_span[1]       # the cue introduces the title: the list comes after it
        window_end = min(para_end, pos + 200)
        first = self.r.actors(pos, window_end)
        first_start = first[0].start if first else window_end
        if hit.cue.marker is not None:
            marker = hit.cue.marker.search(text, pos, first_start + 1)
            if marker is None:
                return [], ""
        else:
            marker = gaz.list_marker_rx.search(text, pos, min(first_start + 1, pos + 160))
            if marker is None and "SIGNED" in hit.cue.roles + hit.cue.party_roles:
                marker = parties_after_agreement(self.r, pos, para_end, self.cue_spans)
            if marker is None and marker_needed:
                return [], ""
            if marker is not None and set(hit.cue.roles) == {WEAK_ROLE} and list_past_the_clause(self.r, pos, marker):
                return [], ""
        if marker is not None:
            pos = marker.end()
            # ...การปาฐกถาพิเศษ ... โดย X: the one named right after it, or no one (โดยมี opens a list of its own)
            by_one = marker.group() == "โดย" and not text.startswith("มี", pos)
            if (hit.cue.needs_event or by_one) and self.r.actors(pos, min(para_end, pos + 2)):
                # หารือกับ นาย X ..., การปาฐกถาพิเศษ ... โดย นาย X: the one met or heard and those joined to him, not
                # the sentence that goes on (... ในโอกาสเยือนไทย โดยนาย Y โฆษก..., ...การนำเสนอ... ต่อนาย Z)
                return those_met(self.r, pos, self.a.list_end(pos, para_end)), marker.group()
            if by_one:
                return [], ""       # (...การบรรยายธรรม โดยพระธรรมวิทยากร...: not whoever the sentence names later)
        end = self.a.list_end(pos, para_end)
        for start, _ in self.cue_spans:
            if pos < start < end:
                end = start
                break
        return self.r.actors(pos, end), marker.group() if marker is not None else ""

    def _inherited_organisers(self, event: Event) -> list:
        """Thai drops a subject that does not change: a sequel keeps the organisers before it."""
        index = self.events.index(event)
        if index == 0:
            return []
        prior = self.events[index - 1]
        ids = {f.head for f in self.facts if f.type == "ORGANIZED" and f.tail == prior.entity_id}
        return [m for m in self.a.agencies if m.entity_id in ids][:len(ids) * 4]

    def _apply(self, roles, actors: list, target: str, event: Event | None, hit: CueHit) -> None:
        text = self.text
        actors = self.r.expand(actors)
        for index, actor in enumerate(actors):
            said = evidence(text, min(actor.start, hit.start), max(actor.end, hit.end))
            office = isinstance(actor, AgencyMention) and actor.holder and "SIGNED" not in roles
            ranked = ranked_office(self.r, actor) if office else None
            holder = self._office_holder(ranked or actor.holder) if office else None
            if ranked and holder is None and set(roles) == {WEAK_ROLE}:
                continue        # a deputy no one is named as attends, not the body he serves (DECISIONS d-6)
            if isinstance(actor, PersonMention) or holder is not None:
                # "นายกรัฐมนตรีเป็นประธาน...", "นายกรัฐมนตรีได้ลงพื้นที่...": an office written alone is the one
                # person the story names in that office, who acts as himself (DECISIONS d-6: the body he heads
                # takes part only through a ผู้แทน cue). In a list of parties it is the body the office heads.
                person = actor.entity_id if holder is None else holder
                represented = self._represented(actors, index) if holder is None else None
                for role in roles:
                    if role in self.person_roles:
                        self.emit(role, person, target, said)
                    elif role in self.agency_roles:
                        # a role only a body holds (ORGANIZED, SUPPORTED) goes to the bodies the person acts for,
                        # not to a collective body he sits in: the cabinet holds its own meetings, not the events
                        # its members host (นายกรัฐมนตรี... เป็นเจ้าภาพ, ...เสนอให้ ADI พิจารณาจัด)
                        for agency in self._acting_for(person):
                            if not collective_body(self.r, agency):
                                self.emit(role, agency, target, said)
                if represented is not None and event is not None:
                    self.representing[(actor.entity_id, target)] = represented
            elif isinstance(actor, AgencyMention) and actor.holder and any(
                    role in self.person_roles and role not in self.agency_roles for role in roles):
                continue        # an office in a role only a person takes, with no one named in it
            elif any(role in self.agency_roles for role in roles):
                agency = self.r.agency_id(actor)
                # (a minister written alone takes part and witnesses for no body: ANNOTATION, heldout-5 w09, heldout-7 w14)
                personal = isinstance(actor, AgencyMention) and actor.holder and personal_office(self.gaz, actor.holder)
                for role in roles:
                    if agency is not None and role in self.agency_roles and not (personal and role in (WEAK_ROLE, "WITNESSED")):
                        self.emit(role, agency, target, said)

    def _acting_for(self, person: str) -> list[str]:
        return acting_for(self.r, self.positions.agencies.get(person, ()))

    def _office_holder(self, office: str) -> str | None:
        holder = office_holder(self.r, office)
        return holder.entity_id if holder is not None else None

    def _represented(self, actors: list, index: int) -> str | None:
        """``X โดย นาย Y``: the agency X that person Y acts for."""
        person = actors[index]
        for other in reversed(actors[:index]):
            if isinstance(other, AgencyMention) and REPRESENTED_BY.search(self.text, other.end, person.start) \
                    and other.end >= person.start - 6:
                agency = self.r.agency_id(other)
                if agency and other.holder:
                    self.emit("HOLDS_POSITION", person.entity_id, agency,
                              evidence(self.text, other.start, person.end), title=other.holder)
                return agency
        return None
