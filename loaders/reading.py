"""The reading that relation passes share: the classified analysis, the events, the facts so far.

A pass is a function ``Reading -> list[Fact]`` (see ``relations.py``).
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Callable

from edugraph.graph.schema import load_schema
from edugraph.loaders.document import Analysis, EntityTable, GroupMention
from edugraph.loaders.events import Event
from edugraph.loaders.mentions import AgencyMention, PersonMention
from edugraph.loaders.unit_names import can_be_part_of

_EVIDENCE_MAX = 300
_MINISTRY = "กระทรวง"
WEAK_ROLE = "PARTICIPATED"       # held only where no other role at the same event is


@functools.lru_cache(maxsize=1)
def event_roles() -> tuple[frozenset[str], frozenset[str]]:
    """(roles a Person can take at an Event, roles an Agency can), from ``graph/schema.yaml``."""
    schema = load_schema()
    person = frozenset(n for n in schema.relation_types if schema.allows(n, "Person", "Event"))
    agency = frozenset(n for n in schema.relation_types if schema.allows(n, "Agency", "Event"))
    return person, agency


def strong_roles() -> frozenset[str]:
    """Event roles that make a PARTICIPATED at the same event redundant."""
    person, agency = event_roles()
    return (person | agency) - {WEAK_ROLE}


@dataclass(frozen=True)
class Fact:
    type: str
    head: str
    tail: str
    evidence: str
    title: str | None = None       # HOLDS_POSITION: the position as written


def evidence(text: str, start: int, end: int) -> str:
    start, end = max(0, start), min(len(text), end)
    if end - start > _EVIDENCE_MAX:
        end = start + _EVIDENCE_MAX
    return " ".join(text[start:end].split())


class Reading:
    """What the passes read: the classified analysis, the events, and the relations found so far.

    The only thing that changes while the passes run is which mentions have
    become entities: a place (จังหวัดX, อำเภอX) is an Agency only once it
    takes part in a relation, so :meth:`agency_id` registers it on first use.
    """

    def __init__(self, analysis: Analysis, table: EntityTable, events: list[Event]):
        self.a = analysis
        self.text = analysis.text
        self.gaz = analysis.gaz
        self.events = tuple(events)
        self._table = table
        self._derived: dict = {}

    # ------------------------------------------------------------------ entities and relations so far
    def agency_id(self, mention: AgencyMention) -> str | None:
        if mention.entity_id is None and mention.name:
            mention.entity_id = self._table.agency(mention.name, mention.kind, aliases=mention.aliases())
        return mention.entity_id

    def gazetteer_agency_id(self, entry) -> str:
        """The entity of a gazetteer agency the text implies without naming it as written (รมว.แรงงาน)."""
        named = next((m for m in self.a.agencies if m.name == entry.name), None)
        if named is not None:
            return self.agency_id(named)
        return self._table.agency(entry.name, entry.kind)

    def named_agency_id(self, name: str, kind: str) -> str:
        """The entity of an agency a pass reads from the text's structure where no finder named it (a party list)."""
        return self._table.agency(name, kind)

    def province_id(self, name: str) -> str:
        return self._table.province(name)

    def entity(self, entity_id: str) -> dict | None:
        return self._table.get(entity_id)

    def type_of(self, entity_id: str) -> str | None:
        return self._table.type_of(entity_id)

    def found(self, relation: str) -> list[dict]:
        return [dict(r) for r in self._table.relations_of(relation)]

    def has(self, relation: str, head: str, tail: str) -> bool:
        return self._table.has(relation, head, tail)

    # ------------------------------------------------------------------ actors
    def actors(self, lo: int, hi: int, *, pilot: bool = False) -> list:
        """Persons, agencies and groups that may act, written in [lo, hi)."""
        found = []
        for person in self.a.persons:
            if lo <= person.start < hi and person.actor and person.entity_id:
                found.append(person)
        references = self.once(office_references)
        for agency in self.a.agencies:
            if lo <= agency.start < hi and agency.actor and agency.name and not (pilot and agency.affiliated) \
                    and not (agency.place and self._in_programme_name(agency.start)) \
                    and agency.start not in references.offices:
                found.append(agency)
        found += [m for m in references.persons if lo <= m.start < hi]
        found += [m for m in self.a.backrefs if lo <= m.start < hi and m.actor]
        found += [m for m in self.a.group_mentions if lo <= m.start < hi]
        found.sort(key=lambda m: m.start)
        return [m for i, m in enumerate(found) if not (i and isinstance(m, AgencyMention) and self.qualifies(found[i - 1], m))]

    def qualifies(self, unit, parent: AgencyMention) -> bool:
        """``กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ กระทรวง พม.``: a parent written right after its unit (with at most
        the parent's head before its abbreviation) says whose unit it is; it is no actor of its own (dev d10). So
        does one written right after a person's position that ends on the unit (``นาย ก เลขาธิการคณะกรรมการการศึกษา
        ขั้นพื้นฐาน กระทรวงศึกษาธิการ ... ร่วมลงนาม``: he signs for the office he heads, not the ministry)."""
        if isinstance(unit, PersonMention):
            end = unit.position_span[1] if unit.position_span else None
            if end is None or not parent.name.startswith(_MINISTRY) or self.text[end:parent.start] not in ("", " "):
                return False
            return any(m.name and m.end == end and m.name != parent.name for m in self.a.agencies)
        if not isinstance(unit, AgencyMention) or unit.end > parent.start:
            return False
        gap = self.text[unit.end:parent.start].strip()
        if not gap and unit.name and parent.name and unit.name.endswith(" " + parent.name):
            return True     # ศูนย์แพทยศาสตรศึกษาชั้นคลินิก โรงพยาบาลน่าน: the unit's name carries its parent
        return (not gap or self.gaz.family_head_form(gap) is not None) and can_be_part_of(unit, parent, self.gaz)

    def _in_programme_name(self, pos: int) -> bool:
        """The province that ends a programme's name (โครงการ...จังหวัดเชียงใหม่ โดยจัด...) is no actor."""
        return any(p.start < pos < p.end for p in self.a.programmes)

    @staticmethod
    def expand(actors: list) -> list:
        """Actors with each named group replaced by its members."""
        out = []
        for actor in actors:
            if isinstance(actor, GroupMention):
                out.extend(m for m in actor.group.members if m.name)
            else:
                out.append(actor)
        return out

    def main_programme(self) -> str | None:
        counts: dict[str, int] = {}
        for programme in self.a.programmes:
            if programme.entity_id:
                counts[programme.entity_id] = counts.get(programme.entity_id, 0) + 1
        return max(counts, key=counts.get) if counts else None

    # ------------------------------------------------------------------ derived once, read by several passes
    def once(self, derive: Callable[[Reading], object]):
        """``derive(self)``, computed on first use and kept (positions, roles: read by later passes)."""
        if derive not in self._derived:
            self._derived[derive] = derive(self)
        return self._derived[derive]


def office_holder(reading: Reading, office: str) -> PersonMention | None:
    """The first mention of the one person whose written position opens with ``office`` (spacing aside)."""
    office = "".join(office.split())
    holders = [p for p in reading.a.persons
               if p.entity_id and p.position and "".join(p.position.split()).startswith(office)]
    return holders[0] if len({p.entity_id for p in holders}) == 1 else None


def personal_office(gaz, office: str) -> bool:
    """Whether ``office`` is one a person holds in his own name (``personal_offices`` in ``data/positions.yaml``: a
    minister, a head of government, an ambassador), rank prefixes aside (ผู้ช่วยรัฐมนตรี, รองนายกรัฐมนตรี)."""
    office = "".join(office.split())
    stripped = True
    while stripped:
        stripped = False
        for prefix in gaz.rank_prefixes:
            if office.startswith(prefix) and len(office) > len(prefix):
                office, stripped = office[len(prefix):], True
    return office.startswith(tuple(gaz.words["personal_offices"]))


_AGENCY_WORDS = 8      # letters of an agency's name a position written short must keep after its office


def _office_holder_in(reading: Reading, office: str, agency_forms: list[str]) -> PersonMention | None:
    """The one person whose written position is ``office`` of the agency written as one of ``agency_forms``: in full,
    or cut short by the text (รัฐมนตรีว่าการกระทรวงการอุดมศึกษา| วิทยาศาสตร์ ... as the position phrase ends)."""
    office = "".join(office.split())
    wanted = ["".join((office + form).split()) for form in agency_forms]
    holders = []
    for p in reading.a.persons:
        position = "".join((p.position or "").split())
        if p.entity_id and position.startswith(office) and any(
                position.startswith(w) or (w.startswith(position) and len(position) >= len(office) + _AGENCY_WORDS)
                for w in wanted):
            holders.append(p)
    return holders[0] if len({p.entity_id for p in holders}) == 1 else None


@dataclass(frozen=True)
class OfficeReferences:
    persons: tuple[PersonMention, ...]      # each office written short, as the one person named in it
    offices: frozenset[int]                 # where the agencies start that such an office is of (รมว.|อว.)


def office_references(reading: Reading) -> OfficeReferences:
    """Offices written short outside any name (รองผู้ว่าฯ ร่วมลงนาม), each as the one person the story
    names in that office; an office more than one person holds, or none, refers to nobody.  Written with
    its agency (รมว.อว. ได้เยี่ยมชม, ผอ.สพป.X เข้าร่วม), it is the one person named in that office of that agency,
    and the agency is no actor there; a personal office of an agency (รมว.อว.) is the person even where the
    story names no one in it, so the agency is never an actor after it."""
    a, gaz, text = reading.a, reading.gaz, reading.text
    named = [(m.start, m.end) for m in a.persons] + [(m.start, m.end) for m in a.agencies]
    found, offices = [], set()
    for match in gaz.office_abbreviation_rx.finditer(text, a.body_start):
        if any(start <= match.start() < end for start, end in named) or a.in_headline(match.start()):
            continue
        office = gaz.office_of_abbreviation[match.group()]
        agency = next((m for m in a.agencies if match.end() <= m.start <= match.end() + 1 and m.name
                       and not text[match.end():m.start].strip()), None)
        end = match.end()
        if agency is not None:
            holder = _office_holder_in(reading, office, [agency.name] + agency.aliases())
            if holder is not None or personal_office(gaz, office):
                offices.add(agency.start)
                end = agency.end
        else:
            holder = office_holder(reading, office)
        if holder is not None:
            found.append(dataclasses.replace(holder, start=match.start(), end=end, position=None,
                                             position_span=None))
    return OfficeReferences(tuple(found), frozenset(offices))
