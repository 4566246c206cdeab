"""Relations: who did what at which event, and how the actors hang together.

Role cues (``data/cues.yaml``: ``เป็นประธาน``, ``ร่วมลงนาม``, ``กล่าวรายงาน``,
``เข้าร่วม``, ``ได้จัด`` ...) give their role to the actors of their clause —
the persons and agencies written since the last clause boundary (``โดยมี``,
``ได้รับเกียรติจาก``, ``ซึ่ง`` ...) — and, where a list marker follows the cue
(``ระหว่าง``, ``กับ``, ``ได้แก่``, ``ประกอบด้วย``, ``อาทิ``), to the actors listed.
Mentions inside a person's position, a venue or a role description
(``ในฐานะ...``) never act.  ``X โดย นาย Y`` makes Y act for X.

Then the conventions of the contract: PARTICIPATED only where nothing else
is held; a signing whose parties are only given as the agencies that joined
it makes them signers; a named official who signs makes his agency a
signer; a sequel event without a subject keeps its organisers.

Structure comes from the mentions themselves: HOLDS_POSITION from position
phrases, PART_OF from units written with their parent, LOCATED_IN from a name
or an address, HELD_IN from a venue, PILOT_OF from ``...นำร่อง`` groups.

>>> from edugraph.loaders.extract import extract
>>> text = ("วันที่ 9 มกราคม 2568 สำนักงานศึกษาธิการจังหวัดตาก ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
...         "โดยมีนายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดตาก เป็นประธานในพิธี")
>>> record = extract(text, doc="d")
>>> names = {e["id"]: e.get("name", e.get("event_type")) for e in record["entities"]}
>>> sorted((r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] != "LOCATED_IN")
[('CHAIRED', 'สมศักดิ์ มั่นคง', 'signing'), ('HOLDS_POSITION', 'สมศักดิ์ มั่นคง', 'จังหวัดตาก'), ('ORGANIZED', 'สำนักงานศึกษาธิการจังหวัดตาก', 'signing')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from edugraph.loaders.document import Analysis, EntityTable, GroupMention
from edugraph.loaders.events import Event
from edugraph.loaders.gazetteer import RoleCue
from edugraph.loaders.mentions import AgencyMention, PersonMention, can_be_part_of, is_thai_letter, match_province

_PERSON_ROLES = {"SIGNED", "WITNESSED", "CHAIRED", "SPOKE_AT", "PARTICIPATED"}
_AGENCY_ROLES = {"SIGNED", "WITNESSED", "ORGANIZED", "SUPPORTED", "PARTICIPATED"}
_STRONG_ROLES = ("SIGNED", "WITNESSED", "CHAIRED", "SPOKE_AT", "ORGANIZED", "SUPPORTED")
_REPRESENTED_BY = re.compile(r"\s?โดย\s?$")
_SHARED_GAP = re.compile(r"^\s*(?:(?:การ)?(?:ประชุม|สัมมนา|อบรม|เสวนา)|พิธี|งาน)?\s*(?:และ|พร้อม(?:ทั้ง)?)\s*$")
_NOMINAL = re.compile(r"(?:การ|พิธี|ใน)$")
_ADDRESS = re.compile(r"\s?(?:(?:ตำบล|ต\.)\s?[ก-๙]+\s?)?(?:(?:อำเภอ|อ\.)\s?[ก-๙]+\s?)?(?=จังหวัด|จ\.)")
_SECOND_OFFICE = re.compile(r"(?:ในฐานะ|รักษาราชการแทน|ปฏิบัติหน้าที่แทน)\s?\S*$")
_NAMES_JOINED = re.compile(r"\s?(?:และ|,)\s?")
_EVIDENCE_MAX = 300
_EVENT_REACH = 1500           # characters back that a role cue with no event of its own may look
_PROGRAMME_REFERENCE = re.compile(r"โครงการ(?:ดังกล่าว|นี้|ฯ)")
_PLACED_LIST = re.compile(r"ใน(?:พื้นที่)?(?:(?:ตำบล|ต\.)\s?[ก-๙]+\s?)?(?:(?:อำเภอ|อ\.)\s?[ก-๙]+\s?)?"
                          r"(?P<province>(?:จังหวัด|จ\.)\s?[ก-๙]+)[^\n]{0,80}?(?:อาทิ|ได้แก่|ประกอบด้วย)")


@dataclass
class CueHit:
    cue: RoleCue
    start: int
    end: int
    event: Event | None = None
    programme: object | None = None


def _evidence(text: str, start: int, end: int) -> str:
    start, end = max(0, start), min(len(text), end)
    if end - start > _EVIDENCE_MAX:
        end = start + _EVIDENCE_MAX
    return " ".join(text[start:end].split())


class RelationFinder:
    """Finds the relations of one analysed release into an EntityTable."""

    def __init__(self, analysis: Analysis, table: EntityTable, events: list[Event]):
        self.a = analysis
        self.text = analysis.text
        self.gaz = analysis.gaz
        self.table = table
        self.events = events
        self.representing: dict[tuple[str, str], str] = {}   # (person id, event id) -> agency id
        self.position_agencies: dict[str, list[str]] = {}    # person id -> agency ids
        self.cue_spans: list[tuple[int, int]] = []
        self._next_agency: dict[int, AgencyMention] | None = None

    # ------------------------------------------------------------------ entity ids
    def agency_id(self, mention: AgencyMention) -> str | None:
        if mention.entity_id is None and mention.name:
            mention.entity_id = self.table.agency(mention.name, mention.kind, aliases=mention.aliases())
        return mention.entity_id

    def province_id(self, name: str) -> str:
        return self.table.province(name)

    # ------------------------------------------------------------------ actors
    def actors(self, lo: int, hi: int, *, pilot: bool = False) -> list:
        """Persons, agencies and groups that may act, written in [lo, hi)."""
        found = []
        for person in self.a.persons:
            if lo <= person.start < hi and person.actor and person.entity_id:
                found.append(person)
        for agency in self.a.agencies:
            if lo <= agency.start < hi and agency.actor and agency.name:
                if pilot and "affiliated" in agency.context:
                    continue
                found.append(agency)
        for mention in self.a.backrefs:
            if lo <= mention.start < hi:
                found.append(mention)
        for mention in self.a.group_mentions:
            if lo <= mention.start < hi:
                found.append(mention)
        found.sort(key=lambda m: m.start)
        return found

    def _expand(self, actors: list) -> list:
        out = []
        for actor in actors:
            if isinstance(actor, GroupMention):
                out.extend(m for m in actor.group.members if m.name)
            else:
                out.append(actor)
        return out

    # ------------------------------------------------------------------ cues
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
                hit.event = self._event_right_after(end)
                if hit.event is None:
                    continue
            if cue.needs_programme:
                hit.programme = (self._programme_right_after(end) or self._programme_relative(start)
                                 or (self._programme_subject(start) if cue.actors == "after" else None))
                if hit.programme is None:
                    continue
            if self._inside_person_or_agency(start):
                continue
            kept.append(hit)
            taken_until = end
        self.cue_spans = [(h.start, h.end) for h in kept]
        return kept

    def _inside_person_or_agency(self, pos: int) -> bool:
        return any(person.start <= pos < person.end for person in self.a.persons)

    def _event_right_after(self, pos: int) -> Event | None:
        """The event whose wording starts right at ``pos`` (its title may have taken a
        trailing การ of the cue: ดำเนิน|การสานเสวนา)."""
        for event in self.events:
            for start, _ in [event.title_span] + event.mentions:
                if pos - 4 <= start <= pos + 3:
                    return event
        return None

    def _programme_right_after(self, pos: int):
        for programme in self.a.programmes:
            if pos <= programme.start <= pos + 3 and programme.entity_id:
                return programme
        return None

    def _programme_relative(self, cue_start: int):
        """``โครงการX ที่ Y จะขับเคลื่อน``: the programme a relative clause is about."""
        actors = [m for m in self.actors(max(0, cue_start - 80), cue_start) if isinstance(m, AgencyMention)]
        if not actors:
            return None
        actor = actors[-1]
        if not re.fullmatch(r"\s?(?:จะ|ได้|ร่วม|ร่วมกัน)*\s?", self.text[actor.end:cue_start]):
            return None
        for programme in self.a.programmes:
            if programme.entity_id and re.fullmatch(r"\s?ที่\s?", self.text[programme.end:actor.start]):
                return programme
        return None

    def _programme_subject(self, cue_start: int):
        """``โครงการดังกล่าว/นี้ ... <cue>``, or a programme named earlier in the clause: what the cue is about."""
        para_start, _ = self.a.paragraph_of(cue_start)
        clause = self.a.last_boundary_before(cue_start, para_start)
        named = [p for p in self.a.programmes if clause <= p.start < cue_start and p.entity_id]
        if named:
            return named[-1]
        if _PROGRAMME_REFERENCE.search(self.text, clause, cue_start):
            main = self._main_programme()
            return next((p for p in self.a.programmes if p.entity_id == main), None)
        return None

    def event_at(self, hit: CueHit) -> Event | None:
        """The event a cue speaks of: named right after it, around it, or the latest before it."""
        if hit.event is not None:
            return hit.event
        after = self._event_right_after(hit.end)
        if after is not None:
            return after
        for event in self.events:
            if event.title_span[0] < hit.start < event.title_span[1]:
                return event
        before = None
        for event in self.events:
            for start, _ in [event.title_span] + event.mentions:
                if start <= hit.start and (before is None or start > before[0]):
                    before = (start, event)
        if before is not None and hit.start - before[0] <= _EVENT_REACH:
            return before[1]
        para_start, para_end = self.a.paragraph_of(hit.start)
        return next((e for e in self.events if para_start <= e.start < para_end), None)

    def _in_title(self, pos: int) -> bool:
        return any(e.title_span[0] < pos < e.title_span[1] for e in self.events)

    # ------------------------------------------------------------------ roles
    def roles(self) -> None:
        text, a = self.text, self.a
        previous: CueHit | None = None
        previous_actors: list = []
        for hit in self.cue_hits():
            cue = hit.cue
            event = self.event_at(hit) if cue.target == "event" else None
            if "SUPPORTED" in cue.roles and cue.target == "event":
                hit.programme = self._programme_subject(hit.start)   # โครงการนี้ได้รับการสนับสนุนจาก...
            if hit.programme is None and (event is None or (cue.event_types and event.type not in cue.event_types)):
                continue
            para_start, para_end = a.paragraph_of(hit.start)
            nominal = bool(_NOMINAL.search(text, max(0, hit.start - 4), hit.start)) or self._in_title(hit.start)
            after_only = cue.actors == "after" or nominal
            floor = para_start
            if previous is not None and floor < previous.end <= hit.start:
                floor = previous.end
            clause = a.last_boundary_before(hit.start, floor)
            before = [] if after_only else self.actors(clause, hit.start)
            if not before and cue.share and previous is not None and previous.cue.share and _SHARED_GAP.match(
                    text[previous.end:hit.start]):
                before = previous_actors
            after, marker = [], ""
            if after_only or cue.lists:
                after, marker = self._listed_after(hit, event, para_end,
                                                   marker_needed=cue.actors != "after" or cue.marker is not None)
            if cue.party_roles and (cue.party_markers is None or cue.party_markers.fullmatch(marker.strip())):
                actors = [] if after_only else before
                self._apply(cue.party_roles, [m for m in after if m not in actors],
                            hit.programme.entity_id if hit.programme is not None else event.entity_id, event, hit)
            elif cue.lists:
                actors = before + [m for m in after if m not in before]
            else:
                actors = after if after_only else before
            if cue.object and event is not None:
                actors = actors + [m for m in self.actors(hit.end, min(para_end, hit.end + 83))
                                   if isinstance(m, AgencyMention) and m.start <= hit.end + 3]
            target = hit.programme.entity_id if hit.programme is not None else event.entity_id
            if not actors and "ORGANIZED" in cue.roles and event is not None and hit.programme is None:
                actors = self._inherited_organisers(event)
            self._apply(cue.roles, actors, target, event, hit)
            previous, previous_actors = hit, (before or previous_actors if cue.share else before)

    def _listed_after(self, hit: CueHit, event: Event | None, para_end: int, *,
                      marker_needed: bool) -> tuple[list, str]:
        """The actors listed after a cue, and the list marker that opened the list."""
        text, gaz = self.text, self.gaz
        pos = hit.end
        if event is not None and hit.start <= event.title_span[0] <= pos + 3 < event.title_span[1]:
            pos = event.title_span[1]       # the cue introduces the title: the list comes after it
        window_end = min(para_end, pos + 200)
        first = self.actors(pos, window_end)
        first_start = first[0].start if first else window_end
        if hit.cue.marker is not None:
            marker = hit.cue.marker.search(text, pos, first_start + 1)
            if marker is None:
                return [], ""
        else:
            marker = gaz.list_marker_rx.search(text, pos, min(first_start + 1, pos + 160))
            if marker is None and marker_needed:
                return [], ""
        if marker is not None:
            pos = marker.end()
        end = self.a.list_end(pos, para_end)
        for start, _ in self.cue_spans:
            if pos < start < end:
                end = start
                break
        return self.actors(pos, end), marker.group() if marker is not None else ""

    def _inherited_organisers(self, event: Event) -> list:
        """Thai drops a subject that does not change: a sequel keeps the organisers before it."""
        index = self.events.index(event)
        if index == 0:
            return []
        prior = self.events[index - 1]
        ids = {r["head"] for r in self.table.relations_of("ORGANIZED") if r["tail"] == prior.entity_id}
        return [m for m in self.a.agencies if m.entity_id in ids][:len(ids) * 4]

    def _apply(self, roles, actors: list, target: str, event: Event | None, hit: CueHit) -> None:
        text = self.text
        actors = self._expand(actors)
        for index, actor in enumerate(actors):
            evidence = _evidence(text, min(actor.start, hit.start), max(actor.end, hit.end))
            if isinstance(actor, PersonMention):
                represented = self._represented(actors, index)
                for role in roles:
                    if role in _PERSON_ROLES:
                        self.table.relate(role, actor.entity_id, target, evidence)
                    elif role in _AGENCY_ROLES:
                        for agency in self.position_agencies.get(actor.entity_id, []):
                            self.table.relate(role, agency, target, evidence)
                if represented is not None and event is not None:
                    self.representing[(actor.entity_id, target)] = represented
            elif any(role in _AGENCY_ROLES for role in roles):
                agency = self.agency_id(actor)
                for role in roles:
                    if agency is not None and role in _AGENCY_ROLES:
                        self.table.relate(role, agency, target, evidence)

    def _represented(self, actors: list, index: int) -> str | None:
        """``X โดย นาย Y``: the agency X that person Y acts for."""
        person = actors[index]
        for other in reversed(actors[:index]):
            if isinstance(other, AgencyMention) and _REPRESENTED_BY.search(self.text, other.end, person.start) \
                    and other.end >= person.start - 6:
                agency = self.agency_id(other)
                if agency and other.holder:
                    self.table.relate("HOLDS_POSITION", person.entity_id, agency,
                                      _evidence(self.text, other.start, person.end), title=other.holder)
                return agency
        return None

    # ------------------------------------------------------------------ conventions
    def conventions(self) -> None:
        """The contract's conventions, applied once every cue has given its roles."""
        for event in self.events:
            if event.type in ("meeting", "workshop"):
                self._committee_meeting(event)
            if event.type == "visit":
                self._visit(event)
            if event.type == "signing":
                self._parties_that_joined(event)
        self._offices_of_signers()
        self._participation_only_without_other_roles()

    def _committee_meeting(self, event: Event) -> None:
        """A committee's own meeting (ประชุมคณะกรรมการ...): the committee organised it."""
        start, end = event.title_span
        for mention in self.a.agencies:
            if start <= mention.start < end and mention.kind == "committee" and self.agency_id(mention):
                self.table.relate("ORGANIZED", mention.entity_id, event.entity_id, _evidence(self.text, start, mention.end))

    def _visit(self, event: Event) -> None:
        """A visit: the office visited (the venue) and the visitors' agencies took part."""
        if event.venue_span:
            start, end = event.venue_span
            for mention in self.a.agencies:
                if start <= mention.start < end and mention.name and not mention.place and self.agency_id(mention):
                    self.table.relate("PARTICIPATED", mention.entity_id, event.entity_id, _evidence(self.text, start, end))
        for r in self.table.relations_of("PARTICIPATED"):
            if r["tail"] == event.entity_id and self.table.type_of(r["head"]) == "Person":
                for agency in self.position_agencies.get(r["head"], []):
                    self.table.relate("PARTICIPATED", agency, event.entity_id, r["evidence"])

    def _parties_that_joined(self, event: Event) -> None:
        """A signing whose parties are only given as the agencies that joined it: they signed."""
        table = self.table
        if any(r["tail"] == event.entity_id and table.type_of(r["head"]) == "Agency"
               for r in table.relations_of("SIGNED")):
            return
        for r in table.relations_of("PARTICIPATED"):
            if r["tail"] == event.entity_id and table.type_of(r["head"]) == "Agency":
                table.drop("PARTICIPATED", r["head"], event.entity_id)
                table.relate("SIGNED", r["head"], event.entity_id, r["evidence"])

    def _offices_of_signers(self) -> None:
        """A named official who signs makes the agency he heads (or acts for) a signer."""
        table = self.table
        for r in table.relations_of("SIGNED"):
            if table.type_of(r["head"]) != "Person":
                continue
            represented = self.representing.get((r["head"], r["tail"]))
            for agency in [represented] if represented else self.position_agencies.get(r["head"], []):
                table.relate("SIGNED", agency, r["tail"], r["evidence"])

    def _participation_only_without_other_roles(self) -> None:
        for r in self.table.relations_of("PARTICIPATED"):
            if any(self.table.has(role, r["head"], r["tail"]) for role in _STRONG_ROLES):
                self.table.drop("PARTICIPATED", r["head"], r["tail"])

    # ------------------------------------------------------------------ structure
    def positions(self) -> None:
        """HOLDS_POSITION from each person's position phrase, PART_OF between agencies inside it."""
        text, a = self.text, self.a
        delegator = self._delegators()
        for person in a.persons:
            if person.entity_id is None or not person.position:
                continue
            s, e = person.position_span
            inside = sorted([m for m in a.agencies if s <= m.start < e and m.name]
                            + [m for m in a.backrefs if s <= m.start < e], key=lambda m: m.start)
            # the first agency named, and any after "ในฐานะ..." (a second office)
            held = inside[:1] + [m for m in inside[1:] if _SECOND_OFFICE.search(text, s, m.start)]
            if not inside and person.start in delegator:
                held = [delegator[person.start]]
            for unit, parent in zip(inside, inside[1:]):
                if can_be_part_of(unit, parent, self.gaz) and not text[unit.end:parent.start].strip():
                    self._part_of(unit, parent)
            ids = [self.agency_id(m) for m in held]
            self._hold(person.entity_id, person.position, [i for i in ids if i], _evidence(text, person.start, person.end))
        # "นาย A และนาง B ศึกษานิเทศก์ สพป.X": a position shared by two listed names applies to both
        for first, second in zip(reversed(a.persons[:-1]), reversed(a.persons[1:])):
            if first.position or first.entity_id is None or second.entity_id not in self.position_agencies:
                continue
            if _NAMES_JOINED.fullmatch(text, first.end, second.start):
                first.position = second.position
                record = self.table.get(first.entity_id)
                if not record.get("position"):
                    record["position"] = second.position
                self._hold(first.entity_id, second.position, list(self.position_agencies[second.entity_id]),
                           _evidence(text, first.start, second.end))

    def _hold(self, person_id: str, title: str, agency_ids: list[str], evidence: str) -> None:
        for agency_id in agency_ids:
            self.table.relate("HOLDS_POSITION", person_id, agency_id, evidence, title=title)
            known = self.position_agencies.setdefault(person_id, [])
            if agency_id not in known:
                known.append(agency_id)

    def _delegators(self) -> dict[int, AgencyMention]:
        """``<office> มอบหมายให้ <person>``: a person whose position names no agency works in the assigner's."""
        out = {}
        for match in re.finditer(r"มอบหมาย(?:ให้)?\s?", self.text):
            agencies = [m for m in self.a.agencies if m.end <= match.start() and m.name
                        and match.start() - m.end <= 12]
            persons = [p for p in self.a.persons if match.end() <= p.start <= match.end() + 2]
            if agencies and persons:
                out[persons[0].start] = agencies[-1]
        return out

    def units(self) -> None:
        """PART_OF for a unit written right before its parent, or ``X โดยY`` with Y a unit of X."""
        text, mentions = self.text, [m for m in self.a.agencies if m.name]
        for unit, parent in zip(mentions, mentions[1:]):
            gap = text[unit.end:parent.start]
            if gap.strip() == "" and len(gap) <= 1 and can_be_part_of(unit, parent, self.gaz):
                parent.context.add("qualifier")
                self._part_of(unit, parent)
            elif _REPRESENTED_BY.search(gap) and len(gap) <= 5 and can_be_part_of(parent, unit, self.gaz):
                self._part_of(parent, unit)
        # "ศูนย์พัฒนาเด็กเล็กX สังกัด อบต.Y": the unit is part of the agency it is under
        for unit in mentions:
            parent = self._affiliated_parent(unit)
            if parent is not None and not unit.place and not parent.place:
                self._part_of(unit, parent)

    def _part_of(self, unit: AgencyMention, parent: AgencyMention) -> None:
        unit_id, parent_id = self.agency_id(unit), self.agency_id(parent)
        if unit_id and parent_id:
            self.table.relate("PART_OF", unit_id, parent_id,
                              _evidence(self.text, min(unit.start, parent.start), max(unit.end, parent.end)))

    def located(self) -> None:
        """LOCATED_IN from the agency's own name, a stated address, a list placed in a province
        (โรงเรียนขนาดเล็กในจังหวัดลำปาง ... อาทิ A B C), or, for local governments and districts,
        the story's province."""
        text = self.text
        listed = self._listed_in_province()
        for mention in self.a.agencies:
            agency_id = mention.entity_id
            if agency_id is None or not mention.name:
                continue
            province = self._province_of(mention, listed)
            if province:
                self.table.relate("LOCATED_IN", agency_id, self.province_id(province),
                                  _evidence(text, mention.start, mention.end + 40 if mention.province is None else mention.end))

    def _province_of(self, mention: AgencyMention, listed: dict[int, str]) -> str | None:
        """The province an agency mention places it in: its name, the address after it (or after
        the parent it is under: X สังกัด อบต.Y อำเภอZ จังหวัดW), a placed list, or the story's
        province for a local place."""
        text, gaz = self.text, self.gaz
        province = mention.province or self._province_in_name(mention)
        if province is None:
            at = mention.end
            parent = self._affiliated_parent(mention)
            if parent is not None:
                at = parent.end
            address = _ADDRESS.match(text, at)
            if address:
                found = match_province(text, address.end(), gaz)
                province = found[0] if found else None
        if province is None and mention.family is not None and mention.family.slot == "place":
            province = self.a.story_province
        if province is None and mention.entry is None:
            province = listed.get(mention.start)
        return province

    def _affiliated_parent(self, mention: AgencyMention) -> AgencyMention | None:
        """The agency a unit is written under (ศูนย์X สังกัด อบต.Y): the next mention, after an
        affiliation marker and nothing else."""
        if self._next_agency is None:
            ordered = sorted(self.a.agencies, key=lambda m: m.start)
            self._next_agency = {id(m): n for m, n in zip(ordered, ordered[1:])}
        parent = self._next_agency.get(id(mention))
        if parent is None or not parent.name or parent.start < mention.end:
            return None
        gap = self.text[mention.end:parent.start]
        if len(gap) > 14 or not gap.strip() or not self.gaz.affiliation_rx.fullmatch(gap.strip() + " "):
            return None
        return parent

    def _listed_in_province(self) -> dict[int, str]:
        """Agencies listed after a phrase that places the whole list: ``...ในจังหวัดX ... อาทิ ...``."""
        out: dict[int, str] = {}
        for marker in _PLACED_LIST.finditer(self.text):
            para_start, para_end = self.a.paragraph_of(marker.start())
            found = match_province(self.text, marker.start("province"), self.gaz)
            if found is None:
                continue
            end = self.a.list_end(marker.end(), para_end)
            for mention in self.a.agencies:
                if marker.end() <= mention.start < end:
                    out[mention.start] = found[0]
        return out

    def _province_in_name(self, mention: AgencyMention) -> str | None:
        """A province the agency's open name starts or ends with (โรงเรียนอนุบาลสตูล)."""
        if mention.entry is not None or mention.family is None or mention.family.slot != "open":
            return None
        name = re.sub(r"\s?จำกัด(?:\s?\(มหาชน\))?$", "", mention.name)
        body = name[len(mention.family.head):]
        for match in self.gaz.province_rx.finditer(body):
            if match.start() == 0 or match.end() == len(body):
                province = self.gaz.province_by_form(match.group())
                if province and len(match.group()) >= 3:
                    return province.name
        return None

    def held_in(self) -> None:
        text = self.text
        placed: list[tuple[str, str]] = []
        for event in self.events:
            province = None
            if event.venue_span:
                s, e = event.venue_span
                found = [p for p in self.a.provinces if s <= p.start < e]
                if found:
                    province = found[0].name
                else:
                    province = self._agency_place(s, e)
            if province is None and event.type == "visit" and not event.venue_span:
                # ลงพื้นที่ตรวจเยี่ยมโรงเรียนX อำเภอY จังหวัดZ: the place visited is where it happened
                s, e = event.title_span
                province = self._agency_place(s, e, first_only=True)
                if province:
                    found = [m for m in self.a.agencies if s <= m.start < e and m.name]
                    event.venue_span = (found[0].start, min(e, found[0].end + 60))
            if province is None and event.venue:
                key = _toneless(event.venue)
                for venue, known in placed:
                    if key and (key in venue or venue in key):
                        province = known
                        break
            if province:
                self.table.relate("HELD_IN", event.entity_id, self.province_id(province),
                                  _evidence(text, *event.venue_span) if event.venue_span else "")
                placed.append((_toneless(text[event.venue_span[0]:event.venue_span[1]]), province))

    def _agency_place(self, start: int, end: int, *, first_only: bool = False) -> str | None:
        """The province of the (first) agency named in [start, end) that the release places:
        by its name, its address, or a LOCATED_IN found for it elsewhere in the text."""
        located = {r["head"]: r["tail"] for r in self.table.relations_of("LOCATED_IN")}
        for mention in self.a.agencies:
            if not (start <= mention.start < end and mention.name) or mention.place:
                continue
            province = self._province_of(mention, {})
            if province is None and mention.entity_id in located:
                province = self.table.get(located[mention.entity_id])["name"]
            if province or first_only:
                return province
        return None

    def programme_links(self) -> None:
        """PART_OF for events of a programme: named in the event's title or sentence, or the
        release's one programme."""
        text, a = self.text, self.a
        programmes = [p for p in a.programmes if p.entity_id and not a.in_headline(p.start)]
        ids = {p.entity_id for p in a.programmes if p.entity_id}
        for event in self.events:
            linked = False
            spans = [event.title_span] + [(s, a.paragraph_of(s)[1]) for s, _ in event.mentions[1:]]
            for programme in programmes:
                if any(s <= programme.start < e for s, e in spans):
                    self.table.relate("PART_OF", event.entity_id, programme.entity_id,
                                      _evidence(text, event.title_span[0], programme.end))
                    linked = True
            if not linked and len(ids) == 1:
                only = next(iter(ids))
                mentions = [p for p in a.programmes if p.entity_id == only]
                if len(mentions) >= 2 or any(a.in_headline(p.start) for p in mentions):
                    self.table.relate("PART_OF", event.entity_id, only,
                                      _evidence(text, mentions[0].start, mentions[0].end))

    def pilots(self) -> None:
        """PILOT_OF: ``<group>นำร่อง ... ประกอบด้วย <list>`` and ``X เป็นพื้นที่นำร่อง``."""
        text, gaz, a = self.text, self.gaz, self.a
        only = {p.entity_id for p in a.programmes if p.entity_id}
        main = self._main_programme() if len(only) == 1 else None
        for match in re.finditer(re.escape(gaz.pilot_cue), text):
            if a.in_headline(match.start()):
                continue
            para_start, para_end = a.paragraph_of(match.start())
            programme = self._programme_near(match.start(), para_start, para_end) or main
            if programme is None:
                continue
            group_start = self._group_start(match.start(), para_start)
            noun = text[group_start:match.start()]
            provinces = any(noun.endswith(n) or noun == n for n in gaz.words["province_group_nouns"])
            listed = a.group_list(match.end())
            if listed is not None:
                start, end = listed
                members = self.actors(start, end, pilot=True)
                members = [m for m in members if isinstance(m, AgencyMention)]
                evidence = _evidence(text, group_start, end)
                if provinces:
                    for name in self._provinces_listed(start, end):
                        self.table.relate("PILOT_OF", self.province_id(name), programme, evidence)
                else:
                    for m in members:
                        agency = self.agency_id(m)
                        if agency:
                            self.table.relate("PILOT_OF", agency, programme, evidence)
                continue
            subject = re.search(r"(?:ให้)?เป็น(?:หนึ่งใน)?(?:" + "|".join(map(re.escape, gaz.words["group_nouns"])) + r")?$",
                                text[max(para_start, match.start() - 20):match.start()])
            if subject is None:
                continue
            clause = a.last_boundary_before(match.start(), para_start)
            subjects = [m for m in self.actors(clause, match.start()) if isinstance(m, AgencyMention)]
            evidence = _evidence(text, subjects[0].start if subjects else match.start() - 20, match.end() + 30)
            for m in subjects:
                if provinces and m.family is not None and m.family.head == "จังหวัด" and m.province:
                    self.table.relate("PILOT_OF", self.province_id(m.province), programme, evidence)
                elif not provinces:
                    agency = self.agency_id(m)
                    if agency:
                        self.table.relate("PILOT_OF", agency, programme, evidence)

    def _provinces_listed(self, start: int, end: int) -> list[str]:
        """Provinces in a list, with or without จังหวัด (ได้แก่ ระยอง ศรีสะเกษ และสตูล)."""
        names = [p.name for p in self.a.provinces if start <= p.start < end]
        for match in self.gaz.province_rx.finditer(self.text, start, end):
            before = self.text[max(start, match.start() - 3):match.start()]
            after = self.text[match.end():match.end() + 1]
            if (match.start() == start or before.endswith((" ", "และ", ",", "\n"))) and not is_thai_letter(after):
                province = self.gaz.province_by_form(match.group())
                if province and province.name not in names:
                    names.append(province.name)
        return names

    def _group_start(self, cue: int, floor: int) -> int:
        start = cue
        while start > floor and self.text[start - 1] not in " \n":
            start -= 1
        noun = self.gaz.group_noun_rx.search(self.text, start, cue)
        return noun.start() if noun else start

    def _programme_near(self, pos: int, para_start: int, para_end: int) -> str | None:
        for programme in self.a.programmes:
            if programme.entity_id and programme.start - 40 <= pos <= programme.end + 40 \
                    and para_start <= programme.start < para_end:
                return programme.entity_id
        return None

    def _main_programme(self) -> str | None:
        counts: dict[str, int] = {}
        for programme in self.a.programmes:
            if programme.entity_id:
                counts[programme.entity_id] = counts.get(programme.entity_id, 0) + 1
        return max(counts, key=counts.get) if counts else None

    # ------------------------------------------------------------------ all
    def run(self) -> None:
        self.units()
        self.positions()
        self.roles()
        self.conventions()
        self.pilots()
        self.programme_links()
        self.located()
        self.held_in()


def _toneless(text: str) -> str:
    """A venue compared without spaces, tone marks and a leading สถานที่ (สวนป่า and the typo
    ส่วนป่า are one place)."""
    return re.sub(r"[\s\u0e48-\u0e4b\u0e4c]", "", re.sub(r"^\s*(?:สถานที่|บริเวณ)", "", text or ""))


def find_relations(analysis: Analysis, table: EntityTable, events: list[Event]) -> None:
    RelationFinder(analysis, table, events).run()
