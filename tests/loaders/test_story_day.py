"""A bare ในวันนี้ in an event's clause ties the event to the day the story opened with (heldout-9 w23,
heldout-10 w34); with no such day stated, or ``ในวันนี้ (date)`` giving its own day, it decides nothing.

Invented sentences in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _days(text: str, **kwargs) -> list[tuple]:
    return [(e["event_type"], e["date"]) for e in extract(text, doc="t", **kwargs)["entities"] if e["type"] == "Event"]


_STATEMENT = ("กระทรวงเกษตรฯ ผนึกเครือข่ายมหาวิทยาลัย\n\n{day} นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ "
              "เปิดเผยว่า กระทรวงให้ความสำคัญกับเกษตรกรรุ่นใหม่เป็นอย่างมาก\n"
              "รมช.สมชาย กล่าวเพิ่มเติมว่า กระทรวงมุ่งมั่นที่จะยกระดับเกษตรกรไทย ในวันนี้จึงได้จัดประชุมหารือร่วมกับ"
              "คณาจารย์ เครือข่ายมหาวิทยาลัยภาคเหนือ เพื่อวางแนวทางความร่วมมือ")


def test_an_activity_told_as_today_takes_the_story_day():
    text = _STATEMENT.format(day="วันนี้ (19 ม.ค.67)")
    assert _days(text, published="2024-01-19") == [("meeting", "2024-01-19")]


def test_today_with_no_story_day_stays_undated():
    # the publication date is never copied: "today" with no day stated in the story dates nothing
    text = _STATEMENT.format(day="")
    assert _days(text, published="2024-01-19") == [("meeting", None)]
