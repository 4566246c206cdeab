"""The body a position names none of: the one the story, the paragraph or the text right after it implies (a
division's department or ministry, a committee office's committee, a bare minister's ministry, a body the release
glosses right after the office).  Read by the positions pass (``positions.py``)."""
from __future__ import annotations

import re

from edugraph.loaders.mentions import AgencyMention
from edugraph.loaders.position_phrases import BY_REPRESENTATIVE
from edugraph.loaders.reading import Reading
from edugraph.loaders.words import is_thai_letter, skip_space

_MINISTRY = "กระทรวง"
_STATED = re.compile(r"\s?เป็น\s?")
# a committee's office written bare after เป็น: the committee the paragraph names (…สำหรับคณะกรรมการฯ ประกอบด้วย ...
# นายชาครีย์ ... เป็นรองประธานฯ, ... เป็นกรรมการและเลขานุการ)
_COMMITTEE_SEAT = re.compile(r"(?:รอง)?ประธาน(?:อนุ)?กรรมการ\s?ฯ?|(?:รอง)?ประธาน\s?ฯ|(?:อนุ)?กรรมการ(?:และ(?:ผู้ช่วย)?เลขานุการ)?"
                             r"(?![ก-๙])|(?:ผู้ช่วย)?เลขานุการ(?![ก-๙])")
_PERMANENT_SECRETARY_OFFICE = "สำนักงานปลัด"
_DEPARTMENT = "กรม"


def body_named_after(reading: Reading, person) -> AgencyMention | None:
    """``รองประธานอาวุโสฝ่ายเอเชียตะวันออกเฉียงใต้และแปซิฟิก องค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น (JICA)``: an
    office naming no body, written right before a body the release names (by its own gloss, not the gazetteer's
    spelling the position phrase reads), is in that body, as the phrase would have it (``position_end``); not an
    office another holds (a holder's office), nor one shortened to the body named before (ฯ); not after an office
    cut on a word that waits for what it is of (ประธานคณะทำงานศึกษาแผนประทุษกรรมกรณี| บริษัท...: ``name_open_ends``),
    nor a body the next person acts for (...ผู้จัดการฝ่ายกฎหมาย สำนักงานX โดย พ.ต.อ. ก: the next party)."""
    text, gaz = reading.text, reading.gaz
    _, end = person.position_span
    if not text.startswith(" ", end) or person.position.endswith(("ฯ", *gaz.name_open_ends)):
        return None
    body = next((m for m in reading.a.agencies if m.start == end + 1 and m.name and not m.holder), None)
    by = BY_REPRESENTATIVE.match(text, body.end) if body is not None else None
    return None if by is not None and gaz.title_rx.match(text, by.end()) else body



def heads_a_named_division(reading: Reading, position: str) -> bool:
    """Whether the position is a division's office with the division's name glued on (ผู้อำนวยการกองกลาง); not
    a grade written before the division and its department (ผู้อำนวยการกอง (ผู้อำนวยการสูง) กองประเมินราคา
    ทรัพย์สิน กรมธนารักษ์: the position phrase stops at the bracket, the department is after it)."""
    office = next((o for o in reading.gaz.words["ministry_division_offices"] if position.startswith(o)), None)
    return office is not None and is_thai_letter(position[len(office):len(office) + 1])


def ministry_of_paragraph(reading: Reading, pos: int, end: int) -> list[str]:
    """The ministry a division's head (ผู้อำนวยการกองX, no agency written) works in: the one ministry the
    paragraph's officials serve, named in an office (พร้อมกันนี้ ปลัดกระทรวงยุติธรรม ได้มอบหมายให้ ... ผู้อำนวยการ
    กองสิทธิมนุษยชนระหว่างประเทศ → กระทรวงยุติธรรม; its minister, its ผู้ตรวจราชการ); not a ministry met only as a
    venue (ณ กระทรวงแรงงาน) or a party. None where they serve two. Where a department (กรม...) is named in an office
    before him in the paragraph, the division is that department's, the last one so named (นางสุจิตรา รองอธิบดี
    กรมคุ้มครองสิทธิและเสรีภาพ พร้อมด้วย นางสาวเปรมยุดา ผู้อำนวยการกองพิทักษ์สิทธิและเสรีภาพ: a division is internal,
    DECISIONS #36), unless another state office is named in an office after it (อธิบดีกรมส่งเสริมอุตสาหกรรม นาง...
    รองผู้อำนวยการสำนักงานเศรษฐกิจอุตสาหกรรม และนาย... ผู้อำนวยการกองยุทธศาสตร์และแผนงาน: whose division is not
    told). None where a department the finder missed is written right after his office (ผู้อำนวยการกองบริการกำลังพล...
    กรมกำลังทหารเรือ): his own, cut off."""
    para_start, para_end = reading.a.paragraph_of(pos)
    if reading.text.startswith(_DEPARTMENT, skip_space(reading.text, end, end + 1)):
        return []
    offices = [m for m in reading.a.agencies if m.name and m.kind == "ministry_office"
               and para_start <= m.start < pos and (m.holder or m.in_position)]
    if any(m.name.startswith(_DEPARTMENT) for m in offices):
        return [i for i in [reading.agency_id(offices[-1])] if i] if offices[-1].name.startswith(_DEPARTMENT) else []
    named = set()
    for m in reading.a.agencies:
        if m.name and para_start <= m.start < para_end and (m.holder or m.in_position):
            name = m.name[len(_PERMANENT_SECRETARY_OFFICE):] if m.name.startswith(_PERMANENT_SECRETARY_OFFICE) \
                else m.name
            if name.startswith(_MINISTRY):
                named.add(name)
    if len(named) != 1:
        return []
    entry = reading.gaz.agency_by_name(named.pop())
    return [reading.gazetteer_agency_id(entry)] if entry is not None else []


def committee_before(reading: Reading, pos: int) -> AgencyMention | None:
    para_start, _ = reading.a.paragraph_of(pos)
    before = [m for m in reading.a.agencies if m.kind == "committee" and m.name and para_start <= m.start < pos]
    return before[-1] if before else None


def committee_after(reading: Reading, pos: int) -> AgencyMention | None:
    """``...ในฐานะรองประธานฯ เป็นประธานการประชุมคณะกรรมการX``: the committee a shortened office (ฯ) stands for, named
    after it in its paragraph when none was before it there."""
    _, para_end = reading.a.paragraph_of(pos)
    return next((m for m in reading.a.agencies if m.kind == "committee" and m.name and pos <= m.start < para_end), None)


def ministry_before(reading: Reading, pos: int) -> list[AgencyMention]:
    """The ministry a bare minister's office belongs to: the one named last before ``pos`` in its
    paragraph, else the release's only ministry, else none."""
    ministries = [m for m in reading.a.agencies if m.name and m.entry is not None and m.name.startswith("กระทรวง")]
    para_start, _ = reading.a.paragraph_of(pos)
    before = [m for m in ministries if para_start <= m.start < pos]
    if before:
        return before[-1:]
    return ministries[:1] if len({m.name for m in ministries}) == 1 else []


def office_stated_after(reading: Reading, person) -> tuple[str, AgencyMention] | None:
    """(title, body) of an office stated with เป็น right after a person's name or position: a named body's holder
    (นางสาวแพทองธาร ชินวัตร เป็นนายกรัฐมนตรี → คณะรัฐมนตรี), or a committee's seat written bare (เป็นรองประธานฯ,
    เป็นกรรมการและเลขานุการ) in the committee named before him in the paragraph; not an office of the past
    (``past_office_words`` just before the name or after the office)."""
    text = reading.text
    at = person.position_span[1] if person.position else person.end
    stated = _STATED.match(text, at)
    if stated is None:
        return None
    office = next((m for m in reading.a.agencies if m.start == stated.end() and m.holder and m.name), None)
    seat = _COMMITTEE_SEAT.match(text, stated.end()) if office is None else None
    found = (office.holder, office) if office is not None \
        else (seat.group().strip(), committee_before(reading, person.start)) if seat is not None else None
    if found is None or found[1] is None:
        return None
    end = office.end if office is not None else seat.end()
    past = reading.gaz.words["past_office_words"]
    if any(w in text[max(0, person.start - 16):person.start] for w in past) or any(
            w in text[end:end + 40] for w in past):
        return None
    return found
