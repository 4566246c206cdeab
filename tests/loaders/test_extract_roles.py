"""Role decisions at an event: who received the guests, who visited, who followed the work up, who spoke.

Every example is an invented sentence in the style of Thai government releases; each rule here is the
general form of a cue seen in several releases (bench/role_errors.py puts its misses down to ROLE).
"""
from __future__ import annotations

from role_facts import role_facts

_VISIT = ("วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านหนองบัว "
          "จังหวัดขอนแก่น โดยมี นายวิชัย สุขใจ ผู้อำนวยการโรงเรียนบ้านหนองบัว ")


def test_who_receives_the_visitors_takes_part():
    assert ("PARTICIPATED", "วิชัย สุขใจ", "visit") in role_facts(_VISIT + "ให้การต้อนรับ")


def test_a_host_who_receives_and_briefs_speaks():
    roles = role_facts(_VISIT + "ให้การต้อนรับและบรรยายสรุปผลการดำเนินงาน")
    assert ("SPOKE_AT", "วิชัย สุขใจ", "visit") in roles
    assert ("PARTICIPATED", "วิชัย สุขใจ", "visit") not in roles      # the stronger role is kept


def test_the_guest_received_takes_part_too():
    text = ("วันที่ 17 เมษายน 2568 นายอนันต์ ดีงาม ปลัดกระทรวงศึกษาธิการ ให้การต้อนรับ นายจอห์น สมิธ "
            "เอกอัครราชทูตออสเตรเลียประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ ณ กระทรวงศึกษาธิการ")
    roles = role_facts(text)
    assert {("PARTICIPATED", "อนันต์ ดีงาม", "meeting"), ("PARTICIPATED", "จอห์น สมิธ", "meeting")} <= roles


def test_an_official_visit_abroad_is_taken_part_in_by_the_visitor():
    text = "วันที่ 15 ธันวาคม 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงวัฒนธรรม เดินทางเยือนประเทศมาเลเซียอย่างเป็นทางการ"
    assert ("PARTICIPATED", "สมศรี ใจงาม", "visit") in role_facts(text)


def test_who_follows_up_the_work_on_a_visit_and_the_body_whose_work_it_is_take_part():
    text = ("วันที่ 12 มิถุนายน 2563 สำนักงานศึกษาธิการจังหวัดยโสธร รับการตรวจติดตามพื้นที่นวัตกรรมการศึกษา "
            "โดยมีนายธนา ใจกล้า ผู้ตรวจราชการกระทรวงศึกษาธิการ ติดตามผลการดำเนินงานในครั้งนี้")
    assert ("PARTICIPATED", "ธนา ใจกล้า", "visit") in role_facts(text)
    text = ("วันที่ 11 กุมภาพันธ์ 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการคลัง ลงพื้นที่ อ.สารภี จ.เชียงใหม่ "
            "เพื่อติดตามการดำเนินงานของกองทุนหมู่บ้านไชยสถาน")
    assert ("PARTICIPATED", "กองทุนหมู่บ้านไชยสถาน", "visit") in role_facts(text)


def test_speakers_listed_after_pen_witthayakon_dai_kae_speak():
    text = ("วันที่ 18 ธันวาคม 2567 กรมราชทัณฑ์ จัดการสัมมนาเชิงปฏิบัติการ การพัฒนาการศึกษาผู้ต้องขัง "
            "โดยเชิญผู้ทรงคุณวุฒิ เป็นวิทยากร ได้แก่ รองศาสตราจารย์ ดร.วีรชัย ปทุมทอง หัวหน้าภาควิชาการศึกษา และ นายศุภกร ไตรทอง")
    roles = role_facts(text)
    assert {("SPOKE_AT", "วีรชัย ปทุมทอง", "forum"), ("SPOKE_AT", "ศุภกร ไตรทอง", "forum")} <= roles


def test_the_body_a_programme_is_run_by_organises_the_programme_not_the_days_event():
    text = ("วันที่ 20 ธันวาคม 2562 บริษัท ทะเลทอง จำกัด ลงพื้นที่เยี่ยมชมห้องเรียนดิจิทัล ณ โรงเรียนบ้านหาดใหญ่ จังหวัดตราด "
            "ทั้งนี้ โครงการห้องเรียนดิจิทัลเพื่อน้องชายแดน ดำเนินการโดยมูลนิธิเพื่อนเด็กชายแดน")
    roles = role_facts(text)
    assert ("ORGANIZED", "มูลนิธิเพื่อนเด็กชายแดน", "โครงการห้องเรียนดิจิทัลเพื่อน้องชายแดน") in roles
    assert ("ORGANIZED", "มูลนิธิเพื่อนเด็กชายแดน", "visit") not in roles


def test_a_programme_named_in_an_events_title_leaves_who_holds_it_to_the_event():
    text = ("วันที่ 15 กรกฎาคม 2567 นายพงศ์ ธนสาร ผู้ว่าราชการจังหวัดศรีสะเกษ เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
            "การขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดศรีสะเกษ ซึ่งจัดโดยสำนักงานศึกษาธิการจังหวัดศรีสะเกษ")
    assert ("ORGANIZED", "สำนักงานศึกษาธิการจังหวัดศรีสะเกษ", "signing") in role_facts(text)


def test_a_host_to_be_hosts_a_plan_not_the_event_reported():
    text = ("วันที่ 17 เมษายน 2567 นายสมชาย ใจดี นายกรัฐมนตรี ร่วมเป็นสักขีพยานในพิธีลงนามบันทึกความเข้าใจ"
            "ระหว่างกระทรวงศึกษาธิการ กับ มหาวิทยาลัยเชียงใหม่ โดยภายหลังเสร็จสิ้น นายกรัฐมนตรีจะเป็นเจ้าภาพเลี้ยงรับรองอาหารกลางวัน")
    roles = role_facts(text)
    assert ("WITNESSED", "สมชาย ใจดี", "signing") in roles
    assert not {r for r in roles if r[0] == "ORGANIZED"}


def test_the_hosts_who_receive_a_visitor_are_no_subject_a_later_cue_keeps():
    text = ("วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ เดินทางตรวจเยี่ยมโรงเรียนบ้านหนองบัว โดยมี\n"
            "นายวิชัย สุขใจ ผู้อำนวยการโรงเรียนบ้านหนองบัว, นายชาติ ดีมาก ผู้ว่าราชการจังหวัดขอนแก่น ร่วมให้การต้อนรับ "
            "จากนั้นได้เดินทางไปยังอำเภอพล เพื่อเป็นประธานในพิธีเปิดอาคารเรียนหลังใหม่")
    roles = role_facts(text)
    assert ("CHAIRED", "สมชาย ใจดี", "ceremony") in roles
    assert {("PARTICIPATED", "วิชัย สุขใจ", "visit"), ("PARTICIPATED", "ชาติ ดีมาก", "visit")} <= roles


def test_a_keynote_at_an_activity_reports_the_activity_held():
    # กิจกรรม names an event after an organiser's จัด and also after a speech given in it (issue 13, real releases)
    text = ("วันที่ 12 มีนาคม 2567 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ กล่าวปาฐกถาพิเศษในกิจกรรมแลกเปลี่ยนเรียนรู้"
            "สู่การยกระดับคุณภาพการศึกษา ณ โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น")
    assert ("SPOKE_AT", "สมชาย ใจดี", "other") in role_facts(text)


def test_who_tells_what_a_keynote_said_does_not_speak_at_it():
    # "เปิดเผยสาระสำคัญของปาฐกถา": a spokesman reporting the speech (a quotation), not a speaker at the event
    text = ("วันที่ 12 กุมภาพันธ์ 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ เป็นประธานเปิดการเสวนา "
            "เรื่องการศึกษาเพื่อทุกคน ณ โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น ภายหลังเสร็จสิ้น นายวิชัย สุขใจ "
            "โฆษกกระทรวงศึกษาธิการ เปิดเผยสาระสำคัญของปาฐกถา ดังนี้")
    roles = role_facts(text)
    assert ("CHAIRED", "สมชาย ใจดี", "forum") in roles
    assert not any(r[0] == "SPOKE_AT" and r[1] == "วิชัย สุขใจ" for r in roles)


def test_a_chair_who_also_gives_policy_speaks_though_the_title_reads_on():
    # the meeting's title runs on over "พร้อมมอบนโยบาย": the verb is the chair's second act (issue 13, real releases)
    text = ("วันที่ 24 ตุลาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ เป็นประธานการประชุมผู้บริหารสถานศึกษา"
            "ในสังกัดกระทรวงศึกษาธิการ เพื่อติดตามการดำเนินงานของทุกภาคส่วน พร้อมมอบนโยบายการจัดการศึกษาในพื้นที่ "
            "ณ ศาลากลางจังหวัดตรัง")
    roles = role_facts(text)
    assert {("CHAIRED", "สมชาย ใจดี", "meeting"), ("SPOKE_AT", "สมชาย ใจดี", "meeting")} <= roles


def test_a_chair_who_opens_a_forum_and_gives_a_keynote_speaks_over_its_quoted_title():
    text = ("วันที่ 12 กุมภาพันธ์ 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ เป็นประธานเปิดการเสวนา "
            "ในหัวข้อ “การศึกษาเพื่อทุกคน” และกล่าวปาฐกถาพิเศษเกี่ยวกับนโยบายการศึกษา ณ โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น")
    assert ("SPOKE_AT", "สมชาย ใจดี", "forum") in role_facts(text)


def test_the_parties_a_signing_is_between_do_not_hold_it():
    # "สำหรับพิธีลงนาม... ระหว่าง A B และ C จัดขึ้น เพื่อ...": the signing was held; its parties sign, they organise nothing
    text = ("วันที่ 8 สิงหาคม 2566 นายสมชาย ใจดี รองปลัดกระทรวงยุติธรรม เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
            "ณ ห้องประชุมกระทรวงยุติธรรม\nสำหรับพิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่าง กรมพินิจและคุ้มครองเด็กและเยาวชน "
            "บริษัท ทองดี จำกัด และมูลนิธิรักเด็ก จัดขึ้น เพื่อส่งเสริมการฝึกอาชีพให้แก่เยาวชน")
    roles = role_facts(text)
    assert ("SIGNED", "มูลนิธิรักเด็ก", "signing") in roles
    assert not {r for r in roles if r[0] == "ORGANIZED"}


def test_who_holds_an_event_with_its_own_subject_organises_it():
    text = ("วันที่ 7 มีนาคม 2562 สำนักงานศึกษาธิการจังหวัดระยอง ร่วมกับมูลนิธิรักเด็ก จัดขึ้น ณ โรงแรมสตาร์ "
            "ในพิธีเปิดโครงการพัฒนาครู")
    roles = role_facts(text)
    assert ("ORGANIZED", "มูลนิธิรักเด็ก", "ceremony") in roles


def test_a_minister_or_head_of_government_named_only_by_office_does_not_make_the_body_take_part():
    # the office is the one person, whom the story does not name: no one, and not the ministry, takes part
    text = ("วันที่ 14 มีนาคม 2568 ที่ทำเนียบรัฐบาล มีการประชุมหารือความร่วมมือด้านการศึกษา "
            "โดยรัฐมนตรีว่าการกระทรวงกลาโหม และเอกอัครราชทูตสาธารณรัฐฝรั่งเศสประจำประเทศไทย เข้าร่วมประชุม")
    roles = role_facts(text)
    assert not {r for r in roles if r[0] == "PARTICIPATED"}


def test_an_administrative_head_named_only_by_office_makes_the_office_take_part():
    text = ("วันที่ 30 พฤศจิกายน 2565 จังหวัดพะเยา จัดประชุมเชิงปฏิบัติการพื้นที่นวัตกรรมการศึกษา "
            "โดยมีศึกษาธิการจังหวัดพะเยา และท้องถิ่นจังหวัดพะเยา ร่วมประชุม")
    assert ("PARTICIPATED", "สำนักงานศึกษาธิการจังหวัดพะเยา", "workshop") in role_facts(text)


def test_an_office_written_short_with_its_agency_is_the_person_named_in_that_office_of_that_agency():
    # two ministers are named: "รมว.อว." is the one of อว., and the ministry itself does not visit
    text = ("วันที่ 24 เมษายน 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
            "ให้การต้อนรับ นายทาโร ยามาดะ รัฐมนตรีว่าการกระทรวงการศึกษา วัฒนธรรม กีฬา วิทยาศาสตร์และเทคโนโลยี ญี่ปุ่น\n"
            "จากนั้น รมว.อว. ได้ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านหนองบัว จังหวัดขอนแก่น")
    roles = role_facts(text)
    assert ("PARTICIPATED", "สมศรี ใจงาม", "visit") in roles
    assert ("PARTICIPATED", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "visit") not in roles


def test_the_parties_listed_after_a_signing_held_with_no_subject_do_not_hold_it():
    # "ได้มีการจัดพิธีลงนาม... ระหว่าง A B และ C": the organising verb is read as a noun, and what follows ระหว่าง is
    # the parties' list, not who held it
    text = ("วันที่ 9 มกราคม 2568 ที่กระทรวงแรงงาน ได้มีการจัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่าง กรมการจัดหางาน "
            "บริษัท ทองดี จำกัด และกรมพัฒนาฝีมือแรงงาน ขึ้น โดยมี นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธาน")
    roles = role_facts(text)
    assert ("SIGNED", "กรมการจัดหางาน", "signing") in roles
    assert not {r for r in roles if r[0] == "ORGANIZED"}


def test_the_cabinet_hosts_nothing_through_its_prime_minister():
    # a role only a body holds goes to the bodies the person acts for, not to a collective body he sits in
    text = ("วันที่ 14 พฤศจิกายน 2567 นางสาวสมศรี ใจงาม นายกรัฐมนตรี เป็นเจ้าภาพการหารือกับภาคเอกชนสหรัฐอเมริกา "
            "ณ นครลอสแอนเจลิส")
    roles = role_facts(text)
    assert ("ORGANIZED", "คณะรัฐมนตรี", "meeting") not in roles


def test_a_minister_who_hosts_makes_his_ministry_the_organiser():
    text = ("วันที่ 14 พฤศจิกายน 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นเจ้าภาพการหารือกับภาคเอกชนสหรัฐอเมริกา "
            "ณ นครลอสแอนเจลิส")
    assert ("ORGANIZED", "กระทรวงการต่างประเทศ", "meeting") in role_facts(text)


def test_a_body_that_holds_a_programme_runs_it():
    text = ("จังหวัดน่าน ร่วมกับสมาคมกีฬาจังหวัดน่าน จัดโครงการเดินวิ่งเพื่อสุขภาพชาวน่าน "
            "เพื่อส่งเสริมให้ประชาชนออกกำลังกาย")
    roles = role_facts(text)
    assert {("ORGANIZED", "จังหวัดน่าน", "โครงการเดินวิ่งเพื่อสุขภาพชาวน่าน"),
            ("ORGANIZED", "สมาคมกีฬาจังหวัดน่าน", "โครงการเดินวิ่งเพื่อสุขภาพชาวน่าน")} <= roles


def test_who_meets_a_titled_guest_in_a_bilateral_talk_takes_part_and_the_spokesman_does_not():
    text = ("วันที่ 8 กรกฎาคม 2567 นายสมชาย ใจดี นายกรัฐมนตรี หารือทวิภาคีกับ ศาสตราจารย์ ดร. จอห์น สมิธ "
            "ผู้นำสูงสุดทางศาสนา ในโอกาสเยือนไทย โดยนายวิชัย สุขใจ โฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญ")
    roles = role_facts(text)
    assert {("PARTICIPATED", "สมชาย ใจดี", "meeting"), ("PARTICIPATED", "จอห์น สมิธ", "meeting")} <= roles
    assert ("PARTICIPATED", "วิชัย สุขใจ", "meeting") not in roles


def test_a_meeting_someone_is_told_to_hold_is_no_meeting_taken_part_in():
    text = ("วันที่ 9 มกราคม 2567 นายสมชาย ใจดี นายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการยุทธศาสตร์ "
            "โดยให้คณะทำงานฯ ไปหารือกับกระทรวงคมนาคม")
    assert ("PARTICIPATED", "กระทรวงคมนาคม", "meeting") not in role_facts(text)


def test_who_thanks_or_gives_a_vision_at_an_event_speaks():
    text = ("วันที่ 9 ธันวาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานเปิดการอบรมหลักสูตรโฆษก "
            "และกล่าวแสดงวิสัยทัศน์ด้านการสื่อสาร")
    assert ("SPOKE_AT", "สมชาย ใจดี", "training") in role_facts(text)


def test_the_one_welcomed_is_no_subject_of_the_next_speech():
    text = ("วันที่ 10 มีนาคม 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
            "ให้การต้อนรับและหารือกับ นายจอห์น สมิธ รองประธานองค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น และคณะ\n"
            "ในการนี้ นางสาวสมศรี ได้กล่าวต้อนรับนายจอห์น สมิธ และคณะ พร้อมทั้งกล่าวขอบคุณที่ให้การสนับสนุน")
    roles = role_facts(text)
    assert ("SPOKE_AT", "จอห์น สมิธ", "meeting") not in roles


def test_the_organisers_of_a_programme_described_as_the_one_they_hold_run_the_programme():
    text = ("วันที่ 7 กุมภาพันธ์ 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม เป็นประธานเปิดงาน "
            "Climate Action Leaders Forum รุ่น 3\n"
            "โครงการผู้นำรุ่นใหม่ด้านสภาพภูมิอากาศ เป็นโครงการที่กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ร่วมกับ "
            "กรมการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม จัดขึ้นต่อเนื่องเป็นครั้งที่ 3")
    roles = role_facts(text)
    assert ("ORGANIZED", "กรมการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม", "โครงการผู้นำรุ่นใหม่ด้านสภาพภูมิอากาศ") in roles
    assert ("ORGANIZED", "กรมการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม", "forum") not in roles


def test_recipients_listed_at_a_ceremony_take_part():
    text = ("วันที่ 28 พฤศจิกายน 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานในพิธีวันสถาปนากรมบังคับคดี "
            "พร้อมมอบทุนการศึกษาแก่โรงเรียนในพื้นที่ จำนวน 2 โรงเรียน ได้แก่ โรงเรียนวัดตลิ่งชัน และโรงเรียนวัดเจ้าอาม")
    roles = role_facts(text)
    assert {("PARTICIPATED", "โรงเรียนวัดตลิ่งชัน", "ceremony"), ("PARTICIPATED", "โรงเรียนวัดเจ้าอาม", "ceremony")} <= roles


def test_who_convenes_a_policy_meeting_speaks_at_it():
    text = ("วันที่ 1 กรกฎาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการคลัง ยังได้ประชุมมอบนโยบายให้ "
            "ธนาคารอาคารสงเคราะห์ ปล่อยสินเชื่อที่อยู่อาศัยอัตราดอกเบี้ยต่ำ")
    assert ("SPOKE_AT", "สมชาย ใจดี", "meeting") in role_facts(text)


def test_the_guests_who_come_with_the_one_received_take_part():
    text = ("วันที่ 26 พฤศจิกายน 2567 นายอนันต์ ดีงาม ปลัดกระทรวงมหาดไทย ให้การต้อนรับ นายจักร ใจดี กงสุลใหญ่กิตติมศักดิ์สาธารณรัฐนิการากัว "
            "พร้อมด้วย นางสาวกรนันท์ สุขใจ กงสุลใหญ่กิตติมศักดิ์สาธารณรัฐเบลารุส ในโอกาสเข้าเยี่ยมคารวะ ณ กระทรวงมหาดไทย")
    roles = role_facts(text)
    assert {("PARTICIPATED", "จักร ใจดี", "meeting"), ("PARTICIPATED", "กรนันท์ สุขใจ", "meeting")} <= roles


def test_the_one_a_relative_clause_is_about_chairs_when_assigned_to():
    roles = role_facts("วันที่ 5 มีนาคม 2567 นางสาวสุดา ดีงาม รัฐมนตรีว่าการกระทรวงวัฒนธรรม ร่วมงานมหกรรมวัฒนธรรมไทย-จีน "
                   "โดยมี นายวิชัย สุขใจ รัฐมนตรีว่าการกระทรวงศึกษาธิการ ซึ่งได้รับมอบหมายจาก นายสมชาย ใจดี "
                   "นายกรัฐมนตรี ให้เป็นประธานงานดังกล่าว")
    assert ("CHAIRED", "วิชัย สุขใจ", "forum") in roles
    assert ("CHAIRED", "สมชาย ใจดี", "forum") not in roles


def test_who_speaks_while_presiding_chairs_and_witnesses():
    roles = role_facts("วันที่ 5 มีนาคม 2567 นายวิชัย สุขใจ ปลัดกระทรวงอุตสาหกรรม เปิดเผยในระหว่างการเป็นประธานสักขีพยาน"
                   "ในพิธีลงนามบันทึกข้อตกลงความร่วมมือส่งเสริมอุตสาหกรรมอ้อย ณ กระทรวงอุตสาหกรรม")
    assert {("CHAIRED", "วิชัย สุขใจ", "signing"), ("WITNESSED", "วิชัย สุขใจ", "signing")} <= roles


def test_a_chair_goes_on_chairing_after_a_venue_and_a_body_named_in_the_title_before():
    roles = role_facts("วันที่ 4 กุมภาพันธ์ 2567 นายวิชัย สุขใจ รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม "
                   "เป็นประธานในพิธีปล่อยนกกระเรียนขององค์การสวนสัตว์แห่งประเทศไทย ณ อ่างเก็บน้ำห้วยจรเข้มาก "
                   "พร้อมเป็นประธานเปิดงานมหกรรมนกกระเรียน ประจำปี 2567")
    assert ("CHAIRED", "วิชัย สุขใจ", "forum") in roles


def test_who_goes_on_to_tell_of_a_chair_does_not_chair():
    roles = role_facts("วันที่ 5 มีนาคม 2567 นายวิชัย สุขใจ โฆษกกระทรวงศึกษาธิการ กล่าวเพิ่มเติมว่า นายกรัฐมนตรี "
                   "เป็นประธานพิธีเปิดงานมหกรรมการศึกษาไทย ณ ศูนย์ประชุมแห่งชาติสิริกิติ์")
    assert not {r for r in roles if r[0] == "CHAIRED" and r[1] == "วิชัย สุขใจ"}


def test_a_speaker_who_tells_he_chaired_chairs():
    roles = role_facts("วันนี้ (18 ก.ค. 67) นายวิชัย สุขใจ ผู้ว่าราชการจังหวัดมุกดาหาร เปิดเผยว่า ตนได้เป็นประธานในพิธีเปิด"
                   "กิจกรรมการแข่งขันจักรยานเฉลิมพระเกียรติ ณ โรงเรียนมุกดาหาร")
    assert ("CHAIRED", "วิชัย สุขใจ", "ceremony") in roles


def test_a_chair_who_opens_a_fair_chairs_the_opening_not_the_fair_named_in_its_title():
    text = ("วันที่ 8 ธันวาคม 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงวัฒนธรรม เป็นประธานพิธีเปิดงาน มหกรรมศิลปะพื้นบ้าน "
            "ประจำปี 2566 ซึ่งจัดขึ้นระหว่างวันที่ 7-10 ธันวาคม 2566 โดยมี นางสาวสมศรี ใจงาม ผู้ตรวจราชการกระทรวงวัฒนธรรม เข้าร่วม")
    roles = role_facts(text)
    assert ("CHAIRED", "สมชาย ใจดี", "ceremony") in roles
    assert ("PARTICIPATED", "สมศรี ใจงาม", "ceremony") in roles
    assert not {r for r in roles if r[2] != "ceremony" and r[1] in ("สมชาย ใจดี", "สมศรี ใจงาม")}


def test_a_chair_passes_over_a_visit_to_the_event_he_chairs():
    text = ("วันที่ 20 ธันวาคม 2561 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ลงพื้นที่ตรวจราชการจังหวัดยะลา "
            "เพื่อเป็นประธานเปิดงาน มหกรรมวิชาการการศึกษาจังหวัดยะลา ณ หอประชุมจังหวัดยะลา")
    roles = role_facts(text)
    assert ("CHAIRED", "สมชาย ใจดี", "visit") not in roles
    assert ("PARTICIPATED", "สมชาย ใจดี", "visit") in roles


def test_the_schools_of_a_visits_further_stops_take_part():
    text = (_VISIT + "ให้การต้อนรับ\nจากนั้น นายสมชาย ใจดี เดินทางต่อไปยังโรงเรียนบ้านโนนสวรรค์ อำเภอเมือง จังหวัดขอนแก่น "
            "เพื่อพบปะนักเรียน และแวะเยี่ยมนักเรียนและครู โรงเรียนบ้านดอนดู่ และโรงเรียนบ้านหนองแวง")
    roles = role_facts(text)
    assert {("PARTICIPATED", "โรงเรียนบ้านโนนสวรรค์", "visit"), ("PARTICIPATED", "โรงเรียนบ้านดอนดู่", "visit"),
            ("PARTICIPATED", "โรงเรียนบ้านหนองแวง", "visit")} <= roles


def test_a_school_gone_to_for_another_event_is_only_its_venue():
    text = (_VISIT + "ให้การต้อนรับ\nจากนั้น นายสมชาย ใจดี เดินทางไปยังโรงเรียนบ้านโนนสวรรค์ อำเภอเมือง "
            "เพื่อเป็นประธานในพิธีมอบทุนการศึกษา")
    assert ("PARTICIPATED", "โรงเรียนบ้านโนนสวรรค์", "visit") not in role_facts(text)


def test_the_audience_of_a_lecture_and_those_who_receive_a_royal_visitor_take_part():
    text = ("วันที่ 21 เมษายน 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานเปิดการอบรมหลักสูตรนักปกครองระดับสูง "
            "ณ วิทยาลัยมหาดไทย โดยมี นายวิชัย สุขใจ อธิบดีกรมการพัฒนาชุมชน ร่วมรับฟัง")
    assert ("PARTICIPATED", "วิชัย สุขใจ", "training") in role_facts(text)
    text = ("วันที่ 13 กรกฎาคม 2568 ทูลกระหม่อมหญิงเสด็จเป็นองค์ประธานในงานมหกรรมรวมพลสมาชิก TO BE NUMBER ONE "
            "ณ อิมแพ็ค เมืองทองธานี โดยมี นายอนันต์ ดีงาม ผู้ว่าราชการจังหวัดนนทบุรี ร่วมเฝ้ารับเสด็จ")
    assert ("PARTICIPATED", "อนันต์ ดีงาม", "forum") in role_facts(text)


def test_who_calls_on_and_talks_with_someone_takes_part_and_so_does_the_one_met():
    text = ("เมื่อวันที่ 27 มีนาคม 2568 นายจอห์น สมิธ ที่ปรึกษากระทรวงการต่างประเทศออสเตรเลีย ได้เข้าเยี่ยมคารวะและหารือกับ"
            "นายวิชัย สุขใจ ผู้แทนการค้าไทย ณ ทำเนียบรัฐบาล")
    roles = role_facts(text)
    assert {("PARTICIPATED", "จอห์น สมิธ", "meeting"), ("PARTICIPATED", "วิชัย สุขใจ", "meeting")} <= roles


def test_the_task_formula_of_talking_with_the_bodies_concerned_is_no_meeting_taken_part_in():
    text = ("วันที่ 9 มกราคม 2567 นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการยุทธศาสตร์ซอฟต์พาวเวอร์แห่งชาติ "
            "ที่ประชุมเห็นชอบ โดยมอบหมายให้สำนักงบประมาณพิจารณากรอบวงเงินและหารือร่วมกับหน่วยงานที่เกี่ยวข้องต่อไป")
    assert not any(role == "PARTICIPATED" and head == "สำนักงบประมาณ" for role, head, _ in role_facts(text))


def test_a_panelist_speaks_and_closing_words_are_a_quotation():
    text = ("วันที่ 25 กรกฎาคม 2566 ในงานสมัชชาการจัดการสาธารณภัยระดับชาติ ครั้งที่ 1 มีการเสวนา \"การบริหารจัดการน้ำ\" "
            "ณ ศูนย์ประชุมแห่งชาติสิริกิติ์ โดย นายวิชัย สุขใจ อธิบดีกรมโยธาธิการและผังเมือง ร่วมเวทีเสวนา")
    assert ("SPOKE_AT", "วิชัย สุขใจ", "forum") in role_facts(text)
    text = ("วันที่ 1 พฤษภาคม 2567 นางสาวสมศรี ใจงาม รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
            "เข้าร่วมการประชุมความร่วมมือไทย-ญี่ปุ่น ณ กรุงเทพมหานคร นางสาวสมศรี กล่าวปิดท้ายว่า ยินดีสานต่อความร่วมมือ")
    roles = role_facts(text)
    assert ("PARTICIPATED", "สมศรี ใจงาม", "meeting") in roles
    assert ("SPOKE_AT", "สมศรี ใจงาม", "meeting") not in roles


def test_the_body_whose_units_send_representatives_does_not_take_part_itself():
    text = ("วันที่ 9 พฤศจิกายน 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม เป็นประธานการประชุมความปลอดภัยทางถนน "
            "ณ กระทรวงคมนาคม โดยมีผู้แทนหน่วยงานในสังกัดกระทรวงเกษตรและสหกรณ์ เข้าร่วม")
    assert not any(head == "กระทรวงเกษตรและสหกรณ์" and role == "PARTICIPATED" for role, head, _ in role_facts(text))
    text = ("วันที่ 9 พฤศจิกายน 2566 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม เป็นประธานการประชุมความปลอดภัยทางถนน "
            "ณ กระทรวงคมนาคม โดยมีบุคลากรในสังกัดกระทรวงเกษตรและสหกรณ์ เข้าร่วม")
    assert ("PARTICIPATED", "กระทรวงเกษตรและสหกรณ์", "meeting") in role_facts(text)


def test_a_visit_to_come_is_taken_part_in_by_no_one_yet():
    text = ("วันที่ 5 กุมภาพันธ์ 2568 นางสาวสมศรี ใจงาม นายกรัฐมนตรี ให้สัมภาษณ์ภายหลังการประชุมคณะรัฐมนตรี "
            "โดยคณะรัฐมนตรีมีกำหนดเดินทางเยือนสาธารณรัฐประชาชนจีนอย่างเป็นทางการ ณ กรุงปักกิ่ง")
    assert not any(role == "PARTICIPATED" and head == "คณะรัฐมนตรี" and tail == "visit"
                   for role, head, tail in role_facts(text))


def test_a_planned_event_still_closes_its_clause():
    # the host of a meeting to come is no subject of the attendance told after it
    text = ("วันที่ 10 มิถุนายน 2568 คณะรัฐมนตรีมีมติเห็นชอบ กระทรวงศึกษาธิการประเทศมาเลเซีย มีกำหนดจัดการประชุมโต๊ะกลม"
            "ระดับรัฐมนตรีด้านการศึกษา ณ กรุงกัวลาลัมเปอร์ โดยนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ "
            "ได้เข้าร่วมการประชุมโต๊ะกลมระดับรัฐมนตรีด้านการศึกษา")
    assert not any(head == "กระทรวงศึกษาธิการประเทศมาเลเซีย" for _, head, _ in role_facts(text))


_OPENING = ("วันที่ 11 กรกฎาคม 2567 เวลา 09.00 น. ณ โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น นายสมชาย ใจดี นายกรัฐมนตรี "
            "เป็นประธานในพิธีเปิดงานมหกรรมการศึกษา\n")


def test_a_prime_minister_written_นายกฯ_speaks_as_himself():
    assert ("SPOKE_AT", "สมชาย ใจดี", "ceremony") in role_facts(_OPENING + "นายกฯ กล่าวเปิดงานว่า การศึกษาคืออนาคตของชาติ")


def test_a_given_name_glued_to_ได้_still_speaks():
    assert ("SPOKE_AT", "สมชาย ใจดี", "ceremony") in role_facts(_OPENING + "โอกาสนี้ นายสมชายได้กล่าวขอบคุณทุกคนที่มาร่วมงาน")


def test_who_leads_the_attendees_in_the_blessing_speaks():
    text = _OPENING + "โอกาสนี้ นายสมชาย ใจดี นายกรัฐมนตรี นำผู้ร่วมพิธีฯ กล่าวถวายพระพรชัยมงคล"
    roles = role_facts(text)
    assert ("SPOKE_AT", "สมชาย ใจดี", "ceremony") in roles


def test_who_speaks_on_the_occasion_of_chairing_speaks():
    text = ("วันที่ 7 มิถุนายน 2567 นายสมชาย ใจดี รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ "
            "กล่าวในโอกาสเป็นประธานเปิดงานวันสหกรณ์นักเรียน ประจำปี 2567")
    roles = role_facts(text)
    assert {("SPOKE_AT", "สมชาย ใจดี", "ceremony"), ("CHAIRED", "สมชาย ใจดี", "ceremony")} <= roles
