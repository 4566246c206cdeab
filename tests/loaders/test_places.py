"""Where an event is held (loaders/places.py): which ณ opens a place, and where a venue's place ends.

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract
from edugraph.loaders.places import _CLAUSE_PLACE


def _held_in(text: str) -> set[tuple[str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "HELD_IN"}


def test_a_word_ending_in_na_opens_no_place():
    # the ณ of ขอบคุณ, วัดทองนพคุณ or อำเภอโคกศรีสุพรรณ is a word's end, not the venue's ณ (out of sample it placed a
    # visit by the governor it thanked)
    assert not any(m.group().startswith("ณ") for m in _CLAUSE_PLACE.finditer("ต้องขอขอบคุณผู้ว่าราชการจังหวัดมุกดาหาร"))
    assert _CLAUSE_PLACE.match("ณ จังหวัดสกลนคร") and _CLAUSE_PLACE.match("ณโรงเรียนธาตุพนม")


def test_another_days_session_does_not_place_the_first():
    # the first session's venue names no province; the second day's (after และวัน...) is another session's place
    held = _held_in("เมื่อวันที่ 8 พฤษภาคม 2567 นายสมชาย ใจดี รองนายกรัฐมนตรี เป็นประธานการประชุมหารือแนวทางพัฒนากลุ่มจังหวัด "
                    "ณ ห้องประชุมตึกสันติไมตรี ทำเนียบรัฐบาล และเมื่อวันจันทร์ที่ 13 พฤษภาคม 2567 ณ ห้องประชุมพริบพรี "
                    "ศาลากลางจังหวัดเพชรบุรี")
    assert held == set()
