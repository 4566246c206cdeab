"""Names of a university's units that carry the university (ANNOTATION: a faculty's canonical name
carries its university; a campus is the university's name and the campus).

>>> from edugraph.loaders.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> university_glued_on("คณะรัฐศาสตร์มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี", 4, gaz)
'คณะรัฐศาสตร์ มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี'
>>> university_glued_on("คณะรัฐศาสตร์", 4, gaz) is None
True
"""
from __future__ import annotations

import functools
import re

from edugraph.loaders.gazetteer import Gazetteer, trie_regex
from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.words import place_end

_FULL_NAME_MIN = 8      # letters of a university's form written in full, not its abbreviation


def university_glued_on(name: str, start: int, gaz: Gazetteer) -> str | None:
    """A unit's name written glued to its university (คณะรัฐศาสตร์มหาวิทยาลัยสงขลานครินทร์): the name
    with a space before the university, as the unit's canonical name writes it; None where no
    university the gazetteer names follows the unit's own words (from ``start`` on)."""
    for found in gaz.agency_rx.finditer(name, start):
        entry = gaz.agency_by_form(found.group())
        if entry is not None and entry.kind == "university" and len(found.group()) >= _FULL_NAME_MIN:
            return name[:found.start()] + " " + name[found.start():]
    return None


def campus(text: str, mention, hi: int, gaz: Gazetteer):
    """A university written with one of its campuses (มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตสุราษฎร์ธานี) is
    that campus: the university's name, a space, and the campus word (``campus_words`` in cues.yaml)
    with the place that names the campus.

    >>> from edugraph.loaders.agencies import find_agencies
    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> [m.name for m in find_agencies("ณ มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตสุราษฎร์ธานี การประชุม", gaz)]
    ['มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตสุราษฎร์ธานี']
    >>> [m.name for m in find_agencies("ณ มหาวิทยาลัยสงขลานครินทร์ ทุกวิทยาเขต", gaz)]
    ['มหาวิทยาลัยสงขลานครินทร์']
    """
    if mention.kind != "university" or not mention.name:
        return mention
    word = _campus_word_rx(tuple(gaz.words["campus_words"])).match(text, mention.end, hi)
    if word is None:
        return mention
    end = place_end(text, word.end(), hi, gaz)
    if end - word.end() < 2:
        return mention
    written = text[mention.start:end]
    name = f"{mention.name} {word.group(1)}{text[word.end():end]}"
    return AgencyMention(mention.start, end, written, name, mention.kind, holder=mention.holder and written)


@functools.lru_cache(maxsize=4)
def _campus_word_rx(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"[ \u00a0]?(" + (trie_regex(words) if words else "(?!)") + ")")


def carried_parents(name: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """The (unit, parent) pairs a unit's name carries, outermost first: a campus carries its
    university, a faculty its campus and through it the university.  Each parent is an agency of
    the release too (ANNOTATION: a unit written with its parent gives two entities and PART_OF).

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> carried_parents("คณะรัฐศาสตร์ มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี", gaz)  # doctest: +NORMALIZE_WHITESPACE
    [('คณะรัฐศาสตร์ มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี', 'มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี'),
     ('มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี', 'มหาวิทยาลัยสงขลานครินทร์')]
    >>> carried_parents("มหาวิทยาลัยสงขลานครินทร์", gaz), carried_parents("มูลนิธิเพื่อคนทั้งมวล", gaz)
    ([], [])
    """
    campus_rx = _campus_word_rx(tuple(gaz.words["campus_words"]))
    pairs: list[tuple[str, str]] = []
    for found in gaz.agency_rx.finditer(name):
        entry = gaz.agency_by_form(found.group())
        if entry is None or entry.kind != "university" or len(found.group()) < _FULL_NAME_MIN:
            continue        # an abbreviation (มวล) is a syllable of other words (ทั้งมวล)
        word = campus_rx.match(name, found.end())
        if found.start() == 0:
            if word is not None and len(name) - word.end() >= 2:
                pairs.append((name, entry.name))
            return pairs
        parent = entry.name + (f" {word.group(1)}{name[word.end():]}" if word is not None else "")
        if name[found.end():word.start() if word else len(name)].strip():
            return pairs        # the university's name runs on: not the parent's whole name
        pairs.append((name, parent))
        return pairs + carried_parents(parent, gaz)
    return pairs or _open_university_of_campus(name, campus_rx, gaz)


def _open_university_of_campus(name: str, campus_rx: re.Pattern, gaz: Gazetteer) -> list[tuple[str, str]]:
    """A campus of a university the gazetteer does not name (มหาวิทยาลัยสวนดุสิต วิทยาเขตสุพรรณบุรี, read by its
    open head) carries that university all the same: the words before the campus word.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> carried_parents("มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย วิทยาเขตตรัง", gaz)
    [('มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย วิทยาเขตตรัง', 'มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย')]
    >>> carried_parents("คณะเกษตร วิทยาเขตตรัง", gaz)
    []
    """
    at = name.find(" ")
    word = campus_rx.match(name, at) if at > 0 else None
    if word is None or len(name) - word.end() < 2 or " " in name[word.end():]:
        return []
    family = next((f for f in gaz.families if f.kind == "university" and f.slot == "open" and f.head != "คณะ"
                   and name.startswith(f.head) and at > len(f.head)), None)
    return [(name, name[:at])] if family is not None else []


# the hospital a medical faculty is named by, glued to it, before its university (one space)
_FACULTY_HOSPITAL = re.compile(r"โรงพยาบาล[ก-๙]{2,30} ")


def name_units_with_parents(text: str, agencies: list[AgencyMention], gaz: Gazetteer) -> None:
    """A unit written right before its parent carries the parent in its name (ANNOTATION: a faculty's
    canonical name carries its university): คณะครุศาสตร์ มหาวิทยาลัยราชภัฏลำปาง, and any open-named unit
    (``carrying_unit_heads`` in cues.yaml) of a university or of a parent that ``carried_parent_heads``
    opens (ศูนย์แพทยศาสตรศึกษาชั้นคลินิก โรงพยาบาลน่าน, สำนักอนามัย กรุงเทพมหานคร).  ``X แห่ง Y`` writes the
    same pair (สถาบันไทยโคเซ็นแห่ง สถาบันเทคโนโลยี...): แห่ง joins them and is no word of the unit's name.
    The parent stays an entity of its own (PART_OF comes from the unit's name carrying it).  The unit
    written again without its parent is the same unit where the release names it with one parent only.

    >>> from edugraph.loaders.gazetteer import load_gazetteer
    >>> from edugraph.loaders.agencies import end_at_names_written_alone, find_agencies
    >>> gaz = load_gazetteer()
    >>> text = "โดยสำนักวิชาแพทยศาสตร์ มหาวิทยาลัยแม่ฟ้าหลวง และสำนักอนามัย กรุงเทพมหานคร ร่วมกับกรมอนามัย"
    >>> found = find_agencies(text, gaz)
    >>> name_units_with_parents(text, found, gaz)
    >>> [m.name for m in found]
    ['สำนักวิชาแพทยศาสตร์ มหาวิทยาลัยแม่ฟ้าหลวง', 'มหาวิทยาลัยแม่ฟ้าหลวง', 'สำนักอนามัย กรุงเทพมหานคร', 'กรุงเทพมหานคร', 'กรมอนามัย']
    >>> text = "สำนักพัฒนานวัตกรรมการจัดการศึกษา สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"
    >>> found = find_agencies(text, gaz)
    >>> name_units_with_parents(text, found, gaz)
    >>> [m.name for m in found]      # a department's bureau: two names, PART_OF only
    ['สำนักพัฒนานวัตกรรมการจัดการศึกษา', 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน']
    >>> text = "ระหว่างคณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล คณะดนตรี มหาวิทยาลัยอัสสัมชัญ มูลนิธิรักษ์ไทย"
    >>> found = find_agencies(text, gaz)
    >>> name_units_with_parents(text, found, gaz)
    >>> [m.name for m in found][:3]     # a faculty takes its university even in a list written with spaces
    ['คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล', 'มหาวิทยาลัยมหิดล', 'คณะดนตรี มหาวิทยาลัยอัสสัมชัญ']
    """
    unit_heads = set(gaz.words["carrying_unit_heads"])
    parent_heads = tuple(gaz.words["carried_parent_heads"])
    city_unit_heads = set(gaz.words["carrying_city_unit_heads"])
    carried: dict[str, set[str]] = {}
    for unit, parent, after in zip(agencies, agencies[1:], agencies[2:] + [None]):
        gap = text[unit.end:parent.start]
        faculty = unit.family is not None and unit.family.head == "คณะ" and parent.kind == "university"
        if faculty and unit.name and _FACULTY_HOSPITAL.fullmatch(gap):
            # a medical faculty named by its hospital (คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล)
            unit.name, unit.end = unit.name + gap.rstrip(" "), parent.start - 1
            unit.form = text[unit.start:unit.end]
            gap = " "
        if not unit.name or not parent.name or gap not in ("", " ", "\u00a0"):
            continue
        # a faculty is never a party of its own (it needs its university), so it takes the one after it even
        # in a list written with spaces (คณะดนตรี มหาวิทยาลัยอัสสัมชัญ มูลนิธิ…, …จุฬาลงกรณ์มหาวิทยาลัย คณะ…)
        if faculty:
            unit.name = f"{unit.name} {parent.name}"
            continue
        if listed_with_spaces(text, parent, after):
            continue        # …ศูนย์ฝึกพาณิชย์นาวี มหาวิทยาลัยสยาม มหาวิทยาลัยหัวเฉียว…: a list of parties, not a unit
        if unit.entry is not None or unit.family is None or unit.family.slot != "open" \
                or unit.kind in ("university", "company") or unit.family.head not in unit_heads:
            continue
        if not (parent.kind == "university" or parent.name.startswith(parent_heads)) \
                or parent.name.startswith(tuple(unit_heads)) and parent.kind != "university":
            continue
        if parent.place and (not gap or unit.family.head not in city_unit_heads):
            continue        # ศูนย์ราชการกรุงเทพมหานคร, สถาบันวิชาการป้องกันประเทศ กรุงเทพมหานคร: the city places it
        if gaz.agency_by_form(unit.name) is not None:
            continue        # a body known by its own name (…แห่งชาติบรมราชชนนี โรงพยาบาลธวัชบุรี) is listed, not a unit
        if unit.name.endswith("แห่ง"):
            unit.name, unit.form = unit.name[:-len("แห่ง")], unit.form[:-len("แห่ง")]
        carried.setdefault(unit.name, set()).add(parent.name)
        unit.name = f"{unit.name} {parent.name}"
    # the same unit written again without its parent is still that unit, where the release gives it one parent
    for mention in agencies:
        parents = carried.get(mention.name) if mention.entry is None else None
        if parents and len(parents) == 1:
            mention.name = f"{mention.name} {next(iter(parents))}"


def listed_with_spaces(text: str, parent: AgencyMention, after: AgencyMention | None) -> bool:
    """Whether ``parent`` is an item of a list written with spaces: another body of its kind follows it after one
    space (…มหาวิทยาลัยสยาม มหาวิทยาลัยหัวเฉียว…), so the body before it is the list's previous item, not its unit.
    A parent of kind ``other`` says too little to tell (สภากาชาดไทย สถาบันการบินพลเรือน)."""
    return after is not None and after.kind == parent.kind != "other" and text[parent.end:after.start] == " "


_NEVER_UNITS = ("provincial_office", "provincial_administration", "district", "local_government")
_TOP_LEVEL = ("กระทรวง", "กรม", "สำนักงานคณะกรรมการ", "สำนักงานเลขาธิการ", "สำนักงานปลัด", "สำนักนายกรัฐมนตรี")


def can_be_part_of(unit: AgencyMention, parent: AgencyMention, gaz: Gazetteer) -> bool:
    """Whether ``unit`` written beside ``parent`` is a unit of it (data: ``units`` in agency_families.yaml)."""
    if not unit.name or not parent.name or unit.name == parent.name or unit.place:
        return False
    if unit.kind in _NEVER_UNITS or (unit.entry is not None and parent.kind != "ministry_office"):
        return False        # a provincial office beside a university is a list, not a unit of it
    unit_name = unit.name
    for heads, kinds in gaz.units:
        if parent.kind not in kinds:
            continue
        if not any(unit_name.startswith(h) for h in heads):
            continue
        if unit_name.startswith("กระทรวง") or unit_name.startswith("สำนักงานคณะกรรมการ") \
                and not parent.name.startswith("กระทรวง"):
            continue        # (a commission's office is a unit of a ministry only: สพฐ. กระทรวงศึกษาธิการ)
        if parent.kind == "ministry_office":
            # a bureau (or an institute: สถาบันทันตกรรม กรมการแพทย์) of an office: the parent heads others (a
            # ministry, a department, an office of a commission); two named national bodies side by side are a list
            if unit.kind not in ("ministry_office", "other") or not parent.name.startswith(_TOP_LEVEL):
                continue
            if (unit.entry is not None or unit.name.startswith(_TOP_LEVEL)) and not parent.name.startswith("กระทรวง"):
                continue
        return True
    return False
