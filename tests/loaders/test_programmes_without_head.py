"""Programmes whose name no โครงการ opens (issue 13, s14f): the quoted name of what a cooperation or an agreement
is about, a strategy named with the years it runs, a Thai name glossed by an initiative's English name."""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _programmes(text: str) -> list[str]:
    return [e["name"] for e in extract(text, doc="t")["entities"] if e["type"] == "Programme"]


def test_a_quoted_cooperation_is_named_by_its_quotes_whatever_word_opens_them():
    text = "กรมการกงสุล ต่ออายุความร่วมมือ “ติดแผ่นใสอักษรเบรลล์ในหนังสือเดินทาง” สำหรับผู้พิการทางสายตา"
    assert _programmes(text) == ["ติดแผ่นใสอักษรเบรลล์ในหนังสือเดินทาง"]
    text = "ร่วมเป็นสักขีพยานพิธีลงนามข้อตกลง “แนวทางการพัฒนาทรัพยากรมนุษย์ของไทย” โดยมีผู้ร่วมลงนามจาก 8 หน่วยงาน"
    assert _programmes(text) == ["แนวทางการพัฒนาทรัพยากรมนุษย์ของไทย"]


def test_a_strategy_named_with_the_years_it_runs_is_a_programme_as_a_plan_is():
    text = "ที่ประชุมเห็นชอบการขยายระยะเวลาการดำเนินงานยุทธศาสตร์ลดการบริโภคเกลือและโซเดียมในประเทศไทย พ.ศ. 2559 – 2568 ถึงปี 2570"
    assert _programmes(text) == ["ยุทธศาสตร์ลดการบริโภคเกลือและโซเดียมในประเทศไทย"]
    text = "ยังมีการกำหนดยุทธศาสตร์การบริหารจัดการอุตสาหกรรมอ้อยและน้ำตาลทราย 5 ปี (พ.ศ. 2566 - 2570) เพื่อบริหารจัดการ"
    assert _programmes(text) == ["ยุทธศาสตร์การบริหารจัดการอุตสาหกรรมอ้อยและน้ำตาลทราย"]
    assert _programmes("สอดคล้องกับยุทธศาสตร์ชาติ 20 ปี (พ.ศ. 2561 - 2580) ของรัฐบาล") == []


def test_a_thai_name_glossed_by_an_initiatives_english_name_is_a_programme():
    text = "ลงนามบันทึกความเข้าใจว่าด้วยการเป็นหุ้นส่วนทางการค้าที่แน่นแฟ้น (Enhanced Trade Partnership: ETP) นับเป็นก้าวสำคัญ"
    assert _programmes(text) == ["การเป็นหุ้นส่วนทางการค้าที่แน่นแฟ้น"]
    text = "ลงนามความร่วมมือกับองค์การเพื่อความร่วมมือทางเศรษฐกิจ (OECD Committee for Scientific and Technological Policy)"
    assert _programmes(text) == []


def test_an_english_name_ending_with_an_initiatives_head_is_a_programme_but_not_a_prize_nor_a_glosss_tail():
    assert _programmes("รมว. ได้ร่วมประชุมภายใต้ Belt and Road Initiative ในครั้งนี้") == ["Belt and Road Initiative"]
    assert _programmes("พิธีลงนามความร่วมมือว่าด้วยการขับเคลื่อน SME Clinic เพื่อยกระดับ") == ["SME Clinic"]
    assert _programmes("ได้รับรางวัล Global IT Challenge for Youth with Disabilities 2024 และ") == []
    text = "การประชุมยุทธศาสตร์ความร่วมมือทางเศรษฐกิจ (Ayeyawady – Chao Phraya – Mekong Economic Cooperation Strategy : ACMECS)"
    assert "Mekong Economic Cooperation Strategy" not in _programmes(text)


def test_a_policy_named_by_a_number_is_a_programme_and_a_count_of_its_parts_is_not():
    assert _programmes("อธิบดีได้กำหนดนโยบาย ๘ มิติยกกำลังสองขึ้น โดยมิติที่ ๕ ว่าด้วย") == ["นโยบาย 8 มิติยกกำลังสอง"]     # (Thai digits read as 0-9)
    assert _programmes("ร้อยละ 30 หรือเรียกว่านโยบาย 30@30 ดังนั้น เพื่อสนับสนุน") == ["นโยบาย 30@30"]
    assert _programmes("ขับเคลื่อน 4 นโยบาย 3 แนวทาง 2 รูปแบบ 1 เป้าหมาย") == []


def test_the_governments_quoted_policy_is_named_by_its_quotes_and_role_models_are_people():
    text = 'รวมถึงมอบนโยบายรัฐบาล "ตลาดนำ นวัตกรรมเสริม เพิ่มรายได้"  ให้เกษตรกรผู้เลี้ยงโคนม'
    assert _programmes(text) == ["ตลาดนำ นวัตกรรมเสริม เพิ่มรายได้"]
    assert _programmes("พร้อมมอบรางวัลเชิดชูเกียรติ แก่ 76 Role Model ด้านสุขภาพ") == []
