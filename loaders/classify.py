"""Where each mention stands in the story: one classification step, after the events are found.

The finders say what a mention names; this step says whether it acts.  It
sets the typed fields of :class:`~edugraph.loaders.mentions.AgencyMention`
(``in_headline``, ``in_position``, ``at_venue``, ``affiliated``,
``qualifier``, ``locative``, ``described``) and ``in_headline`` of persons,
all here and nowhere else, so that the relation passes read them from a
finished analysis.

>>> from edugraph.loaders.extract import extract
>>> record = extract("เมื่อวันที่ 4 มีนาคม 2567 นายวีระ ศรีสุข ศึกษาธิการจังหวัดยโสธร ลงพื้นที่ตรวจเยี่ยม"
...                  "โรงเรียนบ้านสร้างมิ่ง สังกัด สพป.ยโสธร เขต 1", doc="x")
>>> names = {e["id"]: e.get("name") or e["event_type"] for e in record["entities"]}
>>> sorted(names[r["head"]] for r in record["relations"] if r["type"] == "PARTICIPATED")   # the สังกัด office only qualifies
['วีระ ศรีสุข', 'โรงเรียนบ้านสร้างมิ่ง']
"""
from __future__ import annotations

import bisect
import re

from edugraph.loaders.document import Analysis
from edugraph.loaders.unit_names import can_be_part_of

_UNITS_REACH, _PEOPLE_REACH = 160, 60    # characters back where the units or people under an office are named
_ROLE_DESCRIPTION_REACH = 30     # characters after ในฐานะ... within which an agency is described, not acting
# what stands between an office and its own abbreviation or its next area written after it: (สพป.X), , เขต 2
_SAME_OFFICE_AGAIN = re.compile(r"\s?(?:\(|,|และ)?\s?")
_SIBLING_AREA = re.compile(r"(?:เขต|ภาค)\s?\d")


def covered(spans: list[tuple[int, int]]):
    """A test: is a position inside one of ``spans`` (after its start, before its end)?"""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach, furthest = [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)

    def inside(pos: int) -> bool:
        index = bisect.bisect_left(starts, pos) - 1
        return index >= 0 and reach[index] > pos

    return inside


def _units_under(analysis: Analysis, mention) -> bool:
    """Whether what is "ในสังกัด X" is units (โรงเรียนในกลุ่ม... สังกัด สพป.X: the schools act, the
    office they are under does not) and no people (บุคลากรในสังกัด X: X takes part through them)."""
    text, gaz = analysis.text, analysis.gaz
    para_start = analysis.paragraph_of(mention.start)[0]
    spans = [(m.start, m.end) for m in analysis.agencies if para_start <= m.start < mention.start]
    marker = gaz.affiliation_rx.search(text, max(0, mention.start - 12), mention.start)
    if marker is not None and gaz.represented_units_rx.search(text, max(para_start, marker.start() - 24),
                                                              marker.start()):
        return True     # ผู้แทน(จาก)หน่วยงานในสังกัด X: the units under X send them, X is not represented

    def named(rx, reach: int) -> bool:
        return any(not any(s <= m.start() < e for s, e in spans)
                   for m in rx.finditer(text, max(para_start, mention.start - reach), mention.start))

    return named(gaz.affiliation_unit_rx, _UNITS_REACH) and not named(gaz.affiliation_people_rx, _PEOPLE_REACH)


def classify(analysis: Analysis, venue_spans: list[tuple[int, int]]) -> None:
    """Set where every person and agency mention of ``analysis`` stands; ``venue_spans`` are the events' venues."""
    text, gaz, agencies = analysis.text, analysis.gaz, analysis.agencies
    for person in analysis.persons:
        person.in_headline = analysis.in_headline(person.start)
    in_position = covered([(p.position_span[0] - 1, p.position_span[1]) for p in analysis.persons if p.position_span])
    for mention in agencies:
        mention.in_headline = analysis.in_headline(mention.start)
        mention.in_position = in_position(mention.start)
        mention.affiliated = bool(gaz.affiliation_rx.search(text, max(0, mention.start - 12), mention.start))
        mention.qualifier = mention.affiliated and _units_under(analysis, mention)
        mention.locative = bool(mention.place and gaz.locative_rx.search(text, max(0, mention.start - 10), mention.start))
        mention.at_venue = any(start <= mention.start < end for start, end in venue_spans)
    for mention in analysis.backrefs:
        # (ร.อ.รชฏ ผู้ช่วยรัฐมนตรีประจำกระทรวงฯ: the กระทรวงฯ of a position names his office, the ministry does not act)
        mention.in_headline = analysis.in_headline(mention.start)
        mention.in_position = in_position(mention.start)
    for unit, parent in zip(agencies, agencies[1:]):
        gap = text[unit.end:parent.start]
        # "โรงเรียนX สังกัดสำนักงานเขต...": the office a unit is under qualifies it, it does not act
        if parent.affiliated and gaz.affiliation_rx.fullmatch(gap.strip() + " "):
            parent.qualifier = True
        if unit.affiliated and _SAME_OFFICE_AGAIN.fullmatch(gap) \
                and (parent.name == unit.name or _SIBLING_AREA.match(text, parent.start)):
            # สังกัดสำนักงานเขต...พิจิตร (สพป.พิจิตร) เขต 1, เขต 2: its abbreviation and its sibling area stand where it does
            parent.affiliated, parent.qualifier = True, unit.qualifier
        # a province or district written right after an agency or a district is its address, not
        # an actor: โรงเรียนบ้านหนองเงือก อำเภอป่าซาง จังหวัดลำพูน (a province after a province is a list)
        # ...unless both are written as list items with their abbreviations (ผู้แทนกรมทางหลวง (ทล.) กรุงเทพมหานคร (กทม.)
        # การไฟฟ้านครหลวง (กฟน.) ...: an address carries none, heldout-7 w05, heldout-9 w10)
        if parent.place and unit.kind != "provincial_administration" and len(gap) <= 1 and not gap.strip() \
                and not (unit.form.endswith(")") and parent.abbreviations):
            parent.locative = True
    for marker in gaz.role_description_rx.finditer(text):
        for mention in agencies:
            if marker.end() <= mention.start <= marker.end() + _ROLE_DESCRIPTION_REACH and not mention.in_position:
                mention.described = True
    # a unit written right before its parent (คณะครุศาสตร์ มหาวิทยาลัยราชภัฏสุรินทร์): the parent qualifies it
    named = [m for m in agencies if m.name]
    for unit, parent in zip(named, named[1:]):
        gap = text[unit.end:parent.start]
        if gap.strip() == "" and len(gap) <= 1 and can_be_part_of(unit, parent, gaz):
            parent.qualifier = True
