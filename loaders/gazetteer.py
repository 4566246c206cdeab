"""The extractor's data: gazetteers, titles, positions and cues, loaded once.

Every list the extractor knows lives in ``loaders/data/*.yaml`` (provinces,
named agencies, agency families, titles, positions, cues, programmes).
:func:`load_gazetteer` reads them, checks every entry and compiles the
patterns once per process; a bad entry raises
:class:`~edugraph.errors.SchemaError` naming the file and the entry.

Users extend the data without touching the package: a YAML file holding any
of the same top-level keys (``agencies:``, ``families:``, ``titles:``,
``programmes:``, ``heads:``, ``event_exclusions:`` ...) is appended to the
built-in lists.  Pass them as ``load_gazetteer(extra_paths=[...])``, or once
for every later load with :func:`use_extra_files` (what the CLI does with the
files named in ``$EDUGRAPH_GAZETTEER``, read by :mod:`edugraph.settings`).

>>> gaz = load_gazetteer()
>>> gaz.agency_by_form("กสศ.").name
'สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา'
>>> gaz.province_by_form("กทม.").name, gaz.province_by_code("ขก").name
('กรุงเทพมหานคร', 'ขอนแก่น')
>>> gaz.family_by_abbreviation("อบต.").head
'องค์การบริหารส่วนตำบล'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from edugraph.errors import SchemaError
from edugraph.loaders.gazetteer_entries import (
    AGENCY_KINDS, EVENT_TYPES, ROLES, SLOTS, THAI_LETTER, WORD_SECTIONS, AgencyEntry, AgencyRule, EventType, Family,
    ProgrammeEntry, Province, RoleCue, read_data_file, with_mined)
from edugraph.loaders.gazetteer_patterns import CompiledPatterns
from edugraph.loaders.trie import trie_regex

# The records and vocabularies are read from here by the finders and tests.
__all__ = ["AGENCY_KINDS", "EVENT_TYPES", "ROLES", "SLOTS", "THAI_LETTER", "AgencyEntry", "AgencyRule",
           "EventType", "Family", "ProgrammeEntry", "Province", "RoleCue", "Gazetteer", "DATA_DIR",
           "BUILTIN_FILES", "load_gazetteer", "use_extra_files", "trie_regex"]

DATA_DIR = Path(__file__).parent / "data"
BUILTIN_FILES = ("provinces.yaml", "agencies.yaml", "agency_families.yaml", "titles.yaml",
                 "positions.yaml", "cues.yaml", "programmes.yaml", "agencies_mined.yaml", "programmes_mined.yaml")


# --------------------------------------------------------------------------- name variants

def _spacings(form: str) -> list[str]:
    """A name with spaces as the press writes it: with each space kept or dropped
    (กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม, ...อุดมศึกษาวิทยาศาสตร์ วิจัย...),
    and with a space before its และ (...วิจัย และนวัตกรรม)."""
    parts = form.split(" ")
    if len(parts) > 4:
        return [form]
    variants = [parts[0]]
    for part in parts[1:]:
        variants = [v + joint + part for v in variants for joint in (" ", "")]
    spaced = [v.replace("และ", " และ") for v in variants if "และ" in v and " และ" not in v and not v.startswith("และ")]
    return variants + spaced


def _office_of_short_forms(entry) -> list[str]:
    """An office named by its short form (สำนักงาน คปภ., สำนักงานบีโอไอ): สำนักงาน + each abbreviation or
    short alias of an entry whose own name opens with สำนักงาน (the press writes both)."""
    if not entry.name.startswith("สำนักงาน"):
        return []
    short = [form for form in (*entry.abbreviations, *entry.aliases)
             if len(form) <= 8 and not form.startswith("สำนัก")]
    return [f"สำนักงาน {form}" for form in short]


# --------------------------------------------------------------------------- the gazetteer

@dataclass
class Gazetteer(CompiledPatterns):
    """Every list the extractor uses, merged from the data files, with lookups and patterns (compiled once,
    by :class:`~edugraph.loaders.gazetteer_patterns.CompiledPatterns`)."""

    provinces: list[Province]
    agencies: list[AgencyEntry]
    families: list[Family]
    programmes: list[ProgrammeEntry]
    event_types: list[EventType]
    role_cues: list[RoleCue]
    fixed_holders: list[tuple[str, str]]
    agency_rules: list[AgencyRule]
    units: list[tuple[tuple[str, ...], tuple[str, ...]]]
    group_synonyms: list[tuple[str, str]]
    words: dict[str, tuple[str, ...]]
    list_ends: list[re.Pattern]
    title_breaks: list[re.Pattern]
    pilot_cue: str
    sources: tuple[str, ...] = ()
    office_abbreviations: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._check_unique()
        self._province_forms: dict[str, Province] = {}
        self._province_codes: dict[str, Province] = {}
        for province in self.provinces:
            self._province_codes[province.code] = province
            for form in (province.name, *province.aliases):
                self._province_forms[form] = province
        self._agency_forms: dict[str, list[AgencyEntry]] = {}
        self.dotless_abbreviations: set[str] = set()   # มวล (of มวล.): also a syllable of words (ทั้งมวล)
        for entry in self.agencies:
            for form in (entry.name, *entry.aliases, *entry.abbreviations, *_office_of_short_forms(entry)):
                for variant in _spacings(form):
                    self._agency_forms.setdefault(variant, []).append(entry)
                if form.endswith(".") and len(form) > 3:
                    self._agency_forms.setdefault(form[:-1], []).append(entry)
                    self.dotless_abbreviations.add(form[:-1])
        self._agency_by_name = {entry.name: entry for entry in self.agencies}
        self._family_heads: dict[str, Family] = {}
        self._family_abbr: dict[str, Family] = {}
        self._family_holders: dict[str, Family] = {}
        self._family_bare: dict[str, Family] = {}
        for family in self.families:
            for form in (family.head, *family.forms):
                self._family_heads.setdefault(form, family)
            for form in family.bare_forms:
                self._family_bare[form] = family
            for form in family.abbreviations:
                self._family_abbr.setdefault(form, family)
            for holder in family.holders:
                self._family_holders.setdefault(holder, family)
                if not holder.startswith("รอง"):
                    self._family_holders.setdefault("รอง" + holder, family)
        # every family head and form, longest first: the one that opens a name (mined_names.family_head_under)
        self.family_heads_longest_first = sorted({h for f in self.families for h in (f.head, *f.forms)},
                                                 key=len, reverse=True)
        self._fixed_holders = dict(self.fixed_holders)
        for holder, _ in self.fixed_holders:
            if not holder.startswith("รอง"):
                self._fixed_holders.setdefault("รอง" + holder, self._fixed_holders[holder])
        self._programme_forms: dict[str, ProgrammeEntry] = {}
        for programme in self.programmes:
            for form in (programme.name, *programme.aliases):
                self._programme_forms[form] = programme
        self.event_type_of_cue: dict[str, str] = {}
        self.event_verbs: set[str] = set()
        self.event_weak: set[str] = set()
        self.event_priority: dict[str, int] = {}
        for rank, event_type in enumerate(self.event_types):
            self.event_priority.setdefault(event_type.type, rank)
            for cue in event_type.cues:
                self.event_type_of_cue.setdefault(cue, event_type.type)
            self.event_verbs.update(event_type.verbs)
            self.event_weak.update(event_type.weak)
        self._compile()

    def _check_unique(self) -> None:
        def dupes(values, what):
            seen = set()
            for value in values:
                if value in seen:
                    raise SchemaError(f"{', '.join(self.sources)}: duplicate {what} {value!r}")
                seen.add(value)
        dupes([p.name for p in self.provinces], "province")
        dupes([p.code for p in self.provinces], "province code")
        dupes([a.name for a in self.agencies], "agency name")
        dupes([f.head for f in self.families], "family head")
        dupes([p.name for p in self.programmes], "programme name")
        dupes([r.name for r in self.role_cues], "role cue name")

    # ------------------------------------------------------------------ lookups
    def province_by_form(self, form: str) -> Province | None:
        return self._province_forms.get(form)

    def province_by_code(self, code: str) -> Province | None:
        return self._province_codes.get(code.rstrip("."))

    def agency_by_form(self, form: str) -> AgencyEntry | None:
        entries = self._agency_forms.get(form) or self._agency_forms.get(form.rstrip("."))
        if not entries:
            return None
        return next((e for e in entries if e.default), entries[0])

    def agency_by_name(self, name: str) -> AgencyEntry | None:
        return self._agency_by_name.get(name)

    def entries_after_head(self, head: str, start: str) -> list[tuple[str, AgencyEntry]]:
        """Named agencies whose name is ``head`` + a rest that begins with ``start``: (rest, entry)."""
        if not hasattr(self, "_by_head"):
            self._by_head: dict[tuple[str, str], list] = {}
            heads = sorted(self._family_heads, key=len, reverse=True)
            for entry in (e for e in self.agencies if not e.mined):     # official spellings only
                for name in (entry.name, *entry.aliases):
                    own = next((h for h in heads if name.startswith(h) and len(name) > len(h) + 5), None)
                    if own:
                        rest = name[len(own):]
                        self._by_head.setdefault((own, rest[:3]), []).append((rest, entry))
        return self._by_head.get((head, start), [])

    def names_after_head(self, head: str) -> list[tuple[str, AgencyEntry, bool]]:
        """Named agencies whose name or alias opens with ``head``: (the rest without spaces, entry, whether
        the form is the official name); built once per head for the short forms of ministries."""
        cache = self.__dict__.setdefault("_names_after_head", {})
        if head not in cache:
            cache[head] = [(form.replace(" ", "")[len(head):], entry, form == entry.name) for entry in self.agencies
                           for form in (entry.name, *entry.aliases) if form.startswith(head)]
        return cache[head]

    def spaced_entries_of_head(self, head: str) -> list[tuple[str, AgencyEntry]]:
        """Named agencies opened by ``head`` whose official name holds a space: (name without spaces, entry).

        A release that writes such a name with a word dropped or misspelt before or
        after a space (กระทรวงอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม) still names it."""
        if not hasattr(self, "_spaced_by_head"):
            self._spaced_by_head: dict[str, list] = {}
            heads = sorted(self._family_heads, key=len, reverse=True)
            for entry in self.agencies:
                for name in (entry.name, *entry.aliases):
                    own = next((h for h in heads if name.startswith(h)), None)
                    if own and " " in name:
                        self._spaced_by_head.setdefault(own, []).append((name.replace(" ", ""), entry))
        return self._spaced_by_head.get(head, [])

    def family_head_form(self, form: str) -> Family | None:
        return self._family_heads.get(form)

    def family_by_abbreviation(self, form: str) -> Family | None:
        return self._family_abbr.get(form)

    def family_by_bare_form(self, form: str) -> Family | None:
        return self._family_bare.get(form)

    def family_by_holder(self, form: str) -> Family | None:
        return self._family_holders.get(form)

    def fixed_holder(self, form: str) -> str | None:
        return self._fixed_holders.get(form)

    def programme_by_form(self, form: str) -> ProgrammeEntry | None:
        return self._programme_forms.get(form)


def _merge(paths: list[Path]) -> Gazetteer:
    merged: dict[str, list] = {}
    for path in paths:
        for key, items in read_data_file(path).items():
            merged.setdefault(key, []).extend(items)
    missing = [key for key in ("provinces", "families", "titles", "event_types", "role_cues")
               if not merged.get(key)]
    if missing:
        raise SchemaError(f"{', '.join(map(str, paths))}: no {', '.join(missing)} in the data files")
    words = {key: tuple(dict.fromkeys(merged.get(key, []))) for key in WORD_SECTIONS}
    pilot = merged.get("pilot_cue") or ["นำร่อง"]
    return Gazetteer(
        provinces=merged["provinces"],
        agencies=with_mined(merged.get("agencies", []), merged.get("mined_agencies", []), merged["families"], merged["provinces"]),
        families=merged["families"], programmes=merged.get("programmes", []),
        event_types=merged["event_types"], role_cues=merged["role_cues"],
        fixed_holders=merged.get("fixed_holders", []), agency_rules=merged.get("agency_rules", []),
        units=merged.get("units", []), group_synonyms=merged.get("group_synonyms", []),
        words=words, list_ends=merged.get("list_ends", []), title_breaks=merged.get("title_breaks", []),
        pilot_cue=pilot[-1],
        office_abbreviations=merged.get("office_abbreviations", []),
        sources=tuple(str(p) for p in paths),
    )


#: Extra data files every load merges after the built-in ones (see use_extra_files).
_extra_files: tuple[Path, ...] = ()


def use_extra_files(paths) -> None:
    """Merge these data files into every later :func:`load_gazetteer` (the user's own lists)."""
    global _extra_files
    _extra_files = tuple(Path(p).expanduser().resolve() for p in paths)


@functools.cache
def _load(paths: tuple[Path, ...]) -> Gazetteer:
    for path in paths:
        if not path.is_file():
            raise SchemaError(f"{path}: gazetteer file not found")
    return _merge(list(paths))


def load_gazetteer(extra_paths=None) -> Gazetteer:
    """The merged data: built-in files, then those of :func:`use_extra_files`, then ``extra_paths``.

    Loaded and compiled once per distinct list of files.
    """
    paths = _builtin_paths() + _extra_files
    if extra_paths:
        paths += tuple(Path(p).resolve() for p in extra_paths)
    return _load(paths)


@functools.cache
def _builtin_paths() -> tuple[Path, ...]:
    # built once: every extraction asks for the gazetteer, and joining the paths cost more than the lookup
    return tuple(DATA_DIR / name for name in BUILTIN_FILES)
