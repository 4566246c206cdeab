"""Who attends (loaders/attendance.py and the attending cues of roles.py): dropped subjects, deputies, lists.

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _roles(text: str) -> set[tuple[str, str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"]
            if r["type"] not in ("LOCATED_IN", "HOLDS_POSITION", "HELD_IN", "PART_OF")}


def test_who_travel_attend_what_they_travel_for():
    text = ("วันที่ 15 ธันวาคม 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงวัฒนธรรม ติดตามนายสมชาย ใจดี นายกรัฐมนตรี "
            "เดินทางเยือนประเทศมาเลเซียอย่างเป็นทางการ ระหว่างวันที่ 15 - 16 ธันวาคม 2567 ณ กรุงกัวลาลัมเปอร์ "
            "ประเทศมาเลเซีย พร้อมคณะ เพื่อเข้าร่วมการประชุมหารือประจำปี (Annual Consultation) ครั้งที่ 7\n"
            "ทั้งนี้ การประชุมหารือประจำปี ครั้งที่ 7 จัดขึ้นเมื่อวันที่ 16 ธันวาคม 2567")
    roles = _roles(text)
    assert {("PARTICIPATED", "สมศรี ใจงาม", "meeting"), ("PARTICIPATED", "สมชาย ใจดี", "meeting"),
            ("PARTICIPATED", "สมศรี ใจงาม", "visit"), ("PARTICIPATED", "สมชาย ใจดี", "visit")} <= roles


def test_a_deputy_written_by_office_attends_not_the_office_of_the_head():
    text = ("วันที่ 11 พฤษภาคม 2568 นางสมศรี ใจงาม รองปลัดกระทรวงวัฒนธรรม ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านเกาะหลีเป๊ะ "
            "จังหวัดสตูล\nในโอกาสนี้ รองปลัดกระทรวงวัฒนธรรม และคณะ ได้เยี่ยมชมชุมชนชาวเลเกาะหลีเป๊ะ")
    roles = _roles(text)
    assert ("PARTICIPATED", "สมศรี ใจงาม", "visit") in roles
    assert ("PARTICIPATED", "สำนักงานปลัดกระทรวงวัฒนธรรม", "visit") not in roles


def test_a_list_after_the_venue_is_another_clause_s():
    text = ("วันที่ 3 มีนาคม 2568 นางสมศรี ใจงาม รองปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมคณะอนุกรรมการจิตอาสา "
            "โดยมีผู้บริหารในสังกัดกระทรวงเกษตรและสหกรณ์ เข้าร่วม ณ ห้องประชุม 1403 กระทรวงเกษตรและสหกรณ์ "
            "โดยที่ประชุมได้รับทราบคำสั่งแต่งตั้งคณะกรรมการ จำนวน 2 คณะ ได้แก่ คำสั่งสำนักนายกรัฐมนตรี เรื่อง แต่งตั้งคณะกรรมการ")
    assert not any(r[0] == "PARTICIPATED" and r[1] == "สำนักนายกรัฐมนตรี" for r in _roles(text))
