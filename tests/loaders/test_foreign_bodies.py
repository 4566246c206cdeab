"""Bodies of a named country: embassies and the envoys who hold positions in them (loaders/foreign_bodies.py).

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _positions(text: str) -> set[tuple[str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") for e in record["entities"]}
    return {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "HOLDS_POSITION"}


def _agencies(text: str) -> set[str]:
    return {e["name"] for e in extract(text, doc="t")["entities"] if e["type"] == "Agency"}


def test_a_thai_envoy_written_with_his_posting_alone_holds_a_position_in_that_embassy():
    assert _positions("เมื่อวันที่ 3 มีนาคม 2568 นายสมชาย ใจดี เอกอัครราชทูต ณ กรุงออสโล และคณะ ได้หารือกับผู้บริหาร") \
        == {("สมชาย ใจดี", "สถานเอกอัครราชทูต ณ กรุงออสโล")}
    # a minister-counsellor serves in the embassy too; the tokenizer's cut capital (เฮ|ก) is whole again
    assert _positions("โดยมีนางสมศรี ใจงาม อัครราชทูต ณ กรุงเฮก ร่วมหารือ") \
        == {("สมศรี ใจงาม", "สถานเอกอัครราชทูต ณ กรุงเฮก")}
    # ประจำกรุง... is the same posting as ณ กรุง...
    assert "สถานเอกอัครราชทูตไทย ณ กรุงธากา" in _agencies("พร้อมด้วยนางสมศรี ใจงาม เอกอัครราชทูตไทยประจำกรุงธากา")


def test_an_ambassadors_rank_is_his_title_not_the_embassys_name():
    assert _positions("ได้หารือร่วมกับนายโฆเซ การ์เซีย เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งราชอาณาจักรสเปน"
                      "ประจำประเทศไทย เกี่ยวกับกำหนดการ") \
        == {("โฆเซ การ์เซีย", "สถานเอกอัครราชทูตราชอาณาจักรสเปนประจำประเทศไทย")}


def test_a_former_envoy_names_no_embassy():
    assert not any("ทูต" in name for name in _agencies("นายสมชาย ใจดี อดีตเอกอัครราชทูตไทยประจำสหรัฐอเมริกา กล่าวว่า"))


def test_a_foreign_embassy_written_with_and_without_its_posting_is_one_body():
    agencies = _agencies("นางสมศรี ใจงาม เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งสาธารณรัฐสิงคโปร์ หารือ และนายสมชาย ใจดี "
                         "เจ้าหน้าที่สถานเอกอัครราชทูตสิงคโปร์ประจำประเทศไทย")
    assert {name for name in agencies if "ทูต" in name} == {"สถานเอกอัครราชทูตสาธารณรัฐสิงคโปร์ประจำประเทศไทย"}
