"""Places a release states outside a venue's or a name's own words: an address after a name, the story's dateline,
an address that closes a visit's words, a temple written again with its place.  ``places`` asks these: the dateline
and the visit's address after the venue, the clause and a later venue have placed nothing."""
from __future__ import annotations

import re

from edugraph.loaders.reading import Fact, Reading
from edugraph.loaders.words import is_thai_letter, match_province

# the address after a name (a place name may hold a hyphen: ต.แป-ระ)
_ADDRESS = re.compile(r"\s?(?:(?:ตำบล|ต\.)\s?[ก-๙][ก-๙-]*\s?)?(?:(?:อำเภอ|อ\.)\s?[ก-๙][ก-๙-]*\s?)?(?=จังหวัด|จ\.)")
# a Bangkok address: its district, then the city (มหาวิทยาลัยเกริก เขตบางเขน กรุงเทพฯ)
_CITY_ADDRESS = re.compile(r"\s?(?:แขวง\s?[ก-๙]+\s?)?เขต\s?[ก-๙]+\s?(?=กรุงเทพ|กทม)")
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


def stated_address(reading: Reading, at: int, *, city: bool = False) -> str | None:
    """The province of an address written at ``at`` (ตำบล/อำเภอ, then จังหวัด; with ``city``, a Bangkok district too)."""
    address = _ADDRESS.match(reading.text, at) or (_CITY_ADDRESS.match(reading.text, at) if city else None)
    found = match_province(reading.text, address.end(), reading.gaz) if address else None
    return found[0] if found else None


def addressed_elsewhere(reading: Reading, found: list[Fact]) -> list[Fact]:
    """A temple the finders name only as its abbot's office (เจ้าอาวาสวัดบำเพ็ญเหนือ), written again at the venue
    with its place (ณ วัดบำเพ็ญเหนือ เขตมีนบุรี กรุงเทพมหานคร; ณ วัดเบญจมบพิตรดุสิตวนาราม กรุงเทพมหานคร), is placed
    there, as gold places every temple the text gives a place (heldout-6 w37, heldout-7 w21; ``addressed_elsewhere_heads``:
    a temple's place, unlike a national body's seat, is where it is)."""
    text, placed = reading.text, {f.head for f in found}
    heads = tuple(reading.gaz.words["addressed_elsewhere_heads"])
    facts = []
    for mention in reading.a.agencies:
        if not mention.entity_id or mention.entity_id in placed or not (mention.name or "").startswith(heads):
            continue
        at = text.find(mention.name)
        while at >= 0 and mention.entity_id not in placed:
            end = at + len(mention.name)
            province = stated_address(reading, end, city=True) or (
                _city_after(reading, end) if text.startswith(" ", end) else None)
            if province:
                placed.add(mention.entity_id)
                facts.append(Fact("LOCATED_IN", mention.entity_id, reading.province_id(province), text[at:end + 40]))
            at = text.find(mention.name, end)
    return facts


def _city_after(reading: Reading, end: int) -> str | None:
    """A province written alone after a name and a space, closing it (วัดเบญจมบพิตรดุสิตวนาราม กรุงเทพมหานคร)."""
    found = match_province(reading.text, end + 1, reading.gaz)
    return found[0] if found and not is_thai_letter(reading.text[found[1]:found[1] + 1]) else None
