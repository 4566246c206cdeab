"""Who attends (loaders/attendance.py and the attending cues of roles.py): dropped subjects, deputies, lists.

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from role_facts import role_facts


def test_who_travel_attend_what_they_travel_for():
    text = ("วันที่ 15 ธันวาคม 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงวัฒนธรรม ติดตามนายสมชาย ใจดี นายกรัฐมนตรี "
            "เดินทางเยือนประเทศมาเลเซียอย่างเป็นทางการ ระหว่างวันที่ 15 - 16 ธันวาคม 2567 ณ กรุงกัวลาลัมเปอร์ "
            "ประเทศมาเลเซีย พร้อมคณะ เพื่อเข้าร่วมการประชุมหารือประจำปี (Annual Consultation) ครั้งที่ 7\n"
            "ทั้งนี้ การประชุมหารือประจำปี ครั้งที่ 7 จัดขึ้นเมื่อวันที่ 16 ธันวาคม 2567")
    roles = role_facts(text)
    assert {("PARTICIPATED", "สมศรี ใจงาม", "meeting"), ("PARTICIPATED", "สมชาย ใจดี", "meeting"),
            ("PARTICIPATED", "สมศรี ใจงาม", "visit"), ("PARTICIPATED", "สมชาย ใจดี", "visit")} <= roles


def test_a_deputy_written_by_office_attends_not_the_office_of_the_head():
    text = ("วันที่ 11 พฤษภาคม 2568 นางสมศรี ใจงาม รองปลัดกระทรวงวัฒนธรรม ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านเกาะหลีเป๊ะ "
            "จังหวัดสตูล\nในโอกาสนี้ รองปลัดกระทรวงวัฒนธรรม และคณะ ได้เยี่ยมชมชุมชนชาวเลเกาะหลีเป๊ะ")
    roles = role_facts(text)
    assert ("PARTICIPATED", "สมศรี ใจงาม", "visit") in roles
    assert ("PARTICIPATED", "สำนักงานปลัดกระทรวงวัฒนธรรม", "visit") not in roles


def test_a_list_after_the_venue_is_another_clause_s():
    text = ("วันที่ 3 มีนาคม 2568 นางสมศรี ใจงาม รองปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมคณะอนุกรรมการจิตอาสา "
            "โดยมีผู้บริหารในสังกัดกระทรวงเกษตรและสหกรณ์ เข้าร่วม ณ ห้องประชุม 1403 กระทรวงเกษตรและสหกรณ์ "
            "โดยที่ประชุมได้รับทราบคำสั่งแต่งตั้งคณะกรรมการ จำนวน 2 คณะ ได้แก่ คำสั่งสำนักนายกรัฐมนตรี เรื่อง แต่งตั้งคณะกรรมการ")
    assert not any(r[0] == "PARTICIPATED" and r[1] == "สำนักนายกรัฐมนตรี" for r in role_facts(text))


def test_a_back_reference_inside_a_position_names_the_office_and_does_not_attend():
    text = ("วันที่ 14 กุมภาพันธ์ 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม พร้อมด้วย "
            "นายสมศักดิ์ มั่นคง ผู้ช่วยรัฐมนตรีประจำกระทรวงฯ นายสมหมาย รักดี อธิบดีกรมทรัพยากรทางทะเลและชายฝั่ง "
            "ลงพื้นที่บ้านเกาะมุกด์ จังหวัดตรัง ติดตามสถานการณ์หญ้าทะเล")
    roles = role_facts(text)
    assert ("PARTICIPATED", "สมศักดิ์ มั่นคง", "visit") in roles
    assert ("PARTICIPATED", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", "visit") not in roles


def test_the_body_a_representative_stands_for_attends_with_him():
    text = ("วันที่ 1 สิงหาคม 2567 นายสมชาย ใจดี นายกรัฐมนตรี เป็นประธานการประชุมหารือการป้องกันความปลอดภัยบนท้องถนน "
            "โดยมี นายสมศักดิ์ มั่นคง ผู้แทนสำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.) เข้าร่วมประชุม")
    roles = role_facts(text)
    assert {("PARTICIPATED", "สมศักดิ์ มั่นคง", "meeting"),
            ("PARTICIPATED", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ", "meeting")} <= roles


def test_the_places_named_after_the_kind_of_place_visited_are_visited():
    text = ("เมื่อวันที่ 30 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ พร้อมด้วยสภาวิศวกร และทีมวิศวกร "
            "ลงพื้นที่ตรวจเยี่ยมสถานศึกษา โรงเรียนสตรีวิทยา ภายหลังเหตุการณ์แผ่นดินไหว\n"
            "นายสมชาย กล่าวว่า ได้ตรวจสอบอาคารเรียนทุกหลังแล้ว")
    assert ("PARTICIPATED", "โรงเรียนสตรีวิทยา", "visit") in role_facts(text)


def test_a_place_listed_with_its_abbreviation_after_a_body_is_no_address():
    text = ("วันที่ 23 เมษายน 2567 นายสมชาย ใจดี รองปลัดกระทรวงคมนาคม เป็นประธานการประชุมคณะกรรมการติดตามโครงการ "
            "โดยมี ผู้แทนกรมทางหลวง (ทล.) กรุงเทพมหานคร (กทม.) การไฟฟ้านครหลวง (กฟน.) ร่วมการประชุม")
    roles = role_facts(text)
    assert {("PARTICIPATED", "กรมทางหลวง", "meeting"), ("PARTICIPATED", "กรุงเทพมหานคร", "meeting"),
            ("PARTICIPATED", "การไฟฟ้านครหลวง", "meeting")} <= roles


def test_who_wait_to_receive_the_guests_are_there():
    text = ("วันที่ 11 กรกฎาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานในพิธีเปิดโครงการคลินิกน้ำสะอาด "
            "ณ โรงเรียนอนุราชประสิทธิ์ โดยมี นายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดนนทบุรี รอต้อนรับ")
    assert ("PARTICIPATED", "สมศักดิ์ มั่นคง", "ceremony") in role_facts(text)


def test_a_list_opened_by_โดยมี_runs_over_a_เพื่อ_inside_a_name():
    text = ("วันที่ 20 ตุลาคม 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานการประชุมหารือแนวทางการขับเคลื่อนงาน "
            "โดยมี นายสมศักดิ์ มั่นคง ผู้ช่วยรัฐมนตรีประจำกระทรวงยุติธรรม ผู้แทนจากกรมสอบสวนคดีพิเศษ "
            "และผู้แทนเครือข่ายประชาชนเพื่อความเป็นธรรม เข้าร่วม ณ ห้องประชุมกระทรวงยุติธรรม")
    roles = role_facts(text)
    assert {("PARTICIPATED", "สมศักดิ์ มั่นคง", "meeting"), ("PARTICIPATED", "กรมสอบสวนคดีพิเศษ", "meeting")} <= roles


def test_who_reports_after_a_meeting_met_the_guest():
    text = ("วันที่ 5 มิถุนายน 2567 นางสมศรี ใจงาม ผู้แทนการค้าไทย เปิดเผยภายหลังการหารือกับ นายสมชาย ใจดี "
            "เอกอัครราชทูตสาธารณรัฐเบลารุสประจำประเทศไทย ว่าเบลารุสเป็นตลาดใหม่ที่มีศักยภาพของประเทศไทย")
    roles = role_facts(text)
    assert {("PARTICIPATED", "สมศรี ใจงาม", "meeting"), ("PARTICIPATED", "สมชาย ใจดี", "meeting")} <= roles


def test_who_is_named_after_a_meeting_that_is_over_did_not_meet():
    text = ("วันที่ 23 เมษายน 2568 นางสมศรี ใจงาม นายกรัฐมนตรี ได้มีการหารือกับสมเด็จ ฮุน มาแนด นายกรัฐมนตรีแห่งราชอาณาจักรกัมพูชา "
            "ภายหลังเสร็จสิ้นการหารือ นายสมชาย ใจดี โฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญดังนี้")
    assert not any(r[0] == "PARTICIPATED" and r[1] == "สมชาย ใจดี" for r in role_facts(text))


def test_those_listed_before_ร่วมหารือ_take_part_in_the_talks():
    text = ("วันที่ 2 พฤศจิกายน 2566 นายสมชาย ใจดี เอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย ได้เข้าเยี่ยมคารวะ "
            "นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม โดยมี นายสมศักดิ์ มั่นคง "
            "รองปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม ร่วมหารือฯ ณ ห้องประชุมชั้น 3")
    assert ("PARTICIPATED", "สมศักดิ์ มั่นคง", "meeting") in role_facts(text)
