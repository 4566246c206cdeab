"""The activity a visit is made by (loaders/visit_activities.py) and an attendee's second activity joined by และ
(role_cues.JOINS_BOTH).

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from role_facts import role_facts


def test_the_visitors_take_part_in_the_ceremony_the_visit_is_made_by():
    text = ("วันที่ 12 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ลงพื้นที่ตรวจราชการ"
            "ตามนโยบายสำคัญของกระทรวงเกษตรและสหกรณ์ ณ จังหวัดพะเยา โดยร่วมในพิธีมอบโฉนดเพื่อการเกษตรให้แก่เกษตรกร "
            "จำนวน 1,600 ราย ณ หอประชุมโรงเรียนดอกคำใต้วิทยาคม")
    roles = role_facts(text)
    assert ("PARTICIPATED", "สมชาย ใจดี", "visit") in roles
    assert ("PARTICIPATED", "สมชาย ใจดี", "ceremony") in roles


def test_an_activity_in_the_next_sentence_is_not_the_visit_s():
    text = ("วันที่ 12 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ลงพื้นที่ตรวจราชการ"
            "ตามนโยบายสำคัญของกระทรวงเกษตรและสหกรณ์ ณ จังหวัดพะเยา\n"
            "ต่อมา นางสมศรี ใจงาม ผู้ว่าราชการจังหวัดพะเยา เป็นประธานในพิธีมอบโฉนดเพื่อการเกษตรให้แก่เกษตรกร")
    assert ("PARTICIPATED", "สมชาย ใจดี", "ceremony") not in role_facts(text)


def test_who_attend_a_workshop_and_the_visit_joined_to_it_attend_both():
    text = ("วันที่ 20 ธันวาคม 2561 นายสมเดช ดอกดวง นักวิชาการศึกษาเชี่ยวชาญ สำนักงานศึกษาธิการภาค 13 "
            "เข้าร่วมประชุมปฏิบัติการโรงเรียนในโครงการพื้นที่นวัตกรรมการศึกษาจังหวัดศรีสะเกษ และการลงพื้นที่ติดตาม"
            "การดำเนินงานพื้นที่นวัตกรรมการศึกษาจังหวัดศรีสะเกษ ณ โรงแรมศรีลำดวน")
    roles = role_facts(text)
    assert ("PARTICIPATED", "สมเดช ดอกดวง", "workshop") in roles
    assert ("PARTICIPATED", "สมเดช ดอกดวง", "visit") in roles
