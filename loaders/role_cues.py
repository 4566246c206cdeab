"""The role cues of a release and the event each speaks of.

A role cue (``data/cues.yaml``) stands in the body outside a person's name or position; a cue that needs
an event or a programme is kept only where one is written right after it (or its words name it).  The
event a cue speaks of is the one named right after it, in its own words or around it, else the latest
before it within reach, else its paragraph's.  The roles pass (``roles.py``) walks these cues.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from edugraph.loaders.events import Event
from edugraph.loaders.gazetteer import RoleCue
from edugraph.loaders.pilots import programme_relative, programme_right_after, programme_subject, referred_programme
from edugraph.loaders.reading import Reading

_EVENT_REACH = 1500           # characters back that a role cue with no event of its own may look
_SENTENCE_REACH = 120        # characters before a cue where its sentence may name the event it speaks of
_OBJECT_REACH = 16           # ...and after it, in its object (ได้รับการสนับสนุนกระบวนการอบรมในครั้งนี้จาก...)
_RETITLED = 16                # characters of an event's title that name it again after an organising cue
_ACTING_AS = re.compile(r"ในฐานะ\s?$")
_JOINED = re.compile(r"\s?และ\s?")
# what a cue may leave before the title of the event it introduces (เป็นประธานเปิด|งาน |มหกรรม...)
_TITLE_LEAD = re.compile(r"\s?(?:ใน)?(?:งาน|พิธี|การ)\s?")
_BARE_CHAIR = re.compile(r"ประธาน(?:ร่วม)?$")
_CEREMONY_SIDE = re.compile(r"\s?ฝ่าย(?:สงฆ์|ฆราวาส)")
# the roles a cue gives at the second of two activities its object joins by และ too (joined_event): a chair's
# (เป็นประธานในพิธีเปิดโครงการอบรม... และการลงนาม...) and an attendee's (เข้าร่วมประชุมปฏิบัติการ... และการลงพื้นที่
# ติดตาม...: dev-set gold third h07)
JOINS_BOTH = frozenset({"CHAIRED", "PARTICIPATED"})


@dataclass
class CueHit:
    cue: RoleCue
    start: int
    end: int
    event: Event | None = None
    programme: object | None = None


# characters a title may open before the cue it is made of: the noun การ of การหารือ
_NOUN_BEFORE_CUE = 4


class CueReader:
    """The cues of one release in text order, and the events they speak of."""

    def __init__(self, reading: Reading):
        self.r = reading
        self.a = reading.a
        self.text = reading.text
        self.gaz = reading.gaz
        self.events = list(reading.events)
        self.cue_spans: list[tuple[int, int]] = []

    def cue_hits(self) -> list[CueHit]:
        text, a = self.text, self.a
        hits: list[tuple[int, int, int, RoleCue]] = []
        for rank, cue in enumerate(self.gaz.role_cues):
            for match in cue.finditer(text, a.body_start):
                if match.end() > match.start():
                    hits.append((match.start(), -(match.end() - match.start()), rank, cue))
        hits.sort(key=lambda h: (h[0], h[1], h[2]))
        kept: list[CueHit] = []
        taken_until = -1
        for start, neg_len, rank, cue in hits:
            end = start - neg_len
            if start < taken_until:
                continue
            hit = CueHit(cue, start, end)
            if cue.needs_event:
                hit.event = self.event_right_after(end) or self._event_titled_in(start, end) \
                    or self._event_retitled(end) or self._event_named_in(start, end) or self._event_opened_by(start)
                if hit.event is None:
                    continue
            if cue.needs_programme:
                hit.programme = (programme_right_after(self.r, end, past_kind="ORGANIZED" in cue.roles)
                                 or referred_programme(self.r, end)
                                 or programme_relative(self.r, start)
                                 or (programme_subject(self.r, start) if cue.actors == "after" else None))
                if hit.programme is None:
                    continue
            if self._inside_person_or_agency(start) or ("CHAIRED" in cue.roles and self._chairs_a_body(end)):
                continue
            kept.append(hit)
            taken_until = end
        self.cue_spans = [(h.start, h.end) for h in kept]
        return kept

    def _chairs_a_body(self, pos: int) -> bool:
        """``โดยมี นางสาว ก เป็นประธาน|กองทุนฯ``: the chair of a body that is no committee holds an office in it, and
        chairs no event (a committee's chair chairs its meeting, DECISIONS #12)."""
        if self.event_right_after(pos) is not None:
            return False
        bodies = [m for m in self.a.agencies if pos <= m.start <= pos + 1 and m.name and m.kind != "committee"]
        return bool(bodies) or any(pos <= m.start <= pos + 1 and not self.text.startswith("คณะ", m.start)
                                   for m in self.a.backrefs)     # as written: กองทุนฯ, not คณะกรรมการฯ

    def _inside_person_or_agency(self, pos: int) -> bool:
        """Whether a cue stands inside a person's name or position, where it names an office (ประธานคณะกรรมการ...),
        unless ในฐานะ opens it there: the role the person acts in (ในฐานะประธานการประชุม)."""
        return any(person.start <= pos < person.end for person in self.a.persons) \
            and not _ACTING_AS.search(self.text, max(0, pos - 8), pos)

    def event_right_after(self, pos: int) -> Event | None:
        """The event whose wording starts right at ``pos`` (its title may have taken a
        trailing การ of the cue: ดำเนิน|การสานเสวนา)."""
        for event in self.events:
            for start, _ in [event.title_span] + event.mentions:
                if pos - 4 <= start <= pos + 3:
                    return event
        return None

    def _event_retitled(self, pos: int) -> Event | None:
        """``...กล่าวว่า กระทรวง... ได้จัด|กิจกรรม "จิตอาสา..." ขึ้น``: an event named again by the opening of its title."""
        flat = re.sub(r"\s+", "", self.text[pos:pos + 3 + _RETITLED])
        return next((e for e in self.events if len(title := re.sub(r"\s+", "", e.title(self.text))) >= _RETITLED
                     and flat.startswith(title[:_RETITLED])), None)

    def _event_titled_in(self, start: int, end: int) -> Event | None:
        """The event whose title opens inside [start, end): the cue's words introduce it (พบปะ|Mr. ...)."""
        return next((e for e in self.events if start <= e.title_span[0] < end), None)

    def _event_opened_by(self, start: int) -> Event | None:
        """The event whose title is the cue's own words with their noun (ภายหลัง|การหารือ|กับ นาย X: titled การหารือ)."""
        return next((e for e in self.events if start - _NOUN_BEFORE_CUE <= e.title_span[0] <= start < e.title_span[1]), None)

    def _event_named_in(self, start: int, end: int) -> Event | None:
        return next((e for e in self.events if any(start <= at < end for at, _ in [e.title_span] + e.mentions)), None)

    def event_at(self, hit: CueHit) -> Event | None:
        """The event a cue speaks of: named right after it, around it, or the latest before it.  A cue for some
        kinds of event only (``event_types``: a visit is led, not chaired) passes over the others to the nearest it
        can take; an event named only inside another's title (พิธีเปิด|งาน X) stands for that other."""
        if hit.event is not None:
            return hit.event
        kinds = hit.cue.event_types
        events = [e for e in self.events if e.type in kinds] if kinds else self.events
        titled = next((e for e in events if hit.start <= e.title_span[0] < hit.end), None)
        if titled is not None and titled.title_span[1] > hit.end:
            return titled       # the cue's words open the title: เป็นประธานพิธีเปิด|งาน X names the opening, not X
        after = next((e for e in events if any(
            hit.end - 4 <= start <= hit.end + 3 or start > hit.end and _TITLE_LEAD.fullmatch(self.text, hit.end, start)
            for start, _ in [e.title_span] + e.mentions)), None)
        if after is not None:
            return after
        named = next((e for e in events if any(hit.start <= at < hit.end for at, _ in [e.title_span] + e.mentions)), None)
        if named is not None:
            return named        # the cue's own words name it (ร่วมเป็น|สักขีพยานในพิธีลงนาม..., ร่วมคณะ|ตรวจราชการ)
        for event in events:
            if event.title_span[0] < hit.start < event.title_span[1]:
                return event
        if "เปิด" in self.text[hit.start:hit.end]:
            # "เป็นประธานการเปิดงาน": the chair of the opening chairs the opening ceremony written before
            opening = [e for e in events if e.type == "ceremony" and e.start <= hit.start
                       and hit.start - e.start <= _EVENT_REACH and "เปิด" in e.title(self.text)]
            if opening:
                return opening[-1]
        before = None
        for event in events:
            for start, end in [event.title_span] + event.mentions:
                if start <= hit.start and (before is None or start > before[0]) and not self._inside_other_title(
                        event, start, end):
                    before = (start, event)
        if before is not None and hit.start - before[0] <= _EVENT_REACH:
            return before[1]
        para_start, para_end = self.a.paragraph_of(hit.start)
        own = next((e for e in events if para_start <= e.start < para_end), None)
        if own is None and len(events) == 1 and (hit.cue.actors == "after" and "SPOKE_AT" in hit.cue.roles
                                                 or "CHAIRED" in hit.cue.roles and self._presides(hit)):
            # the speakers listed far down the story of a release's one event; its chair, where the release names it
            # only after (…โดยมีพระราชรัชมุนี … เป็นประธานฝ่ายสงฆ์ …, its พิธีบรรพชา… a paragraph later, heldout-7 w26)
            return events[0]
        return own

    def _presides(self, hit: CueHit) -> bool:
        """Whether a chair's cue says he presides over an occasion (เป็นประธานในงาน..., เป็นประธานเปิด..., เป็นประธาน
        ฝ่ายสงฆ์: one side of a ceremony), not only ประธาน, which may open an office (เป็นประธาน|กรรมการมูลนิธิฯ)."""
        return not _BARE_CHAIR.search(self.text, hit.start, hit.end) or bool(_CEREMONY_SIDE.match(self.text, hit.end))

    def _inside_other_title(self, event: Event, start: int, end: int) -> bool:
        """Whether a mention of ``event`` is only words of another event's title (พิธีเปิด|งาน X|: the opening)."""
        return any(other is not event and other.title_span[0] < start and end <= other.title_span[1]
                   for other in self.events)

    def names_event(self, hit: CueHit, event: Event | None) -> bool:
        """Whether the sentence of a cue names ``event``: in its object, or shortly before it in its paragraph."""
        if event is None:
            return False
        para_start, _ = self.a.paragraph_of(hit.start)
        lo = max(para_start, hit.start - _SENTENCE_REACH)
        return any(lo <= start <= hit.end + _OBJECT_REACH for start, _ in [event.title_span] + event.mentions)

    def in_title(self, pos: int) -> bool:
        return any(e.title_span[0] < pos < e.title_span[1] for e in self.events)

    def joined_event(self, event: Event) -> Event | None:
        """The event whose title follows ``event``'s joined by และ in one phrase (a second activity)."""
        end = event.title_span[1]
        return next((e for e in self.events if e is not event and e.title_span[0] > end
                     and _JOINED.fullmatch(self.text, end, e.title_span[0])), None)
