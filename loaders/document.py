"""One release under analysis: its text, its mentions, and the entities they name.

:class:`Analysis` holds what the finders found in one text (mentions with
their spans, paragraphs, clause boundaries, dates); :class:`EntityTable`
turns mentions into the contract's entities (one per canonical name) and
collects relations, refusing any that the schema does not allow.

>>> table = EntityTable()
>>> a = table.agency("สำนักงานศึกษาธิการจังหวัดสตูล", "provincial_office", form="ศธจ.สตูล")
>>> v = table.province("สตูล")
>>> table.relate("LOCATED_IN", a, v, "สำนักงานศึกษาธิการจังหวัดสตูล")
True
>>> table.relate("CHAIRED", a, v, "nonsense")
False
>>> [e["id"] for e in table.entities()]
['a1', 'v1']
"""
from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field

from edugraph.graph.keys import normalize_name
from edugraph.graph.schema import load_schema
from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention, PersonMention, ProgrammeMention, ProvinceMention

# After a group noun + นำร่อง (and at most a short phrase: ในจังหวัดพะเยา, พื้นที่นวัตกรรม...),
# the count and the marker that open the list of its members.
GROUP_LIST = re.compile(r"(?:(?:จำนวน)?\s?\d+\s?(?:แห่ง|โรงเรียน|หน่วยงาน|จังหวัด|อำเภอ|เขต|พื้นที่|องค์กร|ตำบล)\s?)?"
                        r"(?:ประกอบด้วย|ได้แก่|คือ|อาทิ|ดังนี้)\s?:?")
GROUP_GAP = 120
_NUMBERED = re.compile(r"\s*(?:\d{1,2}\s?[.)]|[-•●▪])\s?")
# a paragraph that ends by opening a list (…หน่วยงานต่าง ๆ เพื่อเตรียมความพร้อม:, …ที่เข้าร่วม ได้แก่): its items are the lines below
_OPENS_ITEMS = re.compile(r"(?:ได้แก่|ดังนี้|ประกอบด้วย|อาทิ|:)\s*$")
_OPENER_TAIL = 16           # characters at a paragraph's end where the word opening its item lines is looked for


def _item_kind(marker: str) -> str:
    """What marks a list's item lines: numbers, or one bullet character.

    >>> _item_kind("2. "), _item_kind("- "), _item_kind("• ")
    ('number', '-', '•')
    """
    marker = marker.strip()
    return "number" if re.search(r"\d", marker) else marker[:1]


_PREFIX = {"Person": "p", "Agency": "a", "Province": "v", "Event": "e", "Programme": "g"}


@dataclass
class Group:
    """A group a text lists once and names again later (องค์กรปกครองส่วนท้องถิ่นนำร่อง 25 แห่ง)."""

    key: str
    members: list          # AgencyMentions
    start: int
    end: int


@dataclass
class GroupMention:
    """A later naming of a group (บุคลากรของ อปท.นำร่อง): it stands for the group's members."""

    start: int
    end: int
    group: Group


_END_SENSITIVE = re.compile(r"\(\?[=!]|\$|\\[bBZ]")


class TextScan:
    """``pattern.finditer(text, start, end)`` for many spans of one text, from one scan of the whole text.

    A match of the whole scan lying inside [start, end) is the one the span's own scan finds, when no
    match of the whole scan straddles ``start``: both scans then try the same positions from there.  A
    match that would cross ``end`` may match shorter within the span, and one straddling ``start`` may
    hide a match inside it: there the span is scanned on its own, so the answers are always the same.

    >>> scan = TextScan(re.compile("ประชุม(?:สัมมนา)?|สัมมนา"), "ประชุมสัมมนา และประชุม")
    >>> [m.group() for m in scan.finditer(0, 23)]
    ['ประชุมสัมมนา', 'ประชุม']
    >>> [m.group() for m in scan.finditer(0, 8)]
    ['ประชุม']
    >>> [m.group() for m in scan.finditer(6, 23)]
    ['สัมมนา', 'ประชุม']
    >>> [m.group() for m in TextScan(re.compile(r"ประชุม(?!สัมมนา)"), "ประชุมสัมมนา").finditer(0, 8)]
    ['ประชุม']
    """

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern, self.text = pattern, text
        # a lookahead, an anchor or a word boundary may answer differently at a span's end: scanned alone
        self._whole = not _END_SENSITIVE.search(pattern.pattern)
        self.matches = list(pattern.finditer(text)) if self._whole else []
        self._starts = [m.start() for m in self.matches]
        self._ends = [m.end() for m in self.matches]

    def finditer(self, start: int, end: int):
        index = bisect.bisect_left(self._starts, start)
        if not self._whole or (index and self._ends[index - 1] > start):
            yield from self.pattern.finditer(self.text, start, end)
            return
        while index < len(self.matches) and self._starts[index] < end:
            if self._ends[index] > end or self._ends[index] == self._starts[index]:
                yield from self.pattern.finditer(self.text, self._starts[index], end)
                return
            yield self.matches[index]
            index += 1


@dataclass
class Analysis:
    text: str
    gaz: Gazetteer
    body_start: int                      # the headline, if any, ends before this
    paragraphs: list[tuple[int, int]]
    persons: list[PersonMention] = field(default_factory=list)
    agencies: list[AgencyMention] = field(default_factory=list)
    programmes: list[ProgrammeMention] = field(default_factory=list)
    provinces: list[ProvinceMention] = field(default_factory=list)
    dates: list = field(default_factory=list)
    dateline: object | None = None
    boundaries: list[tuple[int, int]] = field(default_factory=list)
    story_province: str | None = None
    local_abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)
    group_mentions: list[GroupMention] = field(default_factory=list)
    backrefs: list[AgencyMention] = field(default_factory=list)     # กองทุนฯ: the agency named before
    dropped: list = field(default_factory=list)                      # sanity.Dropped: names without a name's shape
    published: str | None = None                                     # the release's own date (dateline or source)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.paragraphs]
        self._exclusions: list[tuple[int, int]] | None = None
        self._scans: dict[int, TextScan] = {}

    def scan(self, pattern: re.Pattern) -> "TextScan":
        """The matches of ``pattern`` over the whole text, found once (a cue pattern is asked about
        many spans of one release)."""
        if id(pattern) not in self._scans:
            self._scans[id(pattern)] = TextScan(pattern, self.text)
        return self._scans[id(pattern)]

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_index(pos)]

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def in_headline(self, pos: int) -> bool:
        return pos < self.body_start

    def list_end(self, pos: int, para_end: int) -> int:
        """Where a list that starts at ``pos`` ends: at a list end (รวมทั้งสิ้น 15 หน่วยงาน,
        เพื่อ ...) outside any name, else at the paragraph's end — or, when the list is
        written as numbered lines (1. ... 2. ...), at the end of the last numbered line."""
        text = self.text
        names = [(m.start, m.end) for m in self.agencies] + [(p.start, p.end) for p in self.programmes]
        index = self.paragraph_index(pos)
        own_end = self.paragraphs[index][1]
        opens_items = bool(_OPENS_ITEMS.search(text, max(pos, own_end - _OPENER_TAIL), own_end)) and index + 1 < len(
            self.paragraphs) and _NUMBERED.match(text, *self.paragraphs[index + 1]) is not None
        for stop in self.gaz.list_end_rx.finditer(text, pos, para_end):
            # (a stop before the item lines, with no one named since the list began, ends only the words that
            # introduce the items: …ลงนามความร่วมมือกับหน่วยงานต่าง ๆ เพื่อเตรียมความพร้อม: / - A / - B, heldout-9 w01)
            if not any(s < stop.start() < e for s, e in names) and not (
                    opens_items and not any(pos <= m.start < stop.start() for m in self.agencies + self.persons)):
                return stop.start()
        end, kind = para_end, None
        while index + 1 < len(self.paragraphs):
            nxt_start, nxt_end = self.paragraphs[index + 1]
            item = _NUMBERED.match(text, nxt_start, nxt_end)
            # (the items are of one kind: "- A" lines under "• ...:" end at the next "•", an item of the list above)
            if not item or kind is not None and _item_kind(item.group()) != kind:
                break
            end, kind = nxt_end, _item_kind(item.group())
            index += 1
        return end

    def not_an_event(self, pos: int) -> bool:
        """Whether an event cue at ``pos`` lies inside a word that names no event (ห้องประชุม, พิธีกร), unless the word
        opens the name of a sitting (ที่ประชุมคณะรัฐมนตรี: the cabinet's meeting, not the body that met)."""
        if self._exclusions is None:
            overrides = self.gaz.event_exclusion_override_rx
            self._exclusions = [(m.start(), m.end()) for m in self.gaz.event_exclusion_rx.finditer(self.text)
                                if not overrides.match(self.text, m.start())]
        index = bisect.bisect_right(self._exclusions, (pos, len(self.text))) - 1
        return index >= 0 and self._exclusions[index][0] <= pos < self._exclusions[index][1]

    def event_cue_in(self, start: int, end: int):
        """The first event cue in [start, end) that names an event (not ห้องประชุม, พิธีกร ...)."""
        for match in self.scan(self.gaz.event_cue_rx).finditer(start, end):
            if not self.not_an_event(match.start()):
                return match
        return None

    def group_list(self, cue_end: int):
        """(start, end) of the members listed after a pilot group's cue, or None."""
        _, para_end = self.paragraph_of(cue_end)
        listed = GROUP_LIST.search(self.text, cue_end, min(para_end, cue_end + GROUP_GAP))
        if listed is None or self.event_cue_in(cue_end, listed.start()):
            return None
        return listed.end(), self.list_end(listed.end(), para_end)

    def last_boundary_before(self, pos: int, floor: int) -> int:
        """The end of the last clause boundary in [floor, pos)."""
        best = floor
        for start, end in self.boundaries:
            if start >= pos:
                break
            if end <= pos and end > best and start >= floor:
                best = end
        return best


class EntityTable:
    """The entities of one record, keyed by type and canonical name, and their relations."""

    def __init__(self) -> None:
        self._entities: dict[tuple[str, str], dict] = {}
        self._order: list[dict] = []
        self._by_id: dict[str, dict] = {}
        self._counts: dict[str, int] = {}
        self._relations: dict[tuple[str, str, str], dict] = {}
        self._schema = load_schema()

    # ------------------------------------------------------------------ entities
    def _add(self, kind: str, key: str, record: dict) -> str:
        found = self._entities.get((kind, key))
        if found is not None:
            return found["id"]
        self._counts[kind] = self._counts.get(kind, 0) + 1
        record = {"id": f"{_PREFIX[kind]}{self._counts[kind]}", "type": kind, **record}
        self._entities[(kind, key)] = record
        self._order.append(record)
        self._by_id[record["id"]] = record
        return record["id"]

    def get(self, entity_id: str) -> dict | None:
        return self._by_id.get(entity_id)

    def _alias(self, record: dict, form: str | None) -> None:
        if not form:
            return
        form = form.strip()
        if normalize_name(form) == normalize_name(record.get("name")):
            return
        aliases = record.setdefault("aliases", [])
        if all(normalize_name(form) != normalize_name(a) for a in aliases):
            aliases.append(form)

    def agency(self, name: str, kind: str, *, form: str | None = None, aliases=()) -> str:
        entity_id = self._add("Agency", normalize_name(name), {"name": name, "aliases": [], "kind": kind})
        record = self._entities[("Agency", normalize_name(name))]
        self._alias(record, form)
        for alias in aliases:
            self._alias(record, alias)
        return entity_id

    def find_agency(self, name: str) -> str | None:
        record = self._entities.get(("Agency", normalize_name(name)))
        return record["id"] if record else None

    def person(self, name: str, title: str, position: str | None) -> str:
        key = normalize_name(name)
        entity_id = self._add("Person", key, {"name": name, "title": title or None, "position": position})
        record = self._entities[("Person", key)]
        if position and not record.get("position"):
            record["position"] = position
        if title and not record.get("title"):
            record["title"] = title
        return entity_id

    def province(self, name: str) -> str:
        return self._add("Province", normalize_name(name), {"name": name})

    def programme(self, name: str, *, form: str | None = None, phase: str | None = None) -> str:
        key = normalize_name(name)
        similar = self._similar_programme(key)
        if similar is not None:
            key = similar
        entity_id = self._add("Programme", key, {"name": name, "aliases": []})
        record = self._entities[("Programme", key)]
        self._alias(record, form)
        self._alias(record, name)
        if phase and not record.get("phase"):
            record["phase"] = phase
        return entity_id

    def _similar_programme(self, key: str) -> str | None:
        """A programme already named with a slightly different wording (a word added or dropped)."""
        for kind, other in self._entities:
            if kind != "Programme" or other == key:
                continue
            if abs(len(other) - len(key)) <= 6 and difflib.SequenceMatcher(None, other, key).ratio() >= 0.93:
                return other
        return None

    def event(self, local: str, record: dict) -> str:
        return self._add("Event", local, record)

    def entities(self) -> list[dict]:
        out = []
        for record in self._order:
            clean = {k: v for k, v in record.items() if v not in (None, []) or k in ("date",)}
            if record["type"] != "Event":
                clean.pop("date", None)
            out.append(clean)
        return out

    def type_of(self, entity_id: str) -> str | None:
        record = self.get(entity_id)
        return record["type"] if record else None

    # ------------------------------------------------------------------ relations
    def relate(self, relation: str, head: str, tail: str, evidence: str, *, title: str | None = None) -> bool:
        """Add a relation if the schema allows it between the two ends; False when refused."""
        head_type, tail_type = self.type_of(head), self.type_of(tail)
        if head_type is None or tail_type is None or head == tail:
            return False
        if not self._schema.allows(relation, head_type, tail_type):
            return False
        key = (relation, head, tail)
        evidence = " ".join((evidence or "").split())
        if key in self._relations:
            known = self._relations[key]
            if evidence and (not known["evidence"] or len(evidence) < len(known["evidence"])):
                known["evidence"] = evidence
            return True
        record = {"type": relation, "head": head, "tail": tail, "evidence": evidence}
        if relation == "HOLDS_POSITION":
            record["title"] = title or ""
        self._relations[key] = record
        return True

    def has(self, relation: str, head: str, tail: str) -> bool:
        return (relation, head, tail) in self._relations

    def drop(self, relation: str, head: str, tail: str) -> None:
        self._relations.pop((relation, head, tail), None)

    def relations(self) -> list[dict]:
        return list(self._relations.values())

    def relations_of(self, relation: str) -> list[dict]:
        return [r for r in self._relations.values() if r["type"] == relation]

