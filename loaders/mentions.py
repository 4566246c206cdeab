"""Mentions: where a text names a person, an agency, a programme or a province.

The finders (``persons.py``, ``agencies.py``, ``programmes.py``,
``provinces.py``) return these records with spans in the text they are given,
so that the relation passes can reason about what stands between two
mentions.  What a mention *is* (its name, kind, province) the finder sets;
where it *stands* in the story (in the headline, inside a person's position,
at a venue, as an address ...) one classification step sets afterwards
(``classify.py``), in the typed fields below — a mention acts in the story
(:attr:`AgencyMention.actor`) only where none of them holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edugraph.loaders.gazetteer import AgencyEntry, Family

_PAREN_TAIL = re.compile(r"\s?\([^()]*\)$")


@dataclass
class AgencyMention:
    start: int
    end: int
    form: str                      # as written
    name: str | None               # canonical; None while a bare office waits for the story's province
    kind: str
    family: Family | None = None
    entry: AgencyEntry | None = None
    province: str | None = None    # the province its own name carries
    place: bool = False            # จังหวัดX, อำเภอX: an agency only when it acts
    bare: bool = False             # a provincial office written without its province
    holder: str | None = None      # written as its office holder (ศึกษาธิการจังหวัดสตูล)
    backref: bool = False          # กองทุนฯ: the agency named before
    abbreviations: list[str] = field(default_factory=list)   # ชื่อเต็ม (ชื่อย่อ): the ones it defines
    entity_id: str | None = None
    # where it stands in the story (set once, by classify.py)
    in_headline: bool = False
    in_position: bool = False      # inside a person's position phrase: names the office, does not act
    at_venue: bool = False         # inside an event's venue
    affiliated: bool = False       # after สังกัด/ในสังกัด: the office a unit is under
    qualifier: bool = False        # qualifies the unit written before it (โรงเรียนX สังกัด สพป.Y; คณะX มหาวิทยาลัยY)
    locative: bool = False         # an address (อำเภอX จังหวัดY after a school), not an actor
    described: bool = False        # after a role description (ในฐานะ...)

    @property
    def actor(self) -> bool:
        return not (self.in_headline or self.in_position or self.at_venue or self.qualifier or self.locative
                    or self.described)

    def aliases(self) -> list[str]:
        """The written forms that name the agency (not an office holder's title or a กองทุนฯ reference)."""
        if self.holder or self.backref:
            return []
        forms = [self.form] + self.abbreviations
        # "ชื่อเต็ม (ชื่อย่อ)": the name and the abbreviation are two aliases, not one
        return [_PAREN_TAIL.sub("", f) if "(" in f and not f.endswith("(มหาชน)") else f for f in forms]


@dataclass
class PersonMention:
    start: int
    end: int                       # end of the name and its position phrase
    name: str
    title: str
    given: str
    position: str | None = None
    position_span: tuple[int, int] | None = None
    backref: bool = False
    entity_id: str | None = None
    in_headline: bool = False      # set by classify.py

    @property
    def actor(self) -> bool:
        return not self.in_headline


@dataclass
class ProgrammeMention:
    start: int
    end: int
    form: str
    name: str | None               # None while a provincial programme waits for the story's province
    base: str
    province: str | None = None
    phase: str | None = None
    provincial: bool = False
    entity_id: str | None = None
    bare: bool = False              # a mined name written without its โครงการ (recurring_programmes.py)


@dataclass
class ProvinceMention:
    start: int
    end: int
    name: str

