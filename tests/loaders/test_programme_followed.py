"""The release's one occasion is PART_OF a programme it follows (ตามนโยบาย X), not one that only something else follows."""
from edugraph.loaders.extract import extract

_OPENING = ("กรมส่งเสริมอุตสาหกรรม เปิดกิจกรรมพัฒนาแบรนด์\n\n4 มิถุนายน 2568 นายสมชาย ใจดี รองอธิบดีกรมส่งเสริมอุตสาหกรรม "
            "เป็นประธานพิธีเปิดกิจกรรมการพัฒนาภาพลักษณ์แบรนด์ ณ กรุงเทพมหานคร\n\n")


def _part_of(text: str) -> list[tuple[str, str]]:
    out = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in out["entities"]}
    return [(names[r["head"]], names[r["tail"]]) for r in out["relations"] if r["type"] == "PART_OF"]


def test_a_policy_the_occasion_follows():
    text = _OPENING + "กิจกรรมนี้มุ่งยกระดับผลิตภัณฑ์ชุมชน ให้เป็นไปตามนโยบาย “ดีพร้อมคอมมูนิตี้ ที่นี่มีแต่ให้” ของกรมส่งเสริมอุตสาหกรรม"
    assert _part_of(text) == [("ceremony", "ดีพร้อมคอมมูนิตี้ ที่นี่มีแต่ให้")]


def test_a_programme_that_something_else_follows():
    text = _OPENING + "กรมยังจัดสรรสวัสดิการแก่ผู้มีสิทธิ ตามโครงการพักชำระดอกเบี้ย 3 ปี อีกด้วย"
    assert _part_of(text) == []
