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


def _compile_words(words, *, flags=0) -> re.Pattern:
    return re.compile(trie_regex(words), flags)


# --------------------------------------------------------------------------- the gazetteer

@dataclass
class Gazetteer:
    """Every list the extractor uses, merged from the data files, with lookups and patterns."""

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

    # ------------------------------------------------------------------ compiled patterns
    def _compile(self) -> None:
        w = self.words
        province_forms = list(self._province_forms)
        self.province_rx = _compile_words(province_forms)
        self.province_code_rx = _compile_words(self._province_codes)
        title_forms = list(w["titles"])
        self.title_rx = _compile_words(title_forms)
        self.title_suffix_rx = _compile_words(w["title_suffixes"])
        self.guarded_title_rx = _compile_words(w["guarded"])
        holder_forms = list(self._family_holders) + list(self._fixed_holders)
        self.position_head_rx = _compile_words(
            list(w["heads"]) + list(w["rank_prefixes"]) + holder_forms)
        self.position_stop_rx = _compile_words(w["stops"])
        # Everything that can open an agency mention: named agencies and their
        # forms, family heads and forms, family abbreviations, office holders.
        agency_starts = (list(self._agency_forms) + list(self._family_heads)
                         + list(self._family_bare) + list(self._family_abbr) + holder_forms)
        self.agency_rx = _compile_words(agency_starts)
        self.programme_rx = _compile_words(self._programme_forms)
        self.recurring_programme_rx = _compile_words(w["recurring_programmes"])
        cue_words = list(self.event_type_of_cue)
        self.event_cue_rx = _compile_words(cue_words)
        self.event_exclusion_rx = _compile_words(w["event_exclusions"])
        self.reference_cues = frozenset(w["reference_cues"])
        self.introduced_only = frozenset(w["introduced_only"])
        self.own_activity_types = frozenset(w["own_activity_types"])
        self.dominant_event_types = frozenset(w["dominant_event_types"])
        self.framing_cues = frozenset(w["framing_cues"])
        self.framing_types = frozenset(w["framing_types"])
        self.hosted_event_types = frozenset(w["hosted_event_types"])
        for key in ("own_activity_types", "dominant_event_types", "framing_types", "hosted_event_types"):
            unknown = getattr(self, key) - set(self.event_priority)
            if unknown:
                raise SchemaError(f"{', '.join(self.sources)}: {key} names no event type: {sorted(unknown)}")
        self.event_introducer_rx = re.compile("(?:" + trie_regex(w["event_introducers"]) + r")\S{0,12}$")
        self.event_blocker_rx = re.compile("(?:" + trie_regex(w["event_blockers"]) + r")\s?\S{0,10}$")
        purposes = [word for word in w["event_blockers"] if word not in set(w["plan_blockers"])]
        self.purpose_blocker_rx = re.compile("(?:" + trie_regex(purposes) + r")\s?\S{0,10}$")
        breaks = "|".join(p.pattern for p in self.title_breaks)
        self.title_stop_rx = re.compile(r"\s(?:" + trie_regex(w["title_stops"]) + ")|\n" + ("|" + breaks if breaks else ""))
        self.sequel_rx = _compile_words(w["sequel_cues"])
        self.same_day_rx = _compile_words(w["same_day_cues"]) if w["same_day_cues"] else re.compile("(?!)")
        self.next_day_rx = _compile_words(w["next_day_cues"]) if w["next_day_cues"] else re.compile("(?!)")
        self.occasion_rx = _compile_words(w["occasion_cues"]) if w["occasion_cues"] else re.compile("(?!)")
        self.same_venue_rx = _compile_words(w["same_venue_cues"]) if w["same_venue_cues"] else re.compile("(?!)")
        self.within_event_rx = _compile_words(w["within_event_markers"]) if w["within_event_markers"] else re.compile("(?!)")
        # a speech verb, then its ว่า after at most a short phrase (กล่าวก่อนการประชุมว่า)
        self.speech_rx = re.compile("(?:" + trie_regex(w["speech_verbs"]) + r")\S{0,16}?ว่า") if w["speech_verbs"] \
            else re.compile("(?!)")
        self.boundary_rx = _compile_words(w["boundaries"])
        self.role_description_rx = _compile_words(w["role_descriptions"])
        self.locative_rx = re.compile("(?:" + trie_regex(w["locatives"]) + r")\s?$")
        self.affiliation_rx = re.compile("(?:" + trie_regex(w["affiliation_markers"]) + r")\s?$")
        self.affiliation_people_rx = _compile_words(w["affiliation_people"])
        self.affiliation_unit_rx = _compile_words(w["affiliation_units"])
        self.venue_rx = re.compile(r"(?<![" + THAI_LETTER + r"])(?:" + trie_regex(w["venue_markers"]) + r")\s")
        self.venue_stop_rx = re.compile(r"\s(?:" + trie_regex(w["venue_stops"]) + ")|\n")
        self.list_marker_rx = re.compile(r"\s?(?:" + trie_regex(w["list_markers"]) + r")")
        # list ends are words of their own: never inside a name (สาธารณสุข holds ณ)
        self.list_end_rx = re.compile(r"(?:^|(?<=\s))(?:" + ("|".join(p.pattern for p in self.list_ends) or "(?!)") + ")",
                                      re.MULTILINE)
        self.group_noun_rx = _compile_words(list(w["group_nouns"]) + [f for f, _ in self.group_synonyms])
        self.group_noun_of = {f: n for f, n in self.group_synonyms}
        self.office_of_abbreviation = dict(self.office_abbreviations)
        self.office_abbreviation_rx = _compile_words(self.office_of_abbreviation) if self.office_abbreviations \
            else re.compile("(?!)")
        self.name_stops = frozenset(w["name_stops"])
        self.nominalisers = frozenset(w["nominalisers"])
        glue = (set(w["glue_words"]) | set(w["name_stops"]) | set(w["heads"]) | set(w["rank_prefixes"])
                | set(self.event_type_of_cue) | set(w["affiliation_markers"]))
        self.glue_rx = re.compile("(?:" + trie_regex(glue) + ")$")
        self.name_cutter_rx = _compile_words({h for h in w["heads"] if len(h) >= 4} | set(w["name_cutters"]))
        self.backref_rx = re.compile("(" + trie_regex(self._family_heads) + ")ฯ")
        self.list_words = frozenset(w["list_words"])
        self.not_places = frozenset(w["not_places"])
        self.not_place_tags = frozenset(w["not_place_tags"])
        self.bare_office_plurals = tuple(w["bare_office_plurals"])
        self.no_provincial_offices = frozenset(w["no_provincial_offices"])
        self.bare_ministry_offices = frozenset(re.sub(r"\s+", "", o) for o in w["bare_ministry_offices"])
        # the same offices as written, spaced or not, to read the ministry named after them (รมว.แรงงาน)
        self.bare_ministry_office_rx = re.compile(
            "(?:" + "|".join(sorted((r"\s?".join(map(re.escape, o.split())) for o in w["bare_ministry_offices"]),
                                    key=len, reverse=True)) + r")\s?")
        self.programme_stops = frozenset(w["programme_stops"])
        self.programme_counters = frozenset(w["programme_counters"])
        self.programme_phase_words = frozenset(w["programme_phase_words"])
        self.country_names = frozenset(w["country_names"])
        foreign = [c for c in w["country_names"] if c != "ไทย"]
        # an office of a foreign state: "...ของเมียนมา", "... สาธารณรัฐปารากวัย" (not after ณ, ใน, ประจำ)
        self.foreign_office_rx = re.compile(
            r"^(?:(?!ณ|ใน|ประจำ)[^\n])*?(?:(?:ของ|แห่ง)(?:ประเทศ|" + trie_regex(w["foreign_state_words"]) + ")?(?:"
            + trie_regex(foreign) + r")|\s(?:" + trie_regex(w["foreign_state_words"]) + ")(?!ไทย)[ก-๙])")
        self.programme_not_after = tuple(w["programme_not_after"])
        self.programme_clause_words = frozenset(w["programme_clause_words"])
        self.programme_clause_openers = tuple(w["programme_clause_openers"])
        self.programme_open_ends = tuple(w["programme_open_ends"])
        self.programme_open_end_modifiers = tuple(w["programme_open_end_modifiers"])
        self.programme_works = tuple(w["programme_works"])
        self.programme_works_objects = frozenset(w["programme_works_objects"])
        self.name_openers = frozenset(w["name_openers"])
        self.not_name_tags = frozenset(w["not_name_tags"])
        self.name_end_tags = frozenset(w["name_end_tags"])
        self.name_end_keep = frozenset(w["name_end_keep"])
        self.sentence_verbs = frozenset(w["sentence_verbs"])
        self.rank_prefixes = frozenset(w["rank_prefixes"])
        self.unit_offices = tuple(w["unit_offices"])
        self.acting_office_rx = re.compile("(?:" + (trie_regex(w["acting_offices"]) or "(?!)") + r")\s?")
        self.field_qualifier_rx = re.compile("(?:" + (trie_regex(w["field_qualifiers"]) or "(?!)") + f")[{THAI_LETTER}]+ ")
        self.name_stops_before_more = frozenset(w["name_stops_before_more"])
        self.generic_name_words = frozenset(w["generic_name_words"]) | frozenset(w["generic_modifiers"])
        self.known_name_tails = frozenset(w["known_name_tails"])
        self.name_open_ends = frozenset(w["name_open_ends"])
        self.name_field_words = frozenset(w["name_field_words"])
        self.province_regions = tuple(w["province_regions"])
        self.royal_rank_rx = re.compile(r"[ \u00a0](?:" + (trie_regex(w["royal_ranks"]) if w["royal_ranks"] else "(?!)")
                                        + r")[" + THAI_LETTER + r"]{3,30}")
        # ...นโยบายที่ดิน แห่งชาติ, มูลนิธิX ในพระบรมราชูปถัมภ์: the name goes on over the space
        # (a line break too: a table cell breaks สำนักงานกองทุนหมู่บ้านและชุมชนเมือง⏎แห่งชาติ; no sentence opens so)
        self.spaced_name_tail_rx = re.compile(r"(?:[ \u00a0]{1,3}|\n)(" + (trie_regex(w["spaced_name_tails"])
                                                                if w["spaced_name_tails"] else "(?!)") + r")ฯ?")
        # a name body made only of these (ต้นแบบ, ใกล้บ้าน, โครงการ) is a common noun phrase
        self.generic_body_rx = re.compile("(?:" + (trie_regex(w["generic_modifiers"]) if w["generic_modifiers"]
                                                   else "(?!)") + r"|\s)+")

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
    paths = [DATA_DIR / name for name in BUILTIN_FILES]
    paths += list(_extra_files)
    paths += [Path(p).resolve() for p in (extra_paths or ())]
    return _load(tuple(paths))
