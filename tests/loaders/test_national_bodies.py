"""National bodies get no LOCATED_IN from what follows their name (loaders/national_bodies.py).

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _places(text: str) -> set[tuple[str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"]
            if r["type"] in ("LOCATED_IN", "HELD_IN")}


def test_a_national_body_at_the_venue_places_the_event_not_itself():
    places = _places("เมื่อวันที่ 26 มกราคม 2567 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ "
                     "เป็นประธานพิธีเปิดงานประมงสัญจร ณ ท่าเทียบเรือประมงอ่างศิลา องค์การสะพานปลา จังหวัดชลบุรี")
    assert ("LOCATED_IN", "องค์การสะพานปลา", "ชลบุรี") not in places
    assert any(kind == "HELD_IN" and province == "ชลบุรี" for kind, _, province in places)


def test_a_members_constituency_does_not_place_parliament():
    places = _places("เมื่อวันที่ 3 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ลงพื้นที่โรงเรียนบ้านหนองแวง "
                     "โดยมีสมาชิกสภาผู้แทนราษฎร (สส.) จังหวัดร้อยเอ็ด ให้การต้อนรับ")
    assert not any(head == "สภาผู้แทนราษฎร" for _, head, _ in places)


def test_a_university_is_still_placed_by_its_address():
    places = _places("เมื่อวันที่ 3 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษาฯ เป็นประธานเปิดการประชุม "
                     "ณ มหาวิทยาลัยนเรศวร จังหวัดพิษณุโลก")
    assert ("LOCATED_IN", "มหาวิทยาลัยนเรศวร", "พิษณุโลก") in places

