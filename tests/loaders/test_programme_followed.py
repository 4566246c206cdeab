"""The release's one occasion is PART_OF a programme it follows (ตามนโยบาย X), not one that only something else follows.

Each text names the programme once, in a paragraph of its own, so that only this rule can link it."""
import pytest

from edugraph.loaders.extract import extract

_OPENING = ("กรมส่งเสริมอุตสาหกรรม เปิดกิจกรรมพัฒนาแบรนด์\n\n4 มิถุนายน 2568 นายสมชาย ใจดี รองอธิบดีกรมส่งเสริมอุตสาหกรรม "
            "เป็นประธานพิธีเปิดกิจกรรมการพัฒนาภาพลักษณ์แบรนด์ ณ กรุงเทพมหานคร ทั้งนี้ มีผู้ประกอบการเข้าร่วมกว่า 50 ราย\n\n")
_POLICY = "“ดีพร้อมคอมมูนิตี้ ที่นี่มีแต่ให้” ของกรมส่งเสริมอุตสาหกรรม"


def _part_of(text: str) -> list[tuple[str, str]]:
    out = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in out["entities"]}
    return [(names[r["head"]], names[r["tail"]]) for r in out["relations"] if r["type"] == "PART_OF"]


@pytest.mark.parametrize("said", ["ให้เป็นไปตามนโยบาย ", "สู่ตลาดสากล ตามนโยบาย "])
def test_a_policy_the_occasion_follows(said):
    text = _OPENING + "ผลิตภัณฑ์ชุมชนจะได้รับการยกระดับ" + said + _POLICY
    assert _part_of(text) == [("ceremony", "ดีพร้อมคอมมูนิตี้ ที่นี่มีแต่ให้")]


@pytest.mark.parametrize("said", ["เป็นอุตสาหกรรมตามนโยบาย ",       # glued to a noun: which industry
                                  "ให้ผู้มีสิทธิ ตามโครงการ"])         # a bare ตาม: what else is done under it
def test_a_programme_something_else_follows(said):
    text = _OPENING + "ผลิตภัณฑ์ชุมชนจะได้รับการยกระดับ" + said + _POLICY
    assert _part_of(text) == []
