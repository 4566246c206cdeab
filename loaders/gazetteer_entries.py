"""The gazetteer's entries and how each data file is read and checked.

Records (:class:`Province`, :class:`AgencyEntry`, :class:`Family`, ...), the
closed vocabularies they are checked against, and :func:`read_data_file`, which
validates one ``loaders/data/*.yaml`` file section by section: a bad entry raises
:class:`~edugraph.errors.SchemaError` naming the file and the entry.  Merging the
files and compiling their patterns is :mod:`edugraph.loaders.gazetteer`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from edugraph.datafile import Checker as _Checker, read_yaml
from edugraph.loaders.leads import leads_of, scan
from edugraph.loaders.trie import trie_regex

AGENCY_KINDS = ("ministry_office", "provincial_office", "provincial_administration", "district",
                "local_government", "school", "university", "foundation", "company", "fund",
                "committee", "network", "other")
EVENT_TYPES = ("signing", "workshop", "meeting", "training", "forum", "visit", "ceremony", "other")
ROLES = ("SIGNED", "WITNESSED", "CHAIRED", "ORGANIZED", "SUPPORTED", "SPOKE_AT", "PARTICIPATED")
SLOTS = ("province", "place", "number", "open", "country", "none")

THAI_LETTER = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Province:
    name: str
    code: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgencyEntry:
    name: str
    kind: str
    abbreviations: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    default: bool = False
    mined: bool = False     # from agencies_mined.yaml: a name the corpus repeats, which may open a longer one
    international: bool = False     # no country's body: a country after it is the sentence's (การค้าโลก|ของอุซเบกิสถาน)


@dataclass(frozen=True)
class Family:
    head: str
    kind: str
    slot: str
    forms: tuple[str, ...] = ()
    bare_forms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()
    area: bool = False
    when_bare: str = "none"
    place: bool = False
    body: re.Pattern | None = None
    not_after: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    proper: bool = False
    held_only: bool = False     # a body only where its holder's office names it (เจ้าอาวาสวัดX), never written alone


@dataclass(frozen=True)
class EventType:
    type: str
    cues: tuple[str, ...]
    verbs: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleCue:
    name: str
    roles: tuple[str, ...]
    pattern: re.Pattern
    actors: str = "before"
    lists: bool = False
    marker: re.Pattern | None = None
    target: str = "event"
    needs_event: bool = False
    needs_programme: bool = False
    event_types: tuple[str, ...] = ()
    object: bool = False
    share: bool = False
    aside: bool = False
    anchors: tuple[str, ...] = ()
    anchor_rx: re.Pattern | None = None
    party_roles: tuple[str, ...] = ()
    party_markers: re.Pattern | None = None
    lead_rx: re.Pattern | None = None       # where the pattern's matches can start (leads.py), read at load

    def finditer(self, text: str, pos: int = 0):
        """The cue's matches in ``text[pos:]``, trying the pattern only around its anchors."""
        if self.anchor_rx is None:
            yield from scan(self.pattern, self.lead_rx, text, pos)
            return
        last = -1
        for anchor in self.anchor_rx.finditer(text, pos):
            window = max(pos, anchor.start() - 40, last)
            for match in scan(self.pattern, self.lead_rx, text, window, anchor.end() + 40):
                if match.start() <= anchor.start() and match.end() >= anchor.end() and match.start() >= last:
                    last = match.end()
                    yield match
                    break


@dataclass(frozen=True)
class ProgrammeEntry:
    name: str
    aliases: tuple[str, ...] = ()
    provincial: bool = False
    bodies: tuple[str, ...] = ()        # the bodies that run it, their names not carrying it (programme_bodies.py)


@dataclass(frozen=True)
class AgencyRule:
    heads: tuple[str, ...]
    agency_head: str
    becomes: str


# --------------------------------------------------------------------------- validation

def _provinces(c: _Checker, items) -> list[Province]:
    out = []
    for i, item in enumerate(_list(c, items, "provinces")):
        where = f"provinces[{i}]"
        item = c.mapping(item, where, {"name", "code", "en", "aliases"}, {"name", "code"})
        name = c.text(item["name"], where + ".name")
        out.append(Province(name, c.text(item["code"], f"{where} ({name}).code"),
                            c.texts(item.get("aliases"), f"{where} ({name}).aliases")))
    return out


def _agencies(c: _Checker, items) -> list[AgencyEntry]:
    out = []
    for i, item in enumerate(_list(c, items, "agencies")):
        where = f"agencies[{i}]"
        item = c.mapping(item, where, {"name", "kind", "abbreviations", "aliases", "default",
                                               "international"},
                         {"name", "kind"})
        name = c.text(item["name"], where + ".name")
        where = f"{where} ({name})"
        out.append(AgencyEntry(
            name=name,
            kind=c.choice(item["kind"], where + ".kind", AGENCY_KINDS),
            abbreviations=c.texts(item.get("abbreviations"), where + ".abbreviations"),
            aliases=c.texts(item.get("aliases"), where + ".aliases"),
            default=c.flag(item.get("default"), where + ".default"),
            international=c.flag(item.get("international"), where + ".international"),
        ))
    return out


_FAMILY_FIELDS = {"head", "kind", "slot", "forms", "bare_forms", "abbreviations", "holders", "area",
                  "when_bare", "place", "body", "not_after", "generic", "proper", "held_only"}


def _families(c: _Checker, items) -> list[Family]:
    out = []
    for i, item in enumerate(_list(c, items, "families")):
        where = f"families[{i}]"
        item = c.mapping(item, where, _FAMILY_FIELDS, {"head", "kind", "slot"})
        head = c.text(item["head"], where + ".head")
        where = f"{where} ({head})"
        slot = c.choice(item["slot"], where + ".slot", SLOTS)
        when_bare = c.choice(item.get("when_bare", "none"), where + ".when_bare", ("story", "none"))
        if when_bare == "story" and slot != "province":
            raise c.fail(where, "when_bare: story needs slot: province")
        out.append(Family(
            head=head,
            kind=c.choice(item["kind"], where + ".kind", AGENCY_KINDS),
            slot=slot,
            forms=c.texts(item.get("forms"), where + ".forms"),
            bare_forms=c.texts(item.get("bare_forms"), where + ".bare_forms"),
            abbreviations=c.texts(item.get("abbreviations"), where + ".abbreviations"),
            holders=c.texts(item.get("holders"), where + ".holders"),
            area=c.flag(item.get("area"), where + ".area"),
            when_bare=when_bare,
            place=c.flag(item.get("place"), where + ".place"),
            body=c.regex(item["body"], where + ".body") if item.get("body") else None,
            not_after=c.texts(item.get("not_after"), where + ".not_after"),
            generic=c.texts(item.get("generic"), where + ".generic"),
            proper=c.flag(item.get("proper"), where + ".proper"),
            held_only=c.flag(item.get("held_only"), where + ".held_only"),
        ))
    return out


def _event_types(c: _Checker, items) -> list[EventType]:
    out = []
    for i, item in enumerate(_list(c, items, "event_types")):
        where = f"event_types[{i}]"
        item = c.mapping(item, where, {"type", "cues", "verbs", "weak"}, {"type", "cues"})
        kind = c.choice(item["type"], where + ".type", EVENT_TYPES)
        where = f"{where} ({kind})"
        cues = c.texts(item["cues"], where + ".cues")
        verbs = c.texts(item.get("verbs"), where + ".verbs")
        weak = c.texts(item.get("weak"), where + ".weak")
        for word in verbs + weak:
            if word not in cues:
                raise c.fail(where, f"{word!r} is listed as a verb or weak cue but not among the cues")
        out.append(EventType(kind, cues, verbs, weak))
    return out


_ROLE_FIELDS = {"name", "roles", "pattern", "actors", "lists", "marker", "target", "needs_event",
                "needs_programme", "event_types", "object", "share", "aside", "anchors", "party_roles",
                "party_markers"}


def _role_cues(c: _Checker, items) -> list[RoleCue]:
    out = []
    for i, item in enumerate(_list(c, items, "role_cues")):
        where = f"role_cues[{i}]"
        item = c.mapping(item, where, _ROLE_FIELDS, {"name", "roles", "pattern"})
        name = c.text(item["name"], where + ".name")
        where = f"{where} ({name})"
        roles = c.texts(item["roles"], where + ".roles")
        for role in roles:
            c.choice(role, where + ".roles", ROLES)
        event_types = c.texts(item.get("event_types"), where + ".event_types")
        for kind in event_types:
            c.choice(kind, where + ".event_types", EVENT_TYPES)
        anchors = c.texts(item.get("anchors"), where + ".anchors")
        party_roles = c.texts(item.get("party_roles"), where + ".party_roles")
        for role in party_roles:
            c.choice(role, where + ".party_roles", ROLES)
        pattern = c.regex(item["pattern"], where + ".pattern")
        out.append(RoleCue(
            name=name, roles=roles, pattern=pattern,
            actors=c.choice(item.get("actors", "before"), where + ".actors", ("before", "after")),
            lists=c.flag(item.get("lists"), where + ".lists"),
            marker=c.regex(item["marker"], where + ".marker") if item.get("marker") else None,
            target=c.choice(item.get("target", "event"), where + ".target", ("event", "programme")),
            needs_event=c.flag(item.get("needs_event"), where + ".needs_event"),
            needs_programme=c.flag(item.get("needs_programme"), where + ".needs_programme"),
            event_types=event_types,
            object=c.flag(item.get("object"), where + ".object"),
            share=c.flag(item.get("share"), where + ".share"),
            aside=c.flag(item.get("aside"), where + ".aside"),
            anchors=anchors, party_roles=party_roles,
            party_markers=c.regex(item["party_markers"], where + ".party_markers") if item.get("party_markers") else None,
            anchor_rx=re.compile(trie_regex(anchors)) if anchors else None, lead_rx=leads_of(pattern),
        ))
    return out


def _programmes(c: _Checker, items) -> list[ProgrammeEntry]:
    out = []
    for i, item in enumerate(_list(c, items, "programmes")):
        where = f"programmes[{i}]"
        item = c.mapping(item, where, {"name", "aliases", "provincial", "bodies"}, {"name"})
        name = c.text(item["name"], where + ".name")
        where = f"{where} ({name})"
        out.append(ProgrammeEntry(name, c.texts(item.get("aliases"), where + ".aliases"),
                                  c.flag(item.get("provincial"), where + ".provincial"),
                                  c.texts(item.get("bodies"), where + ".bodies")))
    return out


def _text_pairs(c: _Checker, items, section: str, first: str, second: str) -> list[tuple[str, str]]:
    """Entries of ``section`` that are two required texts, ``first`` and ``second``."""
    out = []
    for i, item in enumerate(_list(c, items, section)):
        where = f"{section}[{i}]"
        item = c.mapping(item, where, {first, second}, {first, second})
        out.append((c.text(item[first], f"{where}.{first}"), c.text(item[second], f"{where}.{second}")))
    return out


def _fixed_holders(c: _Checker, items) -> list[tuple[str, str]]:
    return _text_pairs(c, items, "fixed_holders", "holder", "agency")


def _agency_rules(c: _Checker, items) -> list[AgencyRule]:
    out = []
    for i, item in enumerate(_list(c, items, "agency_rules")):
        where = f"agency_rules[{i}]"
        item = c.mapping(item, where, {"heads", "agency_head", "becomes"}, {"heads", "agency_head", "becomes"})
        becomes = c.text(item["becomes"], where + ".becomes")
        if "{name}" not in becomes:
            raise c.fail(where, "'becomes' must contain {name}")
        out.append(AgencyRule(c.texts(item["heads"], where + ".heads"),
                              c.text(item["agency_head"], where + ".agency_head"), becomes))
    return out


def _units(c: _Checker, items) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    out = []
    for i, item in enumerate(_list(c, items, "units")):
        where = f"units[{i}]"
        item = c.mapping(item, where, {"heads", "parents"}, {"heads", "parents"})
        parents = c.texts(item["parents"], where + ".parents")
        for kind in parents:
            c.choice(kind, where + ".parents", AGENCY_KINDS)
        out.append((c.texts(item["heads"], where + ".heads"), parents))
    return out


def _group_synonyms(c: _Checker, items) -> list[tuple[str, str]]:
    return _text_pairs(c, items, "group_synonyms", "form", "noun")


def _office_abbreviations(c: _Checker, items) -> list[tuple[str, str]]:
    return _text_pairs(c, items, "office_abbreviations", "form", "office")


def _list(c: _Checker, items, key: str) -> list:
    if not isinstance(items, list):
        raise c.fail(key, f"must be a list, got {type(items).__name__}")
    return items


def _patterns(c: _Checker, items, key: str) -> tuple[re.Pattern, ...]:
    return tuple(c.regex(item, f"{key}[{i}]") for i, item in enumerate(_list(c, items, key)))


# Each top-level key: how its entries are read, and whether they are patterns or words.
_SECTIONS = {
    "provinces": _provinces,
    "agencies": _agencies,
    "mined_agencies": _agencies,
    "families": _families,
    "event_types": _event_types,
    "role_cues": _role_cues,
    "programmes": _programmes,
    "fixed_holders": _fixed_holders,
    "agency_rules": _agency_rules,
    "units": _units,
    "group_synonyms": _group_synonyms,
    "office_abbreviations": _office_abbreviations,
    "list_ends": lambda c, items: list(_patterns(c, items, "list_ends")),
    "title_breaks": lambda c, items: list(_patterns(c, items, "title_breaks")),
}
# the word-list sections, named in data (data/word_sections.txt) so that each new list is one line there
WORD_SECTIONS = frozenset(line.strip() for line in (Path(__file__).parent / "data" / "word_sections.txt")
                          .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
_SCALAR_SECTIONS = {"pilot_cue"}


def with_mined(agencies: list[AgencyEntry], mined: list[AgencyEntry], families=(), provinces=()) -> list[AgencyEntry]:
    """The hand-written agencies, then the mined ones (``agencies_mined.yaml``, tools/mine_agencies.py) where they
    conflict with nothing: the hand-written entry wins.  A mined name the hand-written list already holds lends
    it only the abbreviations no entry uses; a mined form that another entry, a family's abbreviation or a
    province already uses is left out.

    >>> hand = [AgencyEntry("กรมศุลกากร", "ministry_office", ("กศก.",))]
    >>> mined = [AgencyEntry("กรมศุลกากร", "ministry_office", ("ศก.",)), AgencyEntry("กรมอื่น", "other", ("กศก.",))]
    >>> [(e.name, e.abbreviations) for e in with_mined(hand, mined)]
    [('กรมศุลกากร', ('กศก.', 'ศก.')), ('กรมอื่น', ())]
    """
    taken = {form.rstrip(".") for e in agencies for form in (e.name, *e.aliases, *e.abbreviations)}
    taken |= {form.rstrip(".") for f in families for form in f.abbreviations}
    taken |= {form for p in provinces for form in (p.name, *p.aliases)}
    out, at = list(agencies), {e.name: i for i, e in enumerate(agencies)}
    for entry in mined:
        fresh = tuple(a for a in entry.abbreviations if a.rstrip(".") not in taken)
        if entry.name in at:
            out[at[entry.name]] = replace(out[at[entry.name]], abbreviations=out[at[entry.name]].abbreviations + fresh)
        elif entry.name not in taken and not any(a.rstrip(".") in taken for a in entry.aliases):
            out.append(replace(entry, abbreviations=fresh, mined=True))
            taken.add(entry.name)
        taken.update(a.rstrip(".") for a in fresh)
    return out


def read_data_file(path: Path) -> dict[str, list]:
    """One data file, validated: its sections as lists of checked records."""
    c = _Checker(path)
    data = read_yaml(path, "the data file")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise c.fail("top level", "must be a mapping of sections")
    sections: dict[str, list] = {}
    for key, items in data.items():
        if key in _SECTIONS:
            sections[key] = _SECTIONS[key](c, items)
        elif key in WORD_SECTIONS:
            sections[key] = list(c.texts(items, key))
        elif key in _SCALAR_SECTIONS:
            sections[key] = [c.text(items, key)]
        else:
            known = sorted(set(_SECTIONS) | WORD_SECTIONS | _SCALAR_SECTIONS)
            raise c.fail(key, f"unknown section; known sections: {', '.join(known)}")
    return sections
