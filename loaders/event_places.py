"""Where an event is placed when no venue names a province: the story's dateline, or an address in a visit's
title.  ``places.held_in`` asks these after the venue, the clause and a later venue have placed nothing."""
from __future__ import annotations

import re

from edugraph.loaders.reading import Reading
from edugraph.loaders.words import match_province

_DATELINE_DASH = re.compile(r"\s?[-–—]\s")
# a full address, a district and then its province (อ.ปากช่อง จ.นครราชสีมา, อำเภอเซกา จังหวัดบึงกาฬ)
_DISTRICT_THEN_PROVINCE = re.compile(r"(?<![ก-๙])(?:อำเภอ|อ\.)\s?[ก-๙][ก-๙-]*\s?(?=จังหวัด|จ\.)")


def dateline_province(reading: Reading) -> tuple[str, tuple[int, int]] | None:
    """A province that opens the story before a dash, with or without the day between them
    (``จังหวัดเชียงใหม่ – ...``, ``กรุงเทพฯ 4 มิถุนายน 2568 - ...``: DECISIONS, the dateline places the lead's
    events), not a reporter's slash prefix (``มุกดาหาร/...``): (province, its span).

    >>> from edugraph.loaders.extract import extract
    >>> record = extract("หัวข่าว\\n\\nกรุงเทพฯ 4 มิถุนายน 2568 - นายสมชาย ใจดี อธิบดีกรมส่งเสริมอุตสาหกรรม "
    ...                  "เป็นประธานในพิธีเปิดงานแสดงสินค้า ณ ห้องประชุม โรงแรมเอราวัณ", doc="x")
    >>> [e["name"] for e in record["entities"] if e["type"] == "Province"]
    ['กรุงเทพมหานคร']
    """
    text = reading.text
    start = reading.a.body_start
    while start < len(text) and text[start] in " \n":
        start += 1
    found = match_province(text, start, reading.gaz)
    if found is None:
        return None
    after = found[1]
    day = next((d for d in reading.a.dates if after <= d.start <= after + 1), None)
    if _DATELINE_DASH.match(text, after) or (day is not None and _DATELINE_DASH.match(text, day.end)):
        return found[0], (start, found[1])
    return None


def titled_address(reading: Reading, event) -> tuple[str, tuple[int, int]] | None:
    """A visit whose own words end on a full address (ลงพื้นที่ติดตามความคืบหน้า กรณีอุโมงค์รถไฟความเร็วสูงถล่ม
    อ.ปากช่อง จ.นครราชสีมา): the place visited is written there, a district and its province, though no
    place word opens it.  One province only (a trip's list is ``_listed_after``'s)."""
    if event.type != "visit":
        return None
    text = reading.text
    start, end = event.title_span
    found = []
    for match in _DISTRICT_THEN_PROVINCE.finditer(text, start, end):
        place = match_province(text, match.end(), reading.gaz)
        if place and place[1] <= end + 2:
            found.append((place[0], (match.start(), place[1])))
    return found[0] if len({name for name, _ in found}) == 1 else None
