"""Province mentions: provinces written as places."""
from __future__ import annotations

import re

from edugraph.loaders.gazetteer import Gazetteer
from edugraph.loaders.mentions import AgencyMention, ProvinceMention
from edugraph.loaders.words import is_thai_letter


_PLACE_RX = re.compile(r"(?:จังหวัด|จ\.\s?|อำเภอเมือง|อ\.เมือง)")


def find_provinces(text: str, gaz: Gazetteer, lo: int = 0, hi: int | None = None) -> list[ProvinceMention]:
    """Provinces written as places: จังหวัดX, จ.X, อำเภอเมืองX, กรุงเทพฯ, and the bare names
    that continue such a list (จังหวัดลำพูน เชียงใหม่ และลำปาง)."""
    hi = len(text) if hi is None else hi
    found: list[ProvinceMention] = []
    for match in _PLACE_RX.finditer(text, lo, hi):
        province = gaz.province_rx.match(text, match.end(), hi)
        if not province:
            continue
        entry = gaz.province_by_form(province.group())
        found.append(ProvinceMention(match.start(), province.end(), entry.name))
        pos = province.end()
        while True:
            joined = re.compile(r"\s?(?:,\s?|และ\s?|\s)").match(text, pos, hi)
            if not joined:
                break
            nxt = gaz.province_rx.match(text, joined.end(), hi)
            if not nxt or is_thai_letter(text[nxt.end():nxt.end() + 1]):
                break
            entry = gaz.province_by_form(nxt.group())
            found.append(ProvinceMention(nxt.start(), nxt.end(), entry.name))
            pos = nxt.end()
    for match in re.finditer(r"กรุงเทพ(?:มหานคร|ฯ)|กทม\.", text[lo:hi]):
        found.append(ProvinceMention(lo + match.start(), lo + match.end(), "กรุงเทพมหานคร"))
    found.sort(key=lambda m: m.start)
    return found


def bare_office_province(analysis, mention: AgencyMention) -> str | None:
    """The province of a provincial office written without one (สำนักงานพัฒนาชุมชนจังหวัด): the story's,
    but none when the text says it means every province's (สำนักงานยุติธรรมจังหวัด|ทั่วประเทศ,
    สำนักงานสาธารณสุขจังหวัด|ทุกจังหวัด: ``bare_office_plurals``), nor when the story's province has
    no offices of that shape (กรุงเทพมหานคร: ``no_provincial_offices``)."""
    after = analysis.text[mention.end:mention.end + 24].lstrip()
    if after.startswith(analysis.gaz.bare_office_plurals) or analysis.story_province in analysis.gaz.no_provincial_offices:
        return None
    return analysis.story_province
