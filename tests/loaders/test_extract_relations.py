"""Relations: who signed, chaired, spoke, organised, supported, took part, piloted.

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _facts(text: str, *kinds: str) -> set[tuple[str, str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    return {(r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"]
            if not kinds or r["type"] in kinds}


def _of(facts, kind):
    return {(head, tail) for k, head, tail in facts if k == kind}


def test_chairing_a_signing_is_chairing_only():
    text = ("เมื่อวันที่ 4 ก.ค. 2566 นายอำนาจ ทองสุข ผู้ว่าราชการจังหวัดนครพนม เป็นประธานในพิธีลงนาม"
            "บันทึกข้อตกลงความร่วมมือระหว่าง สำนักงานศึกษาธิการจังหวัดนครพนม กับ มหาวิทยาลัยนครพนม")
    facts = _facts(text, "CHAIRED", "SIGNED")
    assert facts == {("CHAIRED", "อำนาจ ทองสุข", "signing"),
                     ("SIGNED", "สำนักงานศึกษาธิการจังหวัดนครพนม", "signing"),
                     ("SIGNED", "มหาวิทยาลัยนครพนม", "signing")}


def test_a_numbered_list_of_parties_each_signed_by_a_person():
    text = ("วันที่ 12 มี.ค. 2567 จังหวัดลำปาง จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ มีหน่วยงานร่วมลงนาม จำนวน 2 หน่วยงาน ได้แก่\n"
            "1. องค์การบริหารส่วนจังหวัดลำปาง โดย นายสุรชัย มีทรัพย์ นายกองค์การบริหารส่วนจังหวัดลำปาง\n"
            "2. มูลนิธิครูบ้านนอก โดย นางอรวรรณ แก้วใส ประธานมูลนิธิฯ\n"
            "โดยมี นายเสกสรร ดีเลิศ นายอำเภอเมืองลำปาง ร่วมลงนามเป็นสักขีพยาน")
    facts = _facts(text)
    assert _of(facts, "SIGNED") == {("องค์การบริหารส่วนจังหวัดลำปาง", "signing"), ("สุรชัย มีทรัพย์", "signing"),
                                    ("มูลนิธิครูบ้านนอก", "signing"), ("อรวรรณ แก้วใส", "signing")}
    assert ("อรวรรณ แก้วใส", "มูลนิธิครูบ้านนอก") in _of(facts, "HOLDS_POSITION")
    assert _of(facts, "WITNESSED") == {("เสกสรร ดีเลิศ", "signing"), ("อำเภอเมืองลำปาง", "signing")} or \
        _of(facts, "WITNESSED") == {("เสกสรร ดีเลิศ", "signing")}


def test_parties_listed_with_spaces_and_and():
    text = ("วันที่ 1 พ.ค. 2567 มีการลงนามความร่วมมือระหว่าง สำนักงานศึกษาธิการจังหวัดกาฬสินธุ์ "
            "สำนักงานสาธารณสุขจังหวัดกาฬสินธุ์ และมหาวิทยาลัยกาฬสินธุ์ ณ ศาลากลางจังหวัดกาฬสินธุ์")
    assert _of(_facts(text), "SIGNED") == {("สำนักงานศึกษาธิการจังหวัดกาฬสินธุ์", "signing"),
                                           ("สำนักงานสาธารณสุขจังหวัดกาฬสินธุ์", "signing"),
                                           ("มหาวิทยาลัยกาฬสินธุ์", "signing")}


def test_a_party_named_by_office_with_its_representative():
    text = ("วันที่ 9 มิ.ย. 2566 จังหวัดสิงห์บุรี จัดพิธีลงนามบันทึกข้อตกลง ประกอบด้วย ประธานคณะกรรมการการศึกษาจังหวัดสิงห์บุรี "
            "โดย นายธวัช ศรีเมือง รองผู้ว่าราชการจังหวัดสิงห์บุรี และกองทุนเพื่อความเสมอภาคทางการศึกษา")
    facts = _facts(text)
    assert ("ธวัช ศรีเมือง", "คณะกรรมการการศึกษาจังหวัดสิงห์บุรี") in _of(facts, "HOLDS_POSITION")
    assert ("ธวัช ศรีเมือง", "จังหวัดสิงห์บุรี") in _of(facts, "HOLDS_POSITION")
    assert _of(facts, "SIGNED") == {("คณะกรรมการการศึกษาจังหวัดสิงห์บุรี", "signing"), ("ธวัช ศรีเมือง", "signing"),
                                    ("สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", "signing")}


def test_a_named_official_who_signs_makes_his_office_a_signer():
    text = ("วันที่ 20 ส.ค. 2566 นายวรพงษ์ ศรีสุข ศึกษาธิการจังหวัดอ่างทอง ร่วมลงนามบันทึกข้อตกลงความร่วมมือกับ "
            "มหาวิทยาลัยราชภัฏพระนครศรีอยุธยา")
    assert _of(_facts(text), "SIGNED") == {("วรพงษ์ ศรีสุข", "signing"),
                                           ("สำนักงานศึกษาธิการจังหวัดอ่างทอง", "signing"),
                                           ("มหาวิทยาลัยราชภัฏพระนครศรีอยุธยา", "signing")}


def test_agencies_that_joined_a_signing_are_its_parties():
    text = ("วันที่ 2 ต.ค. 2566 จังหวัดกำแพงเพชร จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ โดยมีผู้แทนหน่วยงานเข้าร่วม "
            "อาทิ สำนักงานพัฒนาชุมชนจังหวัดกำแพงเพชร มหาวิทยาลัยราชภัฏกำแพงเพชร รวมทั้งสิ้น 12 หน่วยงาน")
    assert _of(_facts(text), "SIGNED") == {("สำนักงานพัฒนาชุมชนจังหวัดกำแพงเพชร", "signing"),
                                           ("มหาวิทยาลัยราชภัฏกำแพงเพชร", "signing")}


def test_attending_a_signing_is_participation_even_for_a_party_head():
    text = ("วันที่ 2 ต.ค. 2566 สำนักงานศึกษาธิการจังหวัดชุมพร ลงนามความร่วมมือกับบริษัท ชุมพรพัฒนา จำกัด "
            "โดยมี นายอดิศร ทองคำ นายกเทศมนตรีเมืองชุมพร ร่วมพิธีลงนาม")
    facts = _facts(text)
    assert ("อดิศร ทองคำ", "signing") in _of(facts, "PARTICIPATED")
    assert ("อดิศร ทองคำ", "signing") not in _of(facts, "SIGNED")


def test_chair_and_lecture_by_one_person_and_the_report_and_welcome():
    text = ("วันที่ 15 ม.ค. 2568 สำนักงานศึกษาธิการภาค 3 จัดประชุมเชิงปฏิบัติการ โดยได้รับเกียรติจาก "
            "ดร.อุไร สมบัติ ผู้ตรวจราชการกระทรวงศึกษาธิการ เป็นประธานและบรรยายพิเศษ "
            "โดยมี นายบุญชัย นาคดี ศึกษาธิการภาค 3 กล่าวรายงาน\n"
            "จากนั้น นางสุดา ใจงาม รองผู้ว่าราชการจังหวัดนครปฐม กล่าวต้อนรับ")
    facts = _facts(text)
    assert _of(facts, "CHAIRED") == {("อุไร สมบัติ", "workshop")}
    assert _of(facts, "SPOKE_AT") == {("อุไร สมบัติ", "workshop"), ("บุญชัย นาคดี", "workshop"),
                                      ("สุดา ใจงาม", "workshop")}
    assert ("อุไร สมบัติ", "สำนักงานปลัดกระทรวงศึกษาธิการ") in _of(facts, "HOLDS_POSITION")


def test_said_that_is_not_speaking_at_the_event():
    text = ("วันที่ 15 ม.ค. 2568 สพป.ลำปาง เขต 1 จัดอบรมครู\n"
            "นายชาตรี มีสุข ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1 กล่าวว่า ครูคือหัวใจ")
    assert _of(_facts(text), "SPOKE_AT") == set()


def test_participants_listed_after_the_attending_cue_and_no_double_roles():
    text = ("วันที่ 5 ธ.ค. 2566 นายภาคิน รักดี ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพิษณุโลก อุตรดิตถ์ "
            "เป็นประธานการประชุมผู้บริหารสถานศึกษา โดยมี นายปัญญา ชาญดี รองผู้อำนวยการ และนางศิริ ขาวผ่อง "
            "ผู้อำนวยการโรงเรียนพิษณุโลกพิทยาคม เข้าร่วมประชุม")
    facts = _facts(text)
    assert _of(facts, "PARTICIPATED") == {("ปัญญา ชาญดี", "meeting"), ("ศิริ ขาวผ่อง", "meeting")}
    assert ("ภาคิน รักดี", "meeting") not in _of(facts, "PARTICIPATED")


def test_organiser_and_its_unit():
    text = ("วันที่ 14 ก.ย. 2566 สำนักงานคณะกรรมการการอาชีวศึกษา โดยสำนักความร่วมมือ ได้จัดสัมมนา"
            "ทวิภาคีการอาชีวศึกษา ณ โรงแรมรามา กรุงเทพมหานคร")
    facts = _facts(text)
    assert _of(facts, "ORGANIZED") == {("สำนักงานคณะกรรมการการอาชีวศึกษา", "forum"), ("สำนักความร่วมมือ", "forum")}
    assert _of(facts, "PART_OF") == {("สำนักความร่วมมือ", "สำนักงานคณะกรรมการการอาชีวศึกษา")}
    assert _of(facts, "HELD_IN") == {("forum", "กรุงเทพมหานคร")}


def test_a_sequel_without_a_subject_keeps_its_organisers():
    text = ("วันที่ 4 เม.ย. 2567 องค์การบริหารส่วนจังหวัดนครนายก ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ\n"
            "หลังจากพิธีลงนามเสร็จสิ้น ยังได้ดำเนินการสัมมนาแนวทางการดูแลเด็กนอกระบบ")
    assert _of(_facts(text), "ORGANIZED") == {("องค์การบริหารส่วนจังหวัดนครนายก", "signing"),
                                              ("องค์การบริหารส่วนจังหวัดนครนายก", "forum")}


def test_a_committee_organises_its_own_meeting():
    text = ("วันที่ 8 ม.ค. 2568 นายกิตติ พูนผล รองผู้ว่าราชการจังหวัดสระบุรี เป็นประธานการประชุม"
            "คณะกรรมการบริหารการศึกษาจังหวัดสระบุรี ครั้งที่ 1/2568")
    facts = _facts(text)
    assert ("คณะกรรมการบริหารการศึกษาจังหวัดสระบุรี", "meeting") in _of(facts, "ORGANIZED")
    assert ("กิตติ พูนผล", "meeting") in _of(facts, "CHAIRED")


def test_a_committee_written_short_organises_its_own_meeting():
    text = ("วันที่ 8 ม.ค. 2568 นายกิตติ พูนผล รองผู้ว่าราชการจังหวัดสระบุรี ในฐานะประธานคณะกรรมการบริหารการศึกษา"
            "จังหวัดสระบุรี เป็นประธานการประชุมคณะกรรมการฯ ครั้งที่ 1/2568")
    assert ("คณะกรรมการบริหารการศึกษาจังหวัดสระบุรี", "meeting") in _of(_facts(text), "ORGANIZED")


def test_a_body_named_by_its_numbered_sitting_organises_it():
    # the name runs over spaces and digits to the sitting's number (heldout-7 w05, heldout-8 w13, w37)
    text = ("วันที่ 8 ม.ค. 2568 นายกิตติ พูนผล รองผู้ว่าราชการจังหวัดสระบุรี เป็นประธานการประชุม"
            "คณะกรรมการติดตาม เร่งรัดการก่อสร้างถนนสายเลี่ยงเมืองสระบุรี (คตร.) ครั้งที่ 1/2568 ณ ศาลากลางจังหวัด\n"
            "ที่ประชุมคณะกรรมการติดตาม ได้รับทราบความคืบหน้า")
    facts = _facts(text)
    assert ("คณะกรรมการติดตาม เร่งรัดการก่อสร้างถนนสายเลี่ยงเมืองสระบุรี", "meeting") in _of(facts, "ORGANIZED")
    assert "คณะกรรมการติดตาม" not in {head for head, _ in _of(facts, "ORGANIZED")}
    # a body of another kind that sits (สภา…, ศูนย์ปฏิบัติการ…) holds its sitting too
    text = "วันที่ 20 มี.ค. 2567 นายสมชาย ใจดี เป็นประธานการประชุมสภาทหารผ่านศึก ครั้งที่ 1/2567"
    assert ("สภาทหารผ่านศึก", "meeting") in _of(_facts(text), "ORGANIZED")


def test_the_body_whose_founding_day_an_event_marks_holds_it():
    text = ("วันที่ 28 พ.ย. 2566 นายสมชาย ใจดี ปลัดกระทรวงยุติธรรม เป็นประธานในงานวันสถาปนากรมบังคับคดี "
            "ประจำปี พ.ศ. 2566 ครบรอบ 49 ปี ณ กรมบังคับคดี")
    assert ("กรมบังคับคดี", "ceremony") in _of(_facts(text), "ORGANIZED")


def test_a_body_written_as_whose_a_thing_is_runs_nothing():
    text = ("วันที่ 5 มี.ค. 2567 การเคหะแห่งชาติ ได้ส่งเสริมชุมชน ตามเป้าหมายขององค์การสหประชาชาติ "
            "โดยได้ดำเนินโครงการ “ชุมชนอัจฉริยะ”")
    assert _of(_facts(text), "ORGANIZED") == {("การเคหะแห่งชาติ", "โครงการชุมชนอัจฉริยะ")}


def test_who_holds_the_event_with_its_organiser_organises_it_too():
    text = ("วันที่ 5 มี.ค. 2567 มหาวิทยาลัยนเรศวร จัดการอบรมครูแกนนำ ร่วมกับ สำนักงานศึกษาธิการจังหวัดน่าน "
            "และสำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1 ณ โรงแรมน่านปริ๊นเซส")
    assert _of(_facts(text), "ORGANIZED") == {
        ("มหาวิทยาลัยนเรศวร", "training"), ("สำนักงานศึกษาธิการจังหวัดน่าน", "training"),
        ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1", "training")}
    # a signing's partner after ร่วมกับ signs; it organises nothing
    signing = "วันที่ 5 มี.ค. 2567 มหาวิทยาลัยนเรศวร ลงนามบันทึกข้อตกลง ร่วมกับ สำนักงานศึกษาธิการจังหวัดน่าน"
    assert _of(_facts(signing), "ORGANIZED") == set()


def test_a_headline_names_who_organised_the_event_of_its_kind():
    body = ("วันที่ 5 มี.ค. 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน เป็นประธานเปิดการอบรมครูแกนนำ "
            "ณ โรงแรมน่านปริ๊นเซส")
    record = extract(body, doc="t", title="สำนักงานศึกษาธิการจังหวัดน่าน จัดอบรมครูแกนนำ")
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    organised = {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "ORGANIZED"}
    assert organised == {("สำนักงานศึกษาธิการจังหวัดน่าน", "training")}
    # a body that holds the activity itself organises it (heldout-3 v19); a partner after ผนึก may only fund it,
    # and who attends (ร่วมพิธี...) holds nothing
    held = ("วันที่ 7 พ.ค. 2568 นายสมชาย ใจดี ผู้ช่วยรัฐมนตรี เป็นประธานในพิธีมอบทุนการศึกษาแก่เยาวชน "
            "ณ สำนักงานธนานุเคราะห์")
    for title, organisers in (("พม. โดย สำนักงานธนานุเคราะห์ ครบรอบ 70 ปี มอบทุนการศึกษาแก่เยาวชน",
                               {"กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "สำนักงานธนานุเคราะห์"}),
                              ("พม. ผนึก สำนักงานธนานุเคราะห์ มอบทุนการศึกษาแก่เยาวชน", {"กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"}),
                              ("พม. ร่วมพิธีมอบทุนการศึกษาแก่เยาวชน", set())):
        record = extract(held, doc="t", title=title)
        names = {e["id"]: e.get("name") for e in record["entities"]}
        assert {names[r["head"]] for r in record["relations"] if r["type"] == "ORGANIZED"} == organisers, title
    # a headline of another kind of event names no organiser of this one
    record = extract(body, doc="t", title="สำนักงานศึกษาธิการจังหวัดน่าน จัดประชุมคณะทำงาน")
    assert not [r for r in record["relations"] if r["type"] == "ORGANIZED"]


def test_support_from_a_foundation():
    text = ("วันที่ 9 ก.พ. 2567 สพป.ขอนแก่น เขต 3 จัดอบรมครูคณิตศาสตร์ ซึ่งได้รับการสนับสนุนงบประมาณจาก"
            "มูลนิธิเพื่อนครูอีสาน")
    assert _of(_facts(text), "SUPPORTED") == {("มูลนิธิเพื่อนครูอีสาน", "training")}


def test_a_programme_supported_and_run_by_agencies():
    text = ("โครงการโรงเรียนปลอดขยะจังหวัดตราด เกิดจากความร่วมมือของ สำนักงานศึกษาธิการจังหวัดตราด "
            "และสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราด โดยได้รับการสนับสนุนจากการไฟฟ้าส่วนภูมิภาค")
    facts = _facts(text)
    assert _of(facts, "ORGANIZED") == {("สำนักงานศึกษาธิการจังหวัดตราด", "โครงการโรงเรียนปลอดขยะจังหวัดตราด"),
                                       ("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราด",
                                        "โครงการโรงเรียนปลอดขยะจังหวัดตราด")}
    assert _of(facts, "SUPPORTED") == {("การไฟฟ้าส่วนภูมิภาค", "โครงการโรงเรียนปลอดขยะจังหวัดตราด")}


def test_events_of_the_release_programme_are_part_of_it():
    text = ("วันที่ 22 พ.ย. 2566 จังหวัดสตูล จัดเวทีแลกเปลี่ยนเรียนรู้พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล "
            "ณ โรงเรียนสตูลวิทยา")
    facts = _facts(text)
    assert _of(facts, "PART_OF") == {("forum", "พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล")}


def test_pilot_members_listed_with_a_slash_and_named_again_later():
    text = ("วันที่ 3 ก.ค. 2567 จังหวัดมหาสารคาม จัดประชุมเชิงปฏิบัติการโครงการครูรักถิ่นจังหวัดมหาสารคาม "
            "โดยมีองค์กรปกครองส่วนท้องถิ่นนำร่อง 3 แห่ง ได้แก่ เทศบาลตำบลแกดำ/องค์การบริหารส่วนตำบลวังแสง"
            "/องค์การบริหารส่วนตำบลโคกพระ\n"
            "ทั้งนี้ ได้มีการอบรมเชิงปฏิบัติการให้กับบุคลากรของ อปท.นำร่อง ทั้ง 3 แห่ง ต่อเนื่องในวันที่ 4 ก.ค. 2567")
    facts = _facts(text)
    pilots = _of(facts, "PILOT_OF")
    assert pilots == {(name, "โครงการครูรักถิ่นจังหวัดมหาสารคาม") for name in
                      ("เทศบาลตำบลแกดำ", "องค์การบริหารส่วนตำบลวังแสง", "องค์การบริหารส่วนตำบลโคกพระ")}
    assert {(head, "training") for head, _ in pilots} <= _of(facts, "PARTICIPATED")


def test_a_province_declared_a_pilot_area():
    text = ("จังหวัดกาญจนบุรี ได้รับการประกาศให้เป็นพื้นที่นำร่องนวัตกรรมการศึกษา "
            "เมื่อวันที่ 2 มีนาคม 2563 จังหวัดกาญจนบุรีจึงจัดประชุมขับเคลื่อนพื้นที่นวัตกรรมการศึกษา")
    assert ("กาญจนบุรี", "พื้นที่นวัตกรรมการศึกษาจังหวัดกาญจนบุรี") in _of(_facts(text), "PILOT_OF")


def test_a_list_of_pilot_provinces_without_the_word_province():
    text = ("พื้นที่นวัตกรรมการศึกษามีจังหวัดนำร่องรุ่นแรก 3 จังหวัด ได้แก่ ศรีสะเกษ สตูล และระยอง "
            "ซึ่งได้ขยายผลต่อเนื่อง")
    assert _of(_facts(text), "PILOT_OF") == {(p, "พื้นที่นวัตกรรมการศึกษา") for p in ("ศรีสะเกษ", "สตูล", "ระยอง")}


def test_schools_under_an_office_are_not_the_office():
    text = ("สถานศึกษานำร่องพื้นที่นวัตกรรมการศึกษาจังหวัดพังงา จำนวน 2 แห่ง ได้แก่ "
            "สถานศึกษาในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพังงา และโรงเรียนบ้านท่าอยู่")
    assert _of(_facts(text), "PILOT_OF") == {("โรงเรียนบ้านท่าอยู่", "พื้นที่นวัตกรรมการศึกษาจังหวัดพังงา")}


def test_a_visit_makes_the_visited_school_and_the_visitor_take_part_but_not_the_visitors_office():
    # the office a named visitor heads is not named as taking part (DECISIONS, d-list #6: no ผู้แทน cue)
    text = ("วันที่ 11 ม.ค. 2567 นางสาวพรรณี ใจดี ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 "
            "ลงพื้นที่ตรวจเยี่ยม ณ โรงเรียนบ้านแม่ละเมา")
    facts = _facts(text, "PARTICIPATED")
    assert facts == {("PARTICIPATED", "พรรณี ใจดี", "visit"), ("PARTICIPATED", "โรงเรียนบ้านแม่ละเมา", "visit")}


def test_ministers_joining_an_inspection_tour_take_part():
    text = ("วันที่ 16 ส.ค. 2566 พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เดินทางไปตรวจราชการ ณ จังหวัดสระบุรี "
            "ในวันพฤหัสบดีที่ 17 สิงหาคม 2566 โดยมีนายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน "
            "และนายธนกร วังบุญคงชนะ รัฐมนตรีประจำสำนักนายกรัฐมนตรี ร่วมคณะตรวจราชการ")
    facts = _facts(text, "PARTICIPATED")
    assert {("PARTICIPATED", n, "visit") for n in ("ประยุทธ์ จันทร์โอชา", "สุชาติ ชมกลิ่น", "ธนกร วังบุญคงชนะ")} <= facts
    assert ("PARTICIPATED", "กระทรวงแรงงาน", "visit") not in facts


def test_award_winners_take_part_in_the_ceremony():
    text = ("วันที่ 16 ม.ค. 2567 นายวิทยา แสนดี ศึกษาธิการจังหวัดสุพรรณบุรี เป็นประธานในพิธีมอบรางวัลครูดีเด่น\n"
            "สำหรับโรงเรียนที่ได้รับรางวัล ได้แก่\n1. โรงเรียนวัดป่าพฤกษ์\n2. โรงเรียนบ้านทุ่งคลี")
    assert _of(_facts(text), "PARTICIPATED") == {("โรงเรียนวัดป่าพฤกษ์", "ceremony"), ("โรงเรียนบ้านทุ่งคลี", "ceremony")}


def test_a_role_description_does_not_act():
    text = ("วันที่ 3 ส.ค. 2566 องค์การบริหารส่วนจังหวัดเพชรบุรี ในฐานะเลขานุการคณะกรรมการการศึกษาจังหวัดเพชรบุรี "
            "ได้จัดประชุมเชิงปฏิบัติการ")
    assert _of(_facts(text), "ORGANIZED") == {("องค์การบริหารส่วนจังหวัดเพชรบุรี", "workshop")}


def test_every_relation_has_its_evidence():
    text = ("วันที่ 3 ส.ค. 2566 นายพิพัฒน์ ทองดี ผู้ว่าราชการจังหวัดเพชรบุรี เป็นประธานเปิดการอบรมครู "
            "ณ โรงแรมรอยัลไดมอนด์ อำเภอเมืองเพชรบุรี จังหวัดเพชรบุรี")
    record = extract(text, doc="t")
    assert record["relations"]
    for relation in record["relations"]:
        assert relation["evidence"] and " ".join(relation["evidence"].split()) in " ".join(text.split())
    chaired = next(r for r in record["relations"] if r["type"] == "CHAIRED")
    assert "เป็นประธานเปิด" in chaired["evidence"] and "พิพัฒน์" in chaired["evidence"]


def test_witnesses_and_the_parties_they_witness():
    text = ("วันที่ 6 ก.พ. 2567 นายสุเมธ ทองดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นสักขีพยานในพิธีลงนามบันทึกข้อตกลง"
            "ระหว่างกรมพัฒนาฝีมือแรงงาน กับสำนักงานคณะกรรมการการอาชีวศึกษา")
    facts = _facts(text)
    assert _of(facts, "WITNESSED") == {("สุเมธ ทองดี", "signing")}
    assert _of(facts, "SIGNED") == {("กรมพัฒนาฝีมือแรงงาน", "signing"), ("สำนักงานคณะกรรมการการอาชีวศึกษา", "signing")}


def test_witnesses_listed_after_the_cue():
    text = ("วันที่ 6 ก.พ. 2567 โรงเรียนบ้านโคกกลาง ลงนามความร่วมมือกับเทศบาลตำบลโคกกลาง "
            "โดยมีสักขีพยาน ได้แก่ นายวิรัตน์ ใจบุญ นายอำเภอลำปลายมาศ")
    facts = _facts(text)
    assert ("วิรัตน์ ใจบุญ", "signing") in _of(facts, "WITNESSED")
    assert ("วิรัตน์ ใจบุญ", "signing") not in _of(facts, "SIGNED")


def test_receiving_an_award_at_a_dated_ceremony():
    text = ("นางสาวมาลัย ทองสุก ครูโรงเรียนบ้านดงมะไฟ สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต 3 "
            "เข้ารับรางวัลครูดีเด่น ในพิธีมอบรางวัลครูสดุดี เมื่อวันที่ 16 มกราคม 2568 ซึ่งจัดโดยสำนักงานเลขาธิการคุรุสภา")
    facts = _facts(text)
    assert _of(facts, "PARTICIPATED") == {("มาลัย ทองสุก", "ceremony")}
    assert _of(facts, "ORGANIZED") == {("สำนักงานเลขาธิการคุรุสภา", "ceremony")}


def test_the_subjects_that_held_a_signing_are_its_parties():
    text = ("เมื่อวันที่ 3 มิ.ย. 2567 สำนักงานศึกษาธิการจังหวัดน่าน และมหาวิทยาลัยนเรศวร ได้มีพิธีลงนาม"
            "บันทึกข้อตกลงความร่วมมือด้านการผลิตครู ณ ศาลากลางจังหวัดน่าน")
    assert _of(_facts(text), "SIGNED") == {("สำนักงานศึกษาธิการจังหวัดน่าน", "signing"),
                                           ("มหาวิทยาลัยนเรศวร", "signing")}


def test_a_signing_announced_besides_the_dated_meeting_is_a_second_event_that_day():
    text = ("เมื่อวันที่ 17 พ.ย. 2566 กระทรวงศึกษาธิการ จัดการประชุมมอบนโยบายแก่ผู้บริหาร ณ ทำเนียบรัฐบาล\n"
            "ทั้งนี้ นอกจากการประชุมแล้ว สำนักงานคณะกรรมการการอาชีวศึกษา และมหาวิทยาลัยนเรศวร จะมีการลงนาม"
            "ในบันทึกข้อตกลงความร่วมมือ")
    record = extract(text, doc="t")
    assert sorted((e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event") == [
        ("meeting", "2023-11-17"), ("signing", "2023-11-17")]
    assert _of(_facts(text), "SIGNED") == {("สำนักงานคณะกรรมการการอาชีวศึกษา", "signing"),
                                           ("มหาวิทยาลัยนเรศวร", "signing")}


def test_a_province_ending_a_programme_name_does_not_organise_the_next_activity():
    text = ("วันที่ 16 สิงหาคม 2562 ณ โรงแรมคุ้มภูคำ องค์การบริหารส่วนจังหวัดเชียงใหม่ ร่วมกับมูลนิธิสยามกัมมาจล "
            "ได้จัดพิธีเปิดโครงการจัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาจังหวัดเชียงใหม่ "
            "โดยจัดกิจกรรมเวทีสานเสวนา “พัฒนาความเข้มแข็ง”")
    assert _of(_facts(text), "ORGANIZED") == {
        (organiser, event) for organiser in ("องค์การบริหารส่วนจังหวัดเชียงใหม่", "มูลนิธิสยามกัมมาจล")
        for event in ("ceremony", "forum")}


def test_a_duty_listed_in_an_agreement_inherits_no_organisers():
    text = ("เมื่อวันที่ 12 ก.ค. 2567 กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ จัดการสัมมนาวิชาการระดับชาติ "
            "ณ มหาวิทยาลัยราชภัฏอุดรธานี\nนอกจากนี้ มีพิธีลงนามบันทึกความร่วมมือทางวิชาการ "
            "ระหว่างกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ กับมหาวิทยาลัยราชภัฏอุดรธานี\n"
            "ความร่วมมือมีดังนี้ 1) การวิจัย และ 2) เป็นเจ้าภาพหลักในการจัดสัมมนา เป็นต้น")
    assert ("กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ", "forum") in _of(_facts(text), "ORGANIZED")
    assert not {event for _, event in _of(_facts(text), "ORGANIZED")} - {"forum"}


def test_an_office_written_alone_chairs_as_the_person_named_in_it():
    text = ("วันที่ 27 กุมภาพันธ์ 2562 ณ โรงเรียนกำเนิดวิทย์ อำเภอวังจันทร์ จังหวัดระยอง นายกรัฐมนตรีเป็นประธาน"
            "ในพิธีลงนามบันทึกข้อตกลงความร่วมมือ\nพลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวว่า การศึกษาสำคัญ")
    record = extract(text, doc="t")
    assert [e["venue"] for e in record["entities"] if e["type"] == "Event"] == [
        "โรงเรียนกำเนิดวิทย์ อำเภอวังจันทร์ จังหวัดระยอง"]
    assert _of(_facts(text), "CHAIRED") == {("ประยุทธ์ จันทร์โอชา", "signing")}


def test_a_committee_office_with_no_committee_named_is_in_the_committee_named_before_it():
    text = ("วันที่ 22 ก.ย. 2564 คณะอนุกรรมการติดตามผลการศึกษา และคณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา ประชุมครั้งที่ 1 "
            "มีกรรมการ เช่น นางสาวตรีนุช เทียนทอง รัฐมนตรีว่าการกระทรวงศึกษาธิการในฐานะรองประธานกรรมการ")
    assert ("ตรีนุช เทียนทอง", "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา") in _of(_facts(text), "HOLDS_POSITION")


def test_a_policy_address_is_spoken_by_its_giver_and_attended_by_the_bodies_it_is_given_to():
    facts = _facts("วันที่ 17 พฤศจิกายน 2566 ณ กระทรวงศึกษาธิการ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน "
                   "ได้ประชุมและมอบนโยบายแก่หน่วยงานในกำกับ ประกอบด้วย กรมการจัดหางาน และกรมพัฒนาฝีมือแรงงาน "
                   "เพื่อให้ทุกหน่วยงานเห็นแนวทางเดียวกัน")
    assert {("กรมการจัดหางาน", "meeting"), ("กรมพัฒนาฝีมือแรงงาน", "meeting")} <= _of(facts, "PARTICIPATED")
    facts = _facts("วันที่ 17 พฤศจิกายน 2566 ณ กระทรวงศึกษาธิการ นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน "
                   "เป็นประธานการประชุมผู้บริหารกระทรวงแรงงาน\nโอกาสนี้ นายสมชาย ใจดี ได้มอบนโยบายด้านการพัฒนาฝีมือแรงงาน")
    assert ("สมชาย ใจดี", "meeting") in _of(facts, "SPOKE_AT")


def test_a_deputy_minister_written_without_his_ministry_is_in_the_story_s_ministry():
    text = ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย พร้อมด้วย นายสมศักดิ์ รักดี รัฐมนตรีช่วยว่าการ "
            "และนายวิชัย มั่นคง ที่ปรึกษารัฐมนตรีว่าการ ร่วมประชุมคณะทำงาน")
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") for e in record["entities"]}
    held = {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "HOLDS_POSITION"}
    assert held == {("สมชาย ใจดี", "กระทรวงมหาดไทย"), ("สมศักดิ์ รักดี", "กระทรวงมหาดไทย"),
                    ("วิชัย มั่นคง", "กระทรวงมหาดไทย")}


def test_the_projects_a_meeting_heard_of_are_its_topics_not_its_programmes():
    text = ("วันที่ 5 มกราคม 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลำปาง เป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัดลำปาง "
            "ณ ศาลากลางจังหวัดลำปาง ที่ประชุมรับทราบความก้าวหน้าของโครงการก่อสร้างสะพานข้ามแม่น้ำวัง "
            "โครงการพัฒนาแหล่งน้ำชุมชนบ้านนาแก้ว และโครงการส่งเสริมอาชีพผู้สูงอายุบ้านทุ่ง")
    assert _of(_facts(text, "PART_OF"), "PART_OF") == set()


def test_the_office_that_listed_units_are_under_does_not_sign_for_them_but_its_staff_take_part():
    text = ("วันที่ 21 สิงหาคม 2568 นายสมชาย ใจดี เป็นประธานในพิธีลงนามบันทึกความเข้าใจ ระหว่าง หอการค้าจังหวัดพิจิตร "
            "กับ โรงเรียนในกลุ่มโรงเรียนคุณภาพ สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิจิตร เขต 1 รวม 24 โรงเรียน")
    signed = {agency for agency, _ in _of(_facts(text), "SIGNED")}
    assert "หอการค้าจังหวัดพิจิตร" in signed
    assert not any(name.startswith("สำนักงานเขตพื้นที่") for name in signed)
    facts = _facts("วันที่ 21 สิงหาคม 2568 ได้จัดการอบรมเชิงปฏิบัติการ ให้กับ บุคลากรในสังกัดองค์การบริหารส่วนจังหวัดสุรินทร์ "
                   "ณ โรงแรมสุรินทร์")
    assert ("องค์การบริหารส่วนจังหวัดสุรินทร์", "training") in _of(facts, "PARTICIPATED")


def test_a_sequel_takes_the_day_of_the_event_before_it_when_that_one_is_dated_late():
    # the discussion is dated only by the story's opening "วันนี้ (...)", after the signing looked for its day
    text = ("วันนี้ (6 สิงหาคม 2568) นายสมชาย ใจดี โฆษกรัฐบาล เผยความสำเร็จการหารือกับภาคเอกชน\n"
            "เริ่มตั้งแต่ช่วงเช้า เวลา 10.00 น. มีการหารือกับผู้บริหารบริษัทชั้นนำ\n"
            + "เพื่อเสริมสร้างความเชื่อมั่นของภาคเอกชนต่อประเทศ\n" * 12 +
            "\nภายหลังเสร็จสิ้นการหารือ ได้มีพิธีลงนามบันทึกความเข้าใจ ได้แก่ สำนักงานคณะกรรมการการอาชีวศึกษา "
            "และสำนักงานคณะกรรมการส่งเสริมการลงทุน")
    events = [(e["event_type"], e["date"]) for e in extract(text, doc="t")["entities"] if e["type"] == "Event"]
    assert ("signing", "2025-08-06") in events


def test_an_office_written_short_is_the_one_person_named_in_it():
    text = ("ข่าวประชาสัมพันธ์จังหวัด\nปัตตานี-รองผู้ว่าฯ ร่วมลงนาม (MOU) พาน้องกลับมาเรียน\n"
            "วันนี้ (20 กค 65) ว่าที่ร้อยตรี ตระกูล โทธรรม รองผู้ว่าราชการจังหวัดปัตตานี เป็นประธานลงนามบันทึกข้อตกลง")
    signed = _of(_facts(text), "SIGNED")
    assert ("ตระกูล โทธรรม", "signing") in signed and ("จังหวัดปัตตานี", "signing") in signed
    # two persons in the office: the short form refers to neither
    text += "\nนายสมชาย ใจดี รองผู้ว่าราชการจังหวัดปัตตานี กล่าวว่า เด็กทุกคนต้องได้เรียน"
    assert not {name for name, _ in _of(_facts(text), "SIGNED")} & {"ตระกูล โทธรรม", "สมชาย ใจดี"}


def test_a_venue_is_read_where_the_story_restates_the_event_with_its_day():
    # the lead repeats the headline; the story then gives day and place (ที่..., not ณ)
    text = ("ข่าวประชาสัมพันธ์\nจังหวัดสุโขทัย โดยสำนักงานศึกษาธิการจังหวัดสุโขทัย จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ\n"
            "วันนี้ 19 เมษายน 2565 เวลา 09.00 น. ที่ห้องประชุมโรงแรมสุโขทัยเทรเชอร์ อำเภอเมือง จังหวัดสุโขทัย "
            "นายวิรุฬ พรรณเทวี ผู้ว่าราชการจังหวัดสุโขทัย เป็นประธานลงนามบันทึกข้อตกลงความร่วมมือ")
    assert ("signing", "สุโขทัย") in _of(_facts(text), "HELD_IN")
    # and where a scene-setting paragraph states the day and the place before the event's own
    text = ("ข่าวประชาสัมพันธ์\nวันนี้ (9 ก.ค. 63) เวลา 09.00 น. ที่โรงแรมวินทรีซิตี้รีสอร์ทเชียงใหม่ อำเภอเมือง จังหวัดเชียงใหม่\n"
            "นายเจริญฤทธิ์ สงวนสัตย์ ผู้ว่าราชการจังหวัดเชียงใหม่ เป็นประธานประชุมคณะกรรมการขับเคลื่อนการศึกษา ครั้งที่ 3/2563")
    assert ("meeting", "เชียงใหม่") in _of(_facts(text), "HELD_IN")


def test_an_event_is_held_where_its_own_sentence_goes():
    # the visit's clause goes to an address (ลงพื้นที่ ต. อ. จ.), the chair's to a placed school (ไปยังโรงเรียนX อำเภอY
    # จังหวัดZ เพื่อเป็นประธาน...); no venue cue (ณ) is written for either
    text = ("วันที่ 11 กุมภาพันธ์ 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ลงพื้นที่ ต.ป่าบง อ.สารภี จ.เชียงใหม่ "
            "เพื่อติดตามการดำเนินงานของกองทุนหมู่บ้าน")
    assert ("visit", "เชียงใหม่") in _of(_facts(text), "HELD_IN")
    text = ("วันที่ 26 มิถุนายน 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ เดินทางไปยังโรงเรียนอรัญประเทศ "
            "อำเภออรัญประเทศ จังหวัดสระแก้ว เพื่อเป็นประธานการประชุมคณะกรรมการการศึกษาชายแดน ครั้งที่ 1/2568")
    assert ("meeting", "สระแก้ว") in _of(_facts(text), "HELD_IN")
    # the province of the chair's office places nothing
    text = ("วันที่ 26 มิถุนายน 2568 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดสระแก้ว เป็นประธานการประชุมหารือ "
            "เรื่องการจัดการศึกษาชายแดน")
    assert not _of(_facts(text), "HELD_IN")


def test_a_venue_is_placed_by_the_province_after_it_or_in_its_own_name():
    # the province written right after the venue (read as the next clause's subject, จังหวัดX)
    text = ("วันที่ 1 กรกฎาคม 2567 ธนาคารอาคารสงเคราะห์ จัดงานมหกรรมแก้ไขหนี้ครัวเรือน ณ ธอส. สาขาขอนแก่น "
            "จังหวัดขอนแก่น ซึ่งภายในงานมีบูธให้คำปรึกษา")
    assert ("forum", "ขอนแก่น") in _of(_facts(text), "HELD_IN")
    # a campus or a name that ends in the province
    for venue, province in (("อาคารศูนย์การเรียนรู้ มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตสุราษฎร์ธานี", "สุราษฎร์ธานี"),
                            ("อุทยานการเรียนรู้ปัตตานี (TK PARK)", "ปัตตานี")):
        text = (f"วันที่ 17 กุมภาพันธ์ 2568 สำนักงานเลขาธิการสภาการศึกษา จัดการประชุมสมัชชาการศึกษา ณ {venue} "
                "โดยมีผู้แทนสถานศึกษาเข้าร่วม")
        assert ("meeting", province) in _of(_facts(text), "HELD_IN"), venue


def test_a_trip_to_several_provinces_is_held_in_each():
    # provinces written as provinces after the visit's cue: one HELD_IN each (gold: heldout-3 v14, v23)
    text = ("วันที่ 16 สิงหาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ลงพื้นที่จังหวัดอุบลราชธานี"
            "และจังหวัดศรีสะเกษ เพื่อติดตามการจัดการศึกษา")
    assert _of(_facts(text), "HELD_IN") == {("visit", "อุบลราชธานี"), ("visit", "ศรีสะเกษ")}
    # a region's bare names are what the trip is about, not where it goes; a list places no other event
    text = ("วันที่ 9 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ลงพื้นที่เพื่อรับฟังปัญหาพื้นที่ฝั่งอ่าวไทย"
            "ในจังหวัดสงขลา พัทลุง นครศรีธรรมราช")
    assert _of(_facts(text), "HELD_IN") == {("visit", "สงขลา")}
    text = ("วันที่ 19 พฤษภาคม 2567 นายกรัฐมนตรีกล่าวถึงโครงการท่าอากาศยาน ได้แก่ที่ภูเก็ต และเชียงใหม่ ซึ่งมีการหารือ"
            "มานานแล้ว โดยได้ร่วมประชุมคณะกรรมการนโยบายการบินพลเรือน")
    assert not _of(_facts(text), "HELD_IN")


def test_a_visit_whose_words_end_on_an_address_is_held_there():
    # no place word opens the address, but a district and its province close the visit's own words (heldout-7 w30)
    text = ("วันนี้ (30 ส.ค. 67) เวลา 09.00 น. นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย ลงพื้นที่ติดตามความคืบหน้า "
            "กรณีอุโมงค์รถไฟถล่ม อ.ปากช่อง จ.นครราชสีมา ซึ่งได้รับรายงานว่า")
    assert ("visit", "นครราชสีมา") in _of(_facts(text), "HELD_IN")
    # not a meeting about a place: only a visit is where its words go
    text = ("วันที่ 3 มีนาคม 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ เป็นประธานการประชุมติดตามเหตุอุโมงค์ถล่ม "
            "อ.ปากช่อง จ.นครราชสีมา")
    assert not _of(_facts(text), "HELD_IN")


def test_a_dateline_with_its_day_places_the_lead():
    # กรุงเทพฯ <day> – : the press office's dateline places the lead's event, whose venue is a bare hotel (heldout-7 w38)
    text = ("“ดีพร้อม” ปั้นแบรนด์คราฟต์ไทย\n\nกรุงเทพฯ 4 มิถุนายน 2568 - นางสาวสมศรี ใจดี อธิบดีกรมส่งเสริมอุตสาหกรรม "
            "เป็นประธานในพิธีเปิดกิจกรรมการพัฒนาแบรนด์ ณ ห้องไฮเดรนเยีย 3 โรงแรม ทีเค.พาเลซ")
    assert ("ceremony", "กรุงเทพมหานคร") in _of(_facts(text), "HELD_IN")
    # a slash prefix is a reporter's, not a dateline
    text = ("หัวข่าว\n\nมุกดาหาร/ 4 มิถุนายน 2568 นางสาวสมศรี ใจดี อธิบดีกรมส่งเสริมอุตสาหกรรม "
            "เป็นประธานในพิธีเปิดกิจกรรมการพัฒนาแบรนด์ ณ ห้องไฮเดรนเยีย 3 โรงแรม ทีเค.พาเลซ")
    assert not _of(_facts(text), "HELD_IN")


def test_a_district_office_is_the_districts_agency_placed_in_its_province():
    # ที่ว่าการอำเภอX, a government office at the venue: อำเภอX is an Agency with its LOCATED_IN (heldout-3 v40,
    # heldout-5 w28); a district written as a place alone stays a place
    text = ("เมื่อวันที่ 3 มีนาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานการประชุมมอบนโยบาย"
            "แก่อาสาสมัครแรงงาน ณ ที่ว่าการอำเภอนาบอน อ.นาบอน จ.นครศรีธรรมราช")
    assert ("อำเภอนาบอน", "นครศรีธรรมราช") in _of(_facts(text), "LOCATED_IN")
    for other in ("อ.นาบอน", "สวนสาธารณะหน้าที่ว่าการอำเภอนาบอน อ.นาบอน"):   # a place alone, or one in front of it
        placed = _of(_facts(text.replace("ที่ว่าการอำเภอนาบอน อ.นาบอน", other)), "LOCATED_IN")
        assert not {head for head, _ in placed} & {"อำเภอนาบอน"}, other


def test_a_temple_named_by_its_abbot_is_placed_where_the_venue_writes_it():
    # the finders name the temple only in its abbot's office; the venue writes it again with its city (heldout-7 w21)
    text = ("เมื่อวันที่ 3 มีนาคม 2567 พระธรรมวชิราธิบดี เจ้าอาวาสวัดเบญจมบพิตรดุสิตวนาราม เป็นประธานฝ่ายสงฆ์ "
            "ในพิธีบรรพชาอุปสมบท โดยมีประชาชนเข้าร่วมพิธี ณ วัดเบญจมบพิตรดุสิตวนาราม กรุงเทพมหานคร")
    assert ("วัดเบญจมบพิตรดุสิตวนาราม", "กรุงเทพมหานคร") in _of(_facts(text), "LOCATED_IN")
    # or with its Bangkok district (heldout-6 w37); a temple the text gives no place stays unplaced
    assert ("วัดเบญจมบพิตรดุสิตวนาราม", "กรุงเทพมหานคร") in _of(
        _facts(text.replace("ดุสิตวนาราม กรุงเทพ", "ดุสิตวนาราม เขตดุสิต กรุงเทพ")), "LOCATED_IN")
    assert not _of(_facts(text.replace(" กรุงเทพมหานคร", " ในช่วงเช้า")), "LOCATED_IN")


def test_bangkok_written_as_its_abbreviation_is_in_bangkok():
    # กทม. the local government, as กรุงเทพมหานคร is (gold: every such body; heldout-7 w05)
    text = ("วันที่ 5 มีนาคม 2567 กระทรวงคมนาคม จัดการประชุมติดตามโครงการก่อสร้าง โดยมี ผู้แทนกรมทางหลวง (ทล.) "
            "กรุงเทพมหานคร (กทม.) ร่วมการประชุม\nทั้งนี้ ทล. และ กทม. จะร่วมกันปรับปรุงคูน้ำ")
    assert ("กรุงเทพมหานคร", "กรุงเทพมหานคร") in _of(_facts(text), "LOCATED_IN")


def test_an_inspection_or_an_arrival_places_the_visit():
    text = ("รัฐมนตรีว่าการกระทรวงยุติธรรม ลงพื้นที่ตรวจราชการจังหวัดยะลา\nในวันพุธที่ 24 กรกฎาคม 2567 "
            "รัฐมนตรีว่าการกระทรวงยุติธรรม ลงพื้นที่ตรวจราชการจังหวัดยะลา พร้อมคณะ")
    assert ("visit", "ยะลา") in _of(_facts(text), "HELD_IN")
    text = ("วันที่ 26 มิถุนายน 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ร่วมลงพื้นที่ "
            "โดยคณะมีกำหนดการเดินทางถึงจังหวัดสระแก้ว ในเวลาประมาณ 10.00 น.")
    assert ("visit", "สระแก้ว") in _of(_facts(text), "HELD_IN")


def test_a_bare_ti_after_the_attendance_opens_the_venue():
    text = ("วันที่ 14 มกราคม 2567 นายสมศักดิ์ เทพสุทิน รองนายกรัฐมนตรี เป็นประธานพิธีเปิดงานสืบสานวัฒนธรรมประเพณีปีใหม่ม้ง "
            "โดยมีประชาชน เข้าร่วมจำนวนมาก ที่บ้านทับเบิก ตำบลวังบาล อำเภอหล่มเก่า จังหวัดเพชรบูรณ์\nโดยนายสุข กล่าวรายงาน")
    assert ("ceremony", "เพชรบูรณ์") in _of(_facts(text), "HELD_IN")
    # not after other words: another stage's place (รอบ Final ที่กรุงเทพมหานคร)
    text = ("วันที่ 7 กันยายน 2568 นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานการประกวดผ้าลายพระราชทาน "
            "ซึ่งพระองค์ท่านได้พระราชทานองค์ความรู้ผ่านหนังสือ Thai Textiles Trend พร้อมพระราชทานแนวทางให้มีการประกวด"
            "ขึ้น เพื่อให้ผู้ประกอบการผ้าและงานหัตถกรรมได้ประชันผลงาน โดยหลังจากการประกวดระดับภาค จะเข้าสู่รอบ Final "
            "ที่กรุงเทพมหานคร\nนายสมชาย กล่าวว่า")
    assert not _of(_facts(text), "HELD_IN")


def test_a_province_closing_the_venue_is_its_city():
    text = ("วันที่ 18 ธันวาคม 2567 กรมราชทัณฑ์ จัดการสัมมนาเชิงปฏิบัติการ การพัฒนาการจัดการศึกษาผู้ต้องขัง "
            "ณ โรงแรมแกรนด์ริชมอนด์ นนทบุรี\nโดยมีผู้แทนเรือนจำเข้าร่วม")
    assert ("forum", "นนทบุรี") in _of(_facts(text), "HELD_IN")


def test_a_village_number_opens_a_local_bodys_address():
    text = ("วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ตรวจเยี่ยม ณ โรงเรียนบ้านปราสาท "
            "หมู่ 5 ตำบลท่าตูม อำเภอท่าตูม จังหวัดสุรินทร์ สำหรับวัตถุประสงค์ของการจัดงาน")
    assert ("โรงเรียนบ้านปราสาท", "สุรินทร์") in _of(_facts(text), "LOCATED_IN")


def test_a_body_of_a_region_is_placed_nowhere():
    text = ("วันที่ 5 กรกฎาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เดินทางไปยังศูนย์ขับเคลื่อนการศึกษา"
            "ในจังหวัดชายแดนภาคใต้ (ศค.จชต.) อ.หนองจิก จ.ปัตตานี เพื่อเป็นประธานในพิธีมอบเงินช่วยเหลือเยียวยา")
    assert not {head for head, _ in _of(_facts(text), "LOCATED_IN")} & {"ศูนย์ขับเคลื่อนการศึกษาในจังหวัดชายแดนภาคใต้"}


def test_a_title_glued_inside_a_place_name_does_not_cut_the_venue():
    text = ("วันที่ 6 ธันวาคม 2567 นายสมชาย ใจดี รองนายกรัฐมนตรี ลงพื้นที่ตรวจติดตามสถานการณ์อุทกภัย "
            "ณ หอประชุมโรงเรียนพนางตุง ตำบลพนางตุง อำเภอควนขนุน จังหวัดพัทลุง พร้อมทั้งมอบสิ่งของ")
    (visit,) = [e for e in extract(text, doc="t")["entities"] if e["type"] == "Event"]
    assert "ตำบลพนางตุง อำเภอควนขนุน" in visit["venue"]


def test_a_deck_s_event_is_held_where_the_story_after_it_opens():
    # the deck tells the signing with no day; the story opens with the day and the place, then its people
    text = ("สธ. จับมือ 21 องค์กร ขับเคลื่อนนโยบายความปลอดภัยของผู้ป่วย\n\n"
            "กระทรวงสาธารณสุขจับมือ 21 องค์กรภาคีเครือข่ายลงนามปฏิญญาร่วมขับเคลื่อนนโยบายด้านความปลอดภัยของผู้ป่วย\n"
            "วันนี้ (29 พฤศจิกายน 2566) ที่อาคารอิมแพ็ค ฟอร์รั่ม เมืองทองธานี จ.นนทบุรี นายสมชาย ใจดี "
            "รัฐมนตรีช่วยว่าการกระทรวงสาธารณสุข เป็นผู้นำในการประกาศนโยบาย ร่วมกับองค์กรภาคีเครือข่าย\n")
    assert ("signing", "นนทบุรี") in _of(_facts(text), "HELD_IN")
    # a place the story's paragraph gives later, after its people, is not the opening's
    text = text.replace("ที่อาคารอิมแพ็ค ฟอร์รั่ม เมืองทองธานี จ.นนทบุรี นายสมชาย", "นายสมชาย").replace(
        "ร่วมกับองค์กรภาคีเครือข่าย", "ร่วมกับองค์กรภาคีเครือข่าย ต่อมาได้เดินทางไปยังจังหวัดเชียงใหม่")
    assert not _of(_facts(text), "HELD_IN")


def test_a_body_named_as_a_province_or_a_campus_of_one_is_located_there():
    text = ("วันที่ 3 เมษายน 2568 กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ลงนามบันทึกข้อตกลงความร่วมมือกับกรุงเทพมหานคร "
            "และคณะรัฐศาสตร์ มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี")
    located = _of(_facts(text), "LOCATED_IN")
    assert ("กรุงเทพมหานคร", "กรุงเทพมหานคร") in located
    # the campus the faculty's name carries is placed too, but not the university (DECISIONS #35)
    assert ("มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี", "ปัตตานี") in located
    assert not {tail for head, tail in located if head == "มหาวิทยาลัยสงขลานครินทร์"}


def test_the_only_event_of_a_release_is_held_at_the_venue_told_later():
    text = ("รัฐมนตรีว่าการกระทรวงการอุดมศึกษา เปิดประชุมโครงการสำรวจอวกาศ\n\n"
            "วันที่ 3 เมษายน 2567 นางสาวศุภมาส อิศรภักดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
            "เปิดประชุมโครงการสำรวจอวกาศ\n\n"
            "โดยมีผู้แทนหน่วยงานด้านอวกาศเข้าร่วม ณ ห้องแกรนด์บอลรูม โรงแรมเวสทิน กรุงเทพฯ")
    assert ("meeting", "กรุงเทพมหานคร") in _of(_facts(text), "HELD_IN")


def test_a_count_closes_a_list_of_parties_unless_the_list_follows_it():
    text = ("วันที่ 12 กรกฎาคม 2567 มีพิธีลงนามบันทึกความร่วมมือ ระหว่างกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ "
            "ร่วมกับสถาบันการศึกษา จำนวน 90 แห่ง โดย พลเอก ดาว์พงษ์ รัตนสุวรรณ องคมนตรี ได้พูดคุยกับผู้แทน")
    assert {name for name, _ in _of(_facts(text), "SIGNED")} == {"กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ"}
    text = ("วันที่ 12 กรกฎาคม 2567 กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ ลงนามบันทึกความเข้าใจ ร่วมกับหน่วยงาน จำนวน 2 แห่ง "
            "ได้แก่ มหาวิทยาลัยเชียงใหม่ และมหาวิทยาลัยขอนแก่น")
    assert {"มหาวิทยาลัยเชียงใหม่", "มหาวิทยาลัยขอนแก่น"} <= {name for name, _ in _of(_facts(text), "SIGNED")}


def test_an_occasion_still_to_come_or_a_count_s_day_is_no_event_s_day():
    record = extract("ข่าวประชาสัมพันธ์\nกระทรวงมหาดไทย เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 "
                     "วันนี้ (15 ก.ค. 67) นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานพิธีมอบอุปกรณ์ทางการแพทย์",
                     doc="t", published="2024-07-15")
    assert [e["date"] for e in record["entities"] if e["type"] == "Event"] == ["2024-07-15"]
    record = extract("ข่าวประชาสัมพันธ์\nวันนี้ (20 พ.ค. 67) นายสมชาย ใจดี ได้ตรวจเยี่ยมเรือนจำกลาง มีผู้ต้องขัง 1,276 คน "
                     "(ข้อมูล ณ วันที่ 9 พ.ค. 2567) และได้จัดการอบรมอาสาสมัครสาธารณสุขเรือนจำ (ข้อมูล ณ วันที่ 9 พ.ค. 2567)",
                     doc="t", published="2024-05-20")
    assert "2024-05-09" not in {e["date"] for e in record["entities"] if e["type"] == "Event"}


def test_who_assigns_a_chair_does_not_chair_the_one_assigned_does():
    text = ("วันที่ 22 มีนาคม 2567 นายอนันต์ ดนตรี ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้รับมอบหมายจาก"
            "นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ให้เป็นประธานในพิธีเปิดงานสัมมนาวิชาการ")
    assert {name for name, _ in _of(_facts(text), "CHAIRED")} == {"อนันต์ ดนตรี"}


def test_a_past_signing_of_a_stated_year_is_its_own_undated_event():
    text = ("วันที่ 30 ตุลาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
            "ระหว่างกรมบังคับคดี และกองทุนเงินให้กู้ยืมเพื่อการศึกษา\nนายสมศักดิ์ ดีมาก อธิบดีกรมบังคับคดี กล่าวว่า "
            "ความร่วมมือนี้ต่อเนื่องจากเมื่อปี ๒๕๕๘ กรมบังคับคดีได้มีการลงนามบันทึกข้อความร่วมมือว่าด้วยการไกล่เกลี่ยลูกหนี้")
    events = [(e["event_type"], e["date"]) for e in extract(text, doc="t")["entities"] if e["type"] == "Event"]
    assert sorted(events, key=str) == [("signing", "2024-10-30"), ("signing", None)]


def test_another_activity_besides_the_event_keeps_a_day_the_story_does_not_give():
    text = ("เมื่อวันที่ 7 มิถุนายน 2566 ณ โรงแรมโกลเด้น ซิตี้ จังหวัดระยอง กองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) "
            "จัดเวทีแลกเปลี่ยนเรียนรู้ ‘กลไกระดับพื้นที่’ โดยมีเครือข่าย 12 จังหวัดเข้าร่วม\n"
            "นอกจากนี้ยังได้ร่วมกันลงพื้นที่เรียนรู้ดูงาน ‘กลไกระดับตำบล’ เพื่อรับฟังมุมมองการทำงาน")
    events = {e["event_type"]: e["date"] for e in extract(text, doc="t")["entities"] if e["type"] == "Event"}
    assert events == {"forum": "2023-06-07", "visit": None}


def test_programme_names_go_on_over_a_country_pair_a_glued_number_and_a_short_quote():
    text = ("ครม. อนุมัติโครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5 และโครงการจัดหายารักษาผู้ป่วยโควิด-19 "
            "ส่วนกองทัพบกได้ดำเนินโครงการจัดสร้างสวนป่า “เบญจกิติ” แล้วเสร็จ")
    names = {e["name"] for e in extract(text, doc="t")["entities"] if e["type"] == "Programme"}
    assert names == {"โครงการก่อสร้างสะพานมิตรภาพไทย – ลาว แห่งที่ 5", "โครงการจัดหายารักษาผู้ป่วยโควิด-19",
                     "โครงการจัดสร้างสวนป่า เบญจกิติ"}


def test_a_minister_written_short_holds_a_position_in_that_ministry():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี รมว.แรงงาน และนางสาวมาลี ศรีสุข รมว.การอุดมศึกษา วิทยาศาสตร์ "
            "วิจัยและนวัตกรรม ร่วมเป็นประธานการประชุม ณ กระทรวงแรงงาน\n"
            "นายวิชัย ชาญชัย รองนายกรัฐมนตรี และ รมว.มหาดไทย กล่าวว่า กระทรวงมหาดไทยพร้อมสนับสนุน")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("สมชาย ใจดี", "กระทรวงแรงงาน") in held
    assert ("มาลี ศรีสุข", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม") in held
    assert {("วิชัย ชาญชัย", "คณะรัฐมนตรี"), ("วิชัย ชาญชัย", "กระทรวงมหาดไทย")} <= held


def test_a_ministers_office_after_a_spaced_and_or_a_rank_and_the_ministers_advisory_board():
    # รองนายกรัฐมนตรีและ รมว.X (the space after และ), ผู้ช่วยเลขานุการ รมว.X (ranks before the office),
    # คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงX (a member of the minister's board of advisers)
    text = ("เมื่อวันที่ 1 ธ.ค. 2567 นายวิชัย ชาญชัย รองนายกรัฐมนตรีและ รมว.มหาดไทย เป็นประธานในพิธี โดยมี"
            " น.ส.มาลี ศรีสุข ผู้ช่วยเลขานุการ รมว.มหาดไทย นายสมชาย ใจดี คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงสาธารณสุข"
            " ร่วมในพิธี")
    held = _of(_facts(text, "HOLDS_POSITION"), "HOLDS_POSITION")
    assert {("วิชัย ชาญชัย", "คณะรัฐมนตรี"), ("วิชัย ชาญชัย", "กระทรวงมหาดไทย"), ("มาลี ศรีสุข", "กระทรวงมหาดไทย"),
            ("สมชาย ใจดี", "กระทรวงสาธารณสุข")} <= held


def test_the_ministers_advisory_board_after_a_position_is_a_group_not_a_second_office():
    text = ("เมื่อวันที่ 1 ธ.ค. 2567 นายสมชาย ใจดี อธิบดีกรมคุ้มครองสิทธิและเสรีภาพ คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงยุติธรรม"
            " และหัวหน้าส่วนราชการ เข้าร่วมพิธี")
    held = _of(_facts(text, "HOLDS_POSITION"), "HOLDS_POSITION")
    assert ("สมชาย ใจดี", "กรมคุ้มครองสิทธิและเสรีภาพ") in held and ("สมชาย ใจดี", "กระทรวงยุติธรรม") not in held


def test_an_office_not_a_ministers_names_no_ministry():
    # ผู้อำนวยการกองแรงงาน is no minister: no กระทรวงแรงงาน from its word แรงงาน
    text = "เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี ผู้อำนวยการกองแรงงาน เป็นประธานการประชุม ณ กระทรวงแรงงาน"
    assert ("สมชาย ใจดี", "กระทรวงแรงงาน") not in _of(_facts(text), "HOLDS_POSITION")


def test_an_office_with_its_field_written_apart_is_in_the_agency_after_the_field():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี รองผู้อำนวยการ ด้านเสถียรภาพสถาบันการเงิน ธนาคารแห่งประเทศไทย "
            "ร่วมประชุม ณ กระทรวงศึกษาธิการ")
    assert ("สมชาย ใจดี", "ธนาคารแห่งประเทศไทย") in _of(_facts(text), "HOLDS_POSITION")


def test_a_second_office_written_right_after_the_first_is_held_too():
    text = ("เมื่อวันที่ 26 ธ.ค. 2560 นายธวัช สุระบาล ผวจ.ศรีสะเกษ ประธานคณะกรรมการศึกษาธิการจังหวัดศรีสะเกษ "
            "ได้เดินทางไปเป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert {("ธวัช สุระบาล", "จังหวัดศรีสะเกษ"), ("ธวัช สุระบาล", "คณะกรรมการศึกษาธิการจังหวัดศรีสะเกษ")} <= held


def test_an_office_headed_by_a_position_word_after_the_position_is_held_too():
    # โฆษกกระทรวงยุติธรรม, รมว.กระทรวงมหาดไทย: a position head glued to an agency, right after the position
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี รองปลัดกระทรวงยุติธรรม โฆษกกระทรวงยุติธรรม "
            "นางมาลี ศรีสุข ผู้ช่วยปลัดกระทรวงยุติธรรม รองโฆษกกระทรวงยุติธรรม ร่วมประชุม ณ กระทรวงยุติธรรม\n"
            "นายวิชัย ชาญชัย รองนายกรัฐมนตรีและ รมว.กระทรวงมหาดไทย เป็นประธานการประชุม")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert {("สมชาย ใจดี", "สำนักงานปลัดกระทรวงยุติธรรม"), ("สมชาย ใจดี", "กระทรวงยุติธรรม"),
            ("มาลี ศรีสุข", "สำนักงานปลัดกระทรวงยุติธรรม"), ("มาลี ศรีสุข", "กระทรวงยุติธรรม"),
            ("วิชัย ชาญชัย", "กระทรวงมหาดไทย")} <= held


def test_an_office_headed_by_a_position_word_before_a_bare_name_is_that_persons():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี รองปลัดกระทรวงยุติธรรม ผู้อำนวยการกรมคุมประพฤติ นางมาลี ศรีสุข "
            "ร่วมประชุม ณ กระทรวงยุติธรรม")
    assert ("สมชาย ใจดี", "กรมคุมประพฤติ") not in _of(_facts(text), "HOLDS_POSITION")


def test_a_group_of_people_after_a_position_is_no_second_office():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี อธิบดีกรมการข้าว ผู้บริหารกระทรวงเกษตรและสหกรณ์ และเกษตรกร "
            "เข้าร่วมพิธี ณ จังหวัดหนองบัวลำภู")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("สมชาย ใจดี", "กรมการข้าว") in held and ("สมชาย ใจดี", "กระทรวงเกษตรและสหกรณ์") not in held


def test_an_office_written_before_the_next_name_is_that_persons():
    text = ("เมื่อวันที่ 26 ธ.ค. 2560 นายธวัช สุระบาล ผวจ.ศรีสะเกษ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีสะเกษ เขต 1 "
            "นายสมพร ดีมาก ร่วมประชุม")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("ธวัช สุระบาล", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีสะเกษ เขต 1") not in held


def test_a_representatives_office_after_a_position_is_the_person_befores_when_the_next_name_has_its_own():
    text = ("เมื่อวันที่ 12 ก.ค. 2567 มีผู้เข้าร่วม ได้แก่ นายณฐรัช ทองเจิม ผู้ช่วยผู้อำนวยการกองพัฒนานักศึกษา "
            "ผู้แทนอธิการบดีมหาวิทยาลัยเชียงใหม่ พลตรียุทธนา มีทิพย์ ผู้บัญชาการมณฑลทหารบกที่ 33")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("ณฐรัช ทองเจิม", "มหาวิทยาลัยเชียงใหม่") in held
    assert ("ยุทธนา มีทิพย์", "มหาวิทยาลัยเชียงใหม่") not in held


def test_a_units_office_is_in_the_agency_of_the_person_it_is_listed_with():
    text = ("เมื่อวันที่ 5 มี.ค. 2567 นายสามารถ ผ่องศรี ศึกษาธิการจังหวัดสระแก้ว พร้อมด้วยนางธิติมา โฮมแพน "
            "ผู้อำนวยการกลุ่มลูกเสือ ยุวกาชาดและกิจการนักเรียน เข้าร่วมการประชุมเชิงปฏิบัติการ")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("ธิติมา โฮมแพน", "สำนักงานศึกษาธิการจังหวัดสระแก้ว") in held


def test_the_chair_of_a_named_bodys_board_holds_his_position_in_that_body():
    text = ("เมื่อวันที่ 1 เม.ย. 2567 นายจุลพันธ์ อมรวิวัฒน์ รัฐมนตรีช่วยว่าการกระทรวงการคลัง ประธานกรรมการธนาคารเพื่อการเกษตร"
            "และสหกรณ์การเกษตร (ธ.ก.ส.) เป็นประธานการประชุมใหญ่ โดยมีนายฉัตรชัย ศิริไล ผู้จัดการ ธ.ก.ส. เข้าร่วม")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert {("จุลพันธ์ อมรวิวัฒน์", "กระทรวงการคลัง"), ("จุลพันธ์ อมรวิวัฒน์", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"),
            ("ฉัตรชัย ศิริไล", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร")} <= held


def test_a_parent_written_after_a_party_qualifies_it_and_is_no_party():
    text = ("เมื่อวันที่ 12 ก.ค. 2567 มีพิธีลงนามบันทึกความร่วมมือทางวิชาการ ระหว่างกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ "
            "กระทรวง พม. กับมหาวิทยาลัยเชียงใหม่")
    signed = _of(_facts(text), "SIGNED")
    assert {("กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ", "signing"), ("มหาวิทยาลัยเชียงใหม่", "signing")} <= signed
    assert ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "signing") not in signed


def test_an_address_whose_place_name_holds_a_hyphen_still_places_the_agency():
    text = ("วันที่ 8 กรกฎาคม 2562 นายอุทัย กาญจนะ ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสตูล "
            "ลงพื้นที่โรงเรียนบ้านควนเก ต.แป-ระ อ.ท่าแพ จ.สตูล ติดตามความคืบหน้าการจัดการเรียนการสอน")
    assert ("โรงเรียนบ้านควนเก", "สตูล") in _of(_facts(text), "LOCATED_IN")


def test_where_a_thing_stands_or_a_region_of_provinces_places_no_event():
    # ตั้งอยู่ที่: where the plant is, not where the contract was signed
    text = ("วันที่ 9 มกราคม 2567 บริษัท ไบโอคอมเพล็กซ์ จำกัด ลงนามสัญญาซื้อขายระบบสาธารณูปโภค สำหรับโครงการมูลค่า "
            "41,000 ล้านบาท ตั้งอยู่ที่ตำบลหนองโพ อำเภอตาคลี จังหวัดนครสวรรค์")
    assert not _of(_facts(text), "HELD_IN")
    # a venue that names a region's several provinces names none of them
    text = ("วันที่ 19 มกราคม 2567 นางสาวศุภมาส อิศรภักดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
            "เป็นประธานการประชุมคณะทำงานการท่องเที่ยว ณ พื้นที่กลุ่มจังหวัดภาคใต้ฝั่งอันดามัน (กระบี่ ตรัง พังงา ภูเก็ต ระนอง และสตูล)")
    assert not _of(_facts(text), "HELD_IN")


def test_those_named_after_signed_by_signed():
    text = ("เมื่อวันที่ 8 มี.ค. 2567 รัฐมนตรีว่าการกระทรวงศึกษาธิการ ร่วมเป็นสักขีพยานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ"
            " ลงนามโดย นายสมชาย ใจดี ผู้อำนวยการสำนักงานศึกษาธิการจังหวัดเลย และ นางสาวมาลี ศรีสุข อธิการบดีมหาวิทยาลัยราชภัฏอุดรธานี")
    facts = _facts(text, "SIGNED")
    assert {("สมชาย ใจดี", "signing"), ("มาลี ศรีสุข", "signing"),
            ("สำนักงานศึกษาธิการจังหวัดเลย", "signing"), ("มหาวิทยาลัยราชภัฏอุดรธานี", "signing")} <= _of(facts, "SIGNED")


def test_parties_listed_after_a_long_description_of_the_agreement():
    text = ("2 กระทรวงเดินหน้าผลิต “9 หมอ” ดูแลสุขภาพประชาชน\n\n"
            "ประธานองคมนตรี เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือระหว่าง กระทรวงสาธารณสุข และกระทรวงศึกษาธิการ\n"
            "วันนี้ (16 กันยายน 2567) นายสมหวัง ดีมาก ประธานกรรมการ เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ"
            "เพื่อขับเคลื่อนการผลิตแพทย์และทีมนวัตกรรมสุขภาพเพื่อเวชศาสตร์ครอบครัวตอบสนองต่อระบบสุขภาพปฐมภูมิทั่วไทย"
            " (9 หมอ แผน 10 ปี ครอบคลุมปีการศึกษา 2568-2577) ระหว่าง นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงสาธารณสุข"
            " และนางสาวศุภมาส อิศรภักดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ")
    signed = _of(_facts(text, "SIGNED"), "SIGNED")
    assert {("สมศักดิ์ เทพสุทิน", "signing"), ("ศุภมาส อิศรภักดี", "signing")} <= signed


def test_a_signing_cue_signs_no_visit():
    text = ("วันนี้ (11 ก.พ. 2567) นายสมชาย ใจดี รองเลขาธิการนายกรัฐมนตรี ลงพื้นที่ติดตามการดำเนินงานกองทุนหมู่บ้าน"
            " ณ อำเภอสารภี จังหวัดเชียงใหม่\nก่อนเดินทางกลับ คณะกรรมการชุมชน ได้ร่วมลงนามในสมุดเยี่ยม")
    facts = _facts(text)
    assert ("สมชาย ใจดี", "visit") in _of(facts, "PARTICIPATED")
    assert not any(kind == "SIGNED" for kind, _, _ in facts)


def test_a_deputy_prime_minister_who_signs_as_minister_signs_for_the_ministry_not_the_cabinet():
    text = ("เมื่อวันที่ 16 ก.ย. 2567 นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย"
            " ร่วมลงนามบันทึกข้อตกลงความร่วมมือกับ มหาวิทยาลัยมหิดล")
    facts = _facts(text)
    assert ("อนุทิน ชาญวีรกูล", "คณะรัฐมนตรี") in _of(facts, "HOLDS_POSITION")
    assert ("กระทรวงมหาดไทย", "signing") in _of(facts, "SIGNED")
    assert ("คณะรัฐมนตรี", "signing") not in _of(facts, "SIGNED")


def test_an_office_written_alone_takes_part_as_the_person_named_in_it():
    text = ("วันนี้ (12 ก.ค. 2567) นายเศรษฐา ทวีสิน นายกรัฐมนตรี ลงพื้นที่ตรวจราชการ ณ จังหวัดเชียงราย\n"
            "โดยนายกรัฐมนตรีได้เข้าร่วมกิจกรรมกับนักเรียน")
    facts = _facts(text, "PARTICIPATED")
    assert ("เศรษฐา ทวีสิน", "visit") in _of(facts, "PARTICIPATED")
    assert ("คณะรัฐมนตรี", "visit") not in _of(facts, "PARTICIPATED")


def test_a_second_office_after_acting_words_or_a_joined_ministers_office():
    text = ("วันนี้ (6 กรกฎาคม 2566) นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง"
            " ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า นายสุริยะ จึงรุ่งเรืองกิจ รองนายกรัฐมนตรี"
            " และรัฐมนตรีว่าการกระทรวงคมนาคม และนายวรณัฏฐ์ หนูรอด รองผู้ว่าราชการจังหวัดสมุทรสาคร"
            " รักษาการในตำแหน่งที่ปรึกษาด้านการปกครอง กระทรวงมหาดไทย ได้ร่วมประชุม")
    held = _of(_facts(text, "HOLDS_POSITION"), "HOLDS_POSITION")
    assert {("อนุชา บูรพชัยศรี", "สำนักเลขาธิการนายกรัฐมนตรี"), ("อนุชา บูรพชัยศรี", "สำนักนายกรัฐมนตรี"),
            ("สุริยะ จึงรุ่งเรืองกิจ", "คณะรัฐมนตรี"), ("สุริยะ จึงรุ่งเรืองกิจ", "กระทรวงคมนาคม"),
            ("วรณัฏฐ์ หนูรอด", "จังหวัดสมุทรสาคร"), ("วรณัฏฐ์ หนูรอด", "กระทรวงมหาดไทย")} <= held


def test_a_ministers_office_glued_after_a_position_and_a_civil_service_line():
    text = ("นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรมว.มหาดไทย มีนโยบายให้หน่วยงานขับเคลื่อน"
            " จากนั้น นางสาวสุพจนี ชุติดำรง นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ สำนักงาน ป.ป.ส. ได้นำเสนอ")
    held = _of(_facts(text, "HOLDS_POSITION"), "HOLDS_POSITION")
    assert {("อนุทิน ชาญวีรกูล", "กระทรวงมหาดไทย"),
            ("สุพจนี ชุติดำรง", "สำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด")} <= held


def test_a_chair_with_no_one_in_his_clause_is_the_subject_kept_from_before():
    text = ("วันนี้ (6 สิงหาคม 2568) ณ ทำเนียบรัฐบาล นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี"
            " แถลงข่าวภายหลังเป็นประธานการหารือกับผู้บริหารบริษัทชั้นนำระดับโลก")
    assert ("ภูมิธรรม เวชยชัย", "meeting") in _of(_facts(text, "CHAIRED"), "CHAIRED")


def test_the_kept_subject_passes_over_a_clause_about_others_and_a_list_is_no_subject():
    text = ("เมื่อวันที่ 27 สิงหาคม 2567 นายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
            " เป็นประธานเปิดการสัมมนาวิชาการ โดยมี นายสมศักดิ์ ทิบุญ ประธานคณะทำงาน กล่าวต้อนรับ"
            " จากนั้น เป็นประธานมอบรางวัลกองทุนสวัสดิการชุมชนดีเด่น ณ ห้องประชุมองค์การบริหารส่วนจังหวัดลำปาง")
    chaired = _of(_facts(text, "CHAIRED"), "CHAIRED")
    assert ("สมศักดิ์ ทิบุญ", "ceremony") not in chaired
    assert ("อนุกูล ปีดแก้ว", "ceremony") in chaired
    listed = ("วันที่ 9 ธ.ค. 2566 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดกาญจนบุรี, นายสมหมาย ใจงาม นายอำเภอเมืองกาญจนบุรี"
              " ร่วมให้การต้อนรับ เพื่อเป็นประธานในพิธีเปิดอนุสรณ์สถาน")
    assert not _of(_facts(listed, "CHAIRED"), "CHAIRED")


def test_who_listens_to_a_briefing_does_not_speak():
    text = ("วันนี้ (26 มิ.ย. 2568) นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี เป็นประธานในการประชุมหารือ ณ โรงเรียนอรัญประเทศ"
            " โดยนายกรัฐมนตรี จะรับฟังบรรยายสรุปสถานการณ์ชายแดน")
    facts = _facts(text, "CHAIRED", "SPOKE_AT")
    assert ("แพทองธาร ชินวัตร", "meeting") in _of(facts, "CHAIRED")
    assert not _of(facts, "SPOKE_AT")


def test_a_cue_that_names_an_event_speaks_of_that_event():
    text = ("วันนี้ (12 ก.ค. 2567) นายเศรษฐา ทวีสิน นายกรัฐมนตรี ลงพื้นที่ตรวจราชการจังหวัดเชียงราย"
            " และเป็นประธานในพิธีเปิดโครงการยกระดับโรงพยาบาลเชียงราย\n"
            "โดยมี นายภาณุรัตน์ หลักบุญ เลขาธิการคณะกรรมการป้องกันและปราบปรามยาเสพติด ร่วมคณะตรวจราชการ")
    participated = _of(_facts(text, "PARTICIPATED"), "PARTICIPATED")
    assert ("ภาณุรัตน์ หลักบุญ", "visit") in participated
    assert ("ภาณุรัตน์ หลักบุญ", "ceremony") not in participated


def test_an_institute_written_with_its_department_is_its_unit_and_no_party():
    text = ("วันนี้ (12 กุมภาพันธ์ 2567) กองทุนเงินให้กู้ยืมเพื่อการศึกษา และสถาบันทันตกรรม กรมการแพทย์"
            " จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ")
    facts = _facts(text)
    assert ("สถาบันทันตกรรม", "กรมการแพทย์") in _of(facts, "PART_OF")
    assert ("กรมการแพทย์", "signing") not in _of(facts, "ORGANIZED")


def test_a_unit_at_a_lines_end_is_no_unit_of_the_agency_opening_the_next():
    text = ("เมื่อวันที่ 24 ก.ค. 2566 กระทรวงวัฒนธรรม จัดงานวันภาษาไทยแห่งชาติ ณ หอประชุมใหญ่ สถาบันบำราศนราดูร\n"
            "กรมควบคุมโรค ประกาศผลรางวัล")
    assert not _of(_facts(text, "PART_OF"), "PART_OF")
    assert ("สถาบันบำราศนราดูร", "กรมควบคุมโรค") in _of(_facts(text.replace("\n", " "), "PART_OF"), "PART_OF")


def test_a_privy_councillor_sits_in_the_privy_council_and_an_mp_written_short_in_the_house():
    text = ("วันนี้ (16 กันยายน 2567) พลเอก สุรยุทธ์ จุลานนท์ ประธานองคมนตรี เป็นประธานในพิธีลงนาม"
            " โดยมี นางสาวสิริลภัส กองตระการ สมาชิกผู้แทนราษฎร กรุงเทพมหานคร และ ศาสตราจารย์ แพทย์หญิงสมศรี"
            " เผ่าสวัสดิ์ นายกแพทยสภา เข้าร่วม")
    held = _of(_facts(text, "HOLDS_POSITION"), "HOLDS_POSITION")
    assert {("สุรยุทธ์ จุลานนท์", "คณะองคมนตรี"), ("สิริลภัส กองตระการ", "สภาผู้แทนราษฎร"),
            ("สมศรี เผ่าสวัสดิ์", "แพทยสภา")} <= held
    assert ("สิริลภัส กองตระการ", "กรุงเทพมหานคร") not in held


def test_who_meets_someone_takes_part_in_the_meeting_those_words_report():
    text = ("วันที่ 11 เมษายน 2567 นายพิพัฒน์ รัชกิจประการ รัฐมนตรีว่าการกระทรวงแรงงาน พร้อมด้วยนายไพโรจน์ โชติกเสถียร"
            " ปลัดกระทรวงแรงงาน\nและนางปรางทิพย์ กาญจนหัตถกิจ อัครราชทูต ณ กรุงโตเกียว พบปะ Mr. Hitoshi Kanamori"
            " ประธานองค์กรพัฒนาฝีมือแรงงานระดับนานาชาติ เพื่อหารือข้อราชการ\n"
            "นายพิพัฒน์ เปิดเผยว่า กระทรวงแรงงานมีความพร้อมที่จะสนับสนุนแรงงานไทยเข้าร่วมนโยบายวีซ่าทักษะเฉพาะ")
    participated = _of(_facts(text, "PARTICIPATED"), "PARTICIPATED")
    assert {("พิพัฒน์ รัชกิจประการ", "meeting"), ("ไพโรจน์ โชติกเสถียร", "meeting"),
            ("ปรางทิพย์ กาญจนหัตถกิจ", "meeting"), ("Hitoshi Kanamori", "meeting")} <= participated
    assert ("กระทรวงแรงงาน", "meeting") not in participated


def test_the_one_met_is_listed_without_the_sentence_that_goes_on_after():
    text = ("วันที่ 15 ตุลาคม 2567 ศาสตราจารย์ GQ Max Lu อธิการบดีมหาวิทยาลัย Surrey เข้าเยี่ยมคารวะ นางสาวแพทองธาร"
            " ชินวัตร นายกรัฐมนตรี ภายหลังเสร็จสิ้น นายจิรายุ ห่วงทรัพย์ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยสาระสำคัญ")
    participated = _of(_facts(text, "PARTICIPATED"), "PARTICIPATED")
    assert ("แพทองธาร ชินวัตร", "meeting") in participated
    assert ("จิรายุ ห่วงทรัพย์", "meeting") not in participated


def test_an_event_named_again_by_its_title_after_an_organising_cue_is_that_event():
    text = ("มหาดไทย จัดกิจกรรม \"จิตอาสาบำเพ็ญสาธารณประโยชน์\" ฝึกอบรมและฝึกปฏิบัติการช่วยชีวิตขั้นพื้นฐาน\n\n"
            "มหาดไทย จัดกิจกรรม \"จิตอาสาบำเพ็ญสาธารณประโยชน์\" ฝึกอบรมและฝึกปฏิบัติการช่วยชีวิตขั้นพื้นฐาน\n"
            "เมื่อวานนี้ (23 เม.ย. 68) นายวรณัฏฐ์ หนูรอด รองผู้ว่าราชการจังหวัดสมุทรสาคร เป็นประธานเปิดกิจกรรม\n"
            "นายวรณัฏฐ์ กล่าวว่า กระทรวงมหาดไทยโดยสำนักงานปลัดกระทรวงมหาดไทย ได้จัดกิจกรรม \"จิตอาสาบำเพ็ญสาธารณประโยชน์\""
            " ขึ้น เพื่อเทิดพระเกียรติ")
    organized = _of(_facts(text, "ORGANIZED"), "ORGANIZED")
    assert {("กระทรวงมหาดไทย", "training"), ("สำนักงานปลัดกระทรวงมหาดไทย", "training")} <= organized


def test_the_partners_a_programme_is_run_under_organise_it():
    text = ("วันที่ 3 เมษายน 2568 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
            " เป็นประธานเปิดโครงการ “เฉลิมพระเกียรติฯ 70 พรรษา 7 มิติแห่งความยั่งยืน” ภายใต้ความร่วมมือระหว่าง"
            " กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์, กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม และมูลนิธิชัยพัฒนา"
            " โดยมี นายสมชาย ใจดี กล่าวรายงาน")
    organized = {head for head, _ in _of(_facts(text, "ORGANIZED"), "ORGANIZED")}
    assert {"กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
            "มูลนิธิชัยพัฒนา"} <= organized


def test_both_bodies_stand_for_the_two_named_before():
    text = ("วันนี้ (25 ก.ค. 2567) นางสาวศุภมาส อิศรภักดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
            " เป็นประธานเปิดการประชุมนานาชาติ ณ โรงแรมอินเตอร์คอนติเนนตัล กรุงเทพฯ\n"
            "นางสาวศุภมาส กล่าวว่า กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม และสภาวิศวกร มุ่งมั่นที่จะผลักดันมาตรฐาน"
            " โดยเมื่อวันที่ 1 มีนาคม 2567 ทั้ง 2 หน่วยงานได้ลงนามในบันทึกข้อตกลงความร่วมมือทางวิชาการร่วมกัน")
    signed = _of(_facts(text, "SIGNED"), "SIGNED")
    assert {("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "signing"), ("สภาวิศวกร", "signing")} <= signed


def test_a_chair_of_two_activities_joined_in_one_phrase_chairs_both():
    text = ("วันที่ 4 มีนาคม 2568 ที่มหาวิทยาลัยราชภัฏนครราชสีมา นายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
            " เป็นประธานในพิธีเปิดโครงการอบรมให้ความรู้ภาคีเครือข่าย และการลงนามบันทึกข้อตกลงความร่วมมือด้านการป้องกัน"
            "และแก้ไขปัญหาการค้ามนุษย์")
    chaired = _of(_facts(text, "CHAIRED"), "CHAIRED")
    assert {tail for head, tail in chaired if head == "อนุกูล ปีดแก้ว"} == {"training", "signing"}


def test_a_co_chair_written_tham_nathi_prathan_ruam_chairs_and_does_not_just_attend():
    text = ("ระหว่างวันที่ 21 - 23 พฤษภาคม 2568 นายสรพงศ์ ไพฑูรย์พงษ์ รองปลัดกระทรวงคมนาคม เข้าร่วมการประชุมเจ้าหน้าที่อาวุโส"
            "ด้านการขนส่งอาเซียน ครั้งที่ 59 โดยมี นายสมชาย ใจดี ผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร"
            " ทำหน้าที่ประธานร่วมการประชุม")
    facts = _facts(text, "CHAIRED", "PARTICIPATED")
    assert ("สมชาย ใจดี", "meeting") in _of(facts, "CHAIRED")
    assert ("สมชาย ใจดี", "meeting") not in _of(facts, "PARTICIPATED")


def test_a_name_in_brackets_after_an_office_is_no_part_of_the_position():
    text = ("นางมนพร เจริญศรี รัฐมนตรีช่วยว่าการกระทรวงคมนาคม ประชุมติดตามการดำเนินงาน โดยมี นายสรพันธ์ คุณากรวงศ์"
            " ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวงคมนาคม ปฏิบัติหน้าที่เลขานุการรัฐมนตรีช่วยว่าการกระทรวงคมนาคม"
            " (นางมนพร เจริญศรี) นายสรพงศ์ ไพฑูรย์พงษ์ รองปลัดกระทรวงคมนาคม เข้าร่วมประชุม")
    record = extract(text, doc="t")
    positions = {e["name"]: e.get("position") or "" for e in record["entities"] if e["type"] == "Person"}
    assert "มนพร" not in positions["สรพันธ์ คุณากรวงศ์"]


def test_the_people_of_both_bodies_are_not_the_bodies():
    text = ("วันที่ 21 ส.ค. 2568 ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร และสถาบันวิจัยวิทยาศาสตร์และเทคโนโลยีแห่งประเทศไทย"
            " ลงนามบันทึกข้อตกลงความร่วมมือทางวิชาการ โดยมีผู้บริหารจากทั้ง 2 หน่วยงานร่วมเป็นสักขีพยานในพิธี")
    assert not _of(_facts(text, "WITNESSED"), "WITNESSED")


def test_the_chair_of_a_fund_holds_an_office_and_chairs_no_event():
    text = ("วันนี้ (11 ก.พ. 2567) นายวีรพงศ์ ฤทธิ์รอด ที่ปรึกษารัฐมนตรีประจำสำนักนายกรัฐมนตรี ลงพื้นที่ติดตามการดำเนินงาน"
            "กองทุนหมู่บ้านไชยสถาน อำเภอสารภี จังหวัดเชียงใหม่ มีคณะกรรมการบริหารจัดการกองทุนฯ จำนวน 9 คน"
            " โดยมี นางสาวบุษกร ก่ำศรี เป็นประธานกองทุนฯ")
    assert not _of(_facts(text, "CHAIRED"), "CHAIRED")


def test_the_units_listed_after_a_ministry_they_belong_to_are_its_units():
    text = ("วันที่ 21 พฤษภาคม 2568 นายสมชาย ใจดี รองปลัดกระทรวงคมนาคม เข้าร่วมการประชุม พร้อมด้วยผู้แทนจากหน่วยงาน"
            "ในสังกัดกระทรวงคมนาคม ได้แก่ กรมเจ้าท่า กรมการขนส่งทางบก และกรมการขนส่งทางราง ณ กรุงเทพมหานคร")
    parts = _of(_facts(text, "PART_OF"), "PART_OF")
    assert {("กรมเจ้าท่า", "กระทรวงคมนาคม"), ("กรมการขนส่งทางบก", "กระทรวงคมนาคม"),
            ("กรมการขนส่งทางราง", "กระทรวงคมนาคม")} <= parts
    # a few words may stand before the list opener; a list of partners after no affiliation gives no units
    spread = text.replace("กระทรวงคมนาคม ได้แก่", "กระทรวงคมนาคมทั่วประเทศ ประกอบด้วย")
    assert ("กรมการขนส่งทางราง", "กระทรวงคมนาคม") in _of(_facts(spread, "PART_OF"), "PART_OF")
    partners = text.replace("หน่วยงานในสังกัดกระทรวงคมนาคม", "หน่วยงานภาคีของกระทรวงคมนาคม")
    assert not _of(_facts(partners, "PART_OF"), "PART_OF") & {("กรมเจ้าท่า", "กระทรวงคมนาคม")}
    # the list may open with ทั้ง, อาทิ or เช่น, its units written by their short forms
    short = ("วันที่ 3 เมษายน 2567 ที่ประชุมรับทราบรายงานการรับนักเรียนของหน่วยงานในสังกัดกระทรวงศึกษาธิการ ทั้ง สพฐ. "
             "สอศ. และ สกร. ณ กรุงเทพมหานคร")
    assert {("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "กระทรวงศึกษาธิการ"),
            ("สำนักงานคณะกรรมการการอาชีวศึกษา", "กระทรวงศึกษาธิการ")} <= _of(_facts(short, "PART_OF"), "PART_OF")


def test_a_party_read_into_a_witness_cues_list_is_a_signer_not_a_witness():
    # a witness cue's list reads on into the signers' list (สักขีพยานในการลงนาม โดยมีผู้ร่วมลงนามประกอบด้วย ...);
    # schema.yaml's WITNESSED yields_to SIGNED: no gold release holds both for one actor at one signing
    text = ("วันที่ 16 กันยายน 2567 ณ ทำเนียบรัฐบาล นายวิชัย สุขสันต์ รองนายกรัฐมนตรี เป็นประธานและสักขีพยานในการลงนาม"
            "บันทึกข้อตกลงความร่วมมือ โดยมีผู้ร่วมลงนามประกอบด้วย นายสมชาย ใจดี ปลัดกระทรวงศึกษาธิการ "
            "นายสมศักดิ์ มีสุข ปลัดกระทรวงแรงงาน และนางสาวสมศรี รักงาน ปลัดกระทรวงมหาดไทย")
    record = extract(text, doc="d")
    names = {e["id"]: e.get("name", e.get("event_type")) for e in record["entities"]}
    roles = {(r["type"], names[r["head"]]) for r in record["relations"] if r["type"] in ("SIGNED", "WITNESSED")}
    assert {("SIGNED", "สมชาย ใจดี"), ("SIGNED", "สมศักดิ์ มีสุข"), ("SIGNED", "สมศรี รักงาน"),
            ("WITNESSED", "วิชัย สุขสันต์")} <= roles
    assert not {name for kind, name in roles if kind == "WITNESSED"} & {name for kind, name in roles if kind == "SIGNED"}


def test_an_office_written_before_a_bracketed_name_is_that_persons():
    text = ("เมื่อวันที่ 3 ก.ค. 2566 นายกรัฐมนตรีมอบหมายรองนายกรัฐมนตรี (นายวิชัย ชาญชัย) เป็นประธานพิธีเปิด"
            " ตามนโยบายของรัฐมนตรีว่าการกระทรวงอุตสาหกรรม (นายสมชาย ใจดี)")
    held = _of(_facts(text, "HOLDS_POSITION"), "HOLDS_POSITION")
    assert {("วิชัย ชาญชัย", "คณะรัฐมนตรี"), ("สมชาย ใจดี", "กระทรวงอุตสาหกรรม")} <= held


def test_the_units_a_body_acts_through_are_its_units():
    # "X" โดย A B และ C: a ministry (or a national office) acting through its listed units, after a quote, ฯ or an
    # abbreviation; the list ends at the next party written with its own parent
    text = ('วันที่ 19 กันยายน 2567 ลงนามบันทึกความเข้าใจ ระหว่าง "กระทรวงแรงงาน" โดย กรมการจัดหางาน กรมพัฒนาฝีมือแรงงาน '
            'และสำนักงานประกันสังคม และ "กระทรวงศึกษาธิการ" โดย สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ร่วมลงนาม '
            'ซึ่งปัจจุบันกระทรวงเกษตรฯ โดย กรมส่งเสริมสหกรณ์ และกรมตรวจบัญชีสหกรณ์ ได้บูรณาการงาน')
    parts = _of(_facts(text, "PART_OF"), "PART_OF")
    assert {("กรมการจัดหางาน", "กระทรวงแรงงาน"), ("กรมพัฒนาฝีมือแรงงาน", "กระทรวงแรงงาน"),
            ("สำนักงานประกันสังคม", "กระทรวงแรงงาน"),
            ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "กระทรวงศึกษาธิการ"),
            ("กรมส่งเสริมสหกรณ์", "กระทรวงเกษตรและสหกรณ์"), ("กรมตรวจบัญชีสหกรณ์", "กระทรวงเกษตรและสหกรณ์")} == parts
    two_parties = ("วันที่ 28 มกราคม 2568 ลงนามระหว่างสำนักงานการวิจัยแห่งชาติ (วช.) โดยสำนักงานประสานงานวิจัย "
                   "และสถาบันโภชนาการ มหาวิทยาลัยมหิดล ณ กรุงเทพมหานคร")
    assert _of(_facts(two_parties, "PART_OF"), "PART_OF") == {
        ("สำนักงานประสานงานวิจัย", "สำนักงานการวิจัยแห่งชาติ"), ("สถาบันโภชนาการ มหาวิทยาลัยมหิดล", "มหาวิทยาลัยมหิดล")}
    # a province acts through a ministry's provincial office without owning it (seed 000)
    province = "19 เมษายน 2565 จังหวัดสุโขทัย โดยสำนักงานศึกษาธิการจังหวัดสุโขทัย ได้จัดพิธีลงนาม"
    assert not _of(_facts(province, "PART_OF"), "PART_OF")


def test_a_centre_written_with_its_university_or_hospital_carries_it_in_its_name():
    text = ("วันที่ 5 มีนาคม 2568 ลงนามระหว่าง ศูนย์แพทยศาสตรศึกษาชั้นคลินิก โรงพยาบาลหนองคาย และ "
            "สำนักวิชาแพทยศาสตร์ มหาวิทยาลัยแม่ฟ้าหลวง และศูนย์บริการโลหิตแห่งชาติ สภากาชาดไทย")
    assert {("ศูนย์แพทยศาสตรศึกษาชั้นคลินิก โรงพยาบาลหนองคาย", "โรงพยาบาลหนองคาย"),
            ("สำนักวิชาแพทยศาสตร์ มหาวิทยาลัยแม่ฟ้าหลวง", "มหาวิทยาลัยแม่ฟ้าหลวง"),
            ("ศูนย์บริการโลหิตแห่งชาติ สภากาชาดไทย", "สภากาชาดไทย")} == _of(_facts(text, "PART_OF"), "PART_OF")


def test_a_body_in_a_list_written_with_spaces_is_no_unit_of_the_next():
    text = ("วันที่ 20 ตุลาคม 2566 ลงนามร่วมกับ สถาบันการพยาบาลศรีสวรินทิรา สภากาชาดไทย สถาบันการบินพลเรือน "
            "ศูนย์ฝึกพาณิชย์นาวี มหาวิทยาลัยสยาม มหาวิทยาลัยหัวเฉียวเฉลิมพระเกียรติ")
    record = extract(text, doc="t")
    agencies = {e["name"] for e in record["entities"] if e["type"] == "Agency"}
    assert {"ศูนย์ฝึกพาณิชย์นาวี", "สถาบันการพยาบาลศรีสวรินทิรา สภากาชาดไทย"} <= agencies
    assert _of(_facts(text, "PART_OF"), "PART_OF") == {("สถาบันการพยาบาลศรีสวรินทิรา สภากาชาดไทย", "สภากาชาดไทย")}


def test_a_body_said_to_be_under_a_parent_after_what_it_is_is_its_unit():
    text = ("วันที่ 20 ตุลาคม 2566 สถาบันการบินพลเรือน (สบพ.) รัฐวิสาหกิจสังกัดกระทรวงคมนาคม จัดพิธีลงนาม "
            "โดย ธอส. ในฐานะสถาบันการเงินของรัฐ สังกัดกระทรวงการคลัง ได้สนับสนุน "
            "ทั้งนี้ สพฐ. มอบครูในสังกัด สพป.ชัยภูมิ เขต 1 ร่วมงาน")
    assert _of(_facts(text, "PART_OF"), "PART_OF") == {("สถาบันการบินพลเรือน", "กระทรวงคมนาคม"),
                                                      ("ธนาคารอาคารสงเคราะห์", "กระทรวงการคลัง")}


def test_the_cabinet_signs_nothing_through_a_prime_minister_who_signs():
    # the prime minister signs; the cabinet he sits in is no party (no gold set has it sign)
    text = ("วันที่ 19 กันยายน 2567 นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี และนายดักลาส อเล็กซานเดอร์ รัฐมนตรีว่าการกระทรวง"
            "ธุรกิจและการค้าสหราชอาณาจักร ร่วมลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือทางการค้า ณ ทำเนียบรัฐบาล")
    signed = _of(_facts(text), "SIGNED")
    assert ("แพทองธาร ชินวัตร", "signing") in signed
    assert not any(head == "คณะรัฐมนตรี" for head, _ in signed)


def test_a_later_sentence_lists_the_signings_parties_after_its_agreement_uncounted():
    text = ("วันที่ 19 กันยายน 2567 นายพิพัฒน์ รัชกิจประการ รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานในพิธีลงนามบันทึกความเข้าใจ"
            "ว่าด้วยความร่วมมือด้านการส่งเสริมการมีงานทำให้นักเรียน ณ กระทรวงแรงงาน\n"
            "นายพิพัฒน์ กล่าวว่า กระทรวงแรงงาน จึงได้จัดทำบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการส่งเสริมการมีงานทำขึ้น ระหว่าง "
            "กรมการจัดหางาน สำนักงานประกันสังคม และสำนักงานคณะกรรมการการอาชีวศึกษา เพื่อเตรียมความพร้อมของกำลังแรงงาน")
    assert {("กรมการจัดหางาน", "signing"), ("สำนักงานประกันสังคม", "signing"),
            ("สำนักงานคณะกรรมการการอาชีวศึกษา", "signing")} <= _of(_facts(text), "SIGNED")


def test_an_agreement_referred_to_lists_no_party_of_the_signing_reported():
    text = ("วันที่ 16 พฤศจิกายน 2566 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
            "เป็นประธานพิธีลงนามบันทึกความเข้าใจว่าด้วยระบบแจ้งเหตุฉุกเฉิน\n"
            "ระบบนี้พัฒนาตามบันทึกความเข้าใจความร่วมมือ ระหว่างสำนักงานตำรวจแห่งชาติ และสำนักงานคณะกรรมการดิจิทัลเพื่อ"
            "เศรษฐกิจและสังคมแห่งชาติ เพื่อช่วยเหลือผู้ประสบปัญหา")
    assert not _of(_facts(text), "SIGNED")


def test_support_in_a_sentence_that_names_no_event_supports_no_earlier_event():
    # what the agreement's parties will support is no support of the signing reported before it
    text = ("วันที่ 27 กันยายน 2566 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เป็นประธาน"
            "พิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่างกรมพัฒนาสังคมและสวัสดิการ และวิทยาลัยเทคโนโลยีปัญญาภิวัฒน์\n"
            "นายวราวุธ กล่าวต่อไปว่า สำหรับความร่วมมือครั้งนี้ กรมพัฒนาสังคมและสวัสดิการ ให้การสนับสนุนการจัดอบรมบุคลากร "
            "นักศึกษา และผู้ที่สนใจเป็นอาสาสมัคร การอำนวยความสะดวกในการปฏิบัติหน้าที่ และการเสริมสร้างแรงจูงใจแก่อาสาสมัคร")
    assert not _of(_facts(text), "SUPPORTED")
    # the sentence that names the event says who funded it
    text = ("วันที่ 12 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดลำปาง จัดการอบรมเชิงปฏิบัติการครูวิทยาศาสตร์ "
            "การอบรมครั้งนี้ได้รับการสนับสนุนงบประมาณจากกองทุนเพื่อความเสมอภาคทางการศึกษา")
    assert _of(_facts(text), "SUPPORTED") == {("สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", "training")}


def test_who_signs_as_a_witness_witnesses_and_a_chair_witness_chairs_and_witnesses():
    # ร่วมลงนามเป็นพยาน: a witness, not a party (DECISIONS d08 #29); เป็นประธานสักขีพยาน: both roles
    text = ("วันที่ 8 สิงหาคม 2566 นายสหการณ์ เพ็ชรนรินทร์ รองปลัดกระทรวงยุติธรรม เป็นประธานสักขีพยาน ในพิธีลงนามบันทึกข้อตกลง"
            "ความร่วมมือระหว่าง กรมพินิจและคุ้มครองเด็กและเยาวชน กับ มหาวิทยาลัยมหิดล โดยมี นางนลินนาถ ไกรนรา "
            "รองอธิบดีกรมพินิจและคุ้มครองเด็กและเยาวชน ร่วมลงนามเป็นพยาน ณ กระทรวงยุติธรรม")
    facts = _facts(text)
    assert _of(facts, "WITNESSED") == {("สหการณ์ เพ็ชรนรินทร์", "signing"), ("นลินนาถ ไกรนรา", "signing")}
    assert ("สหการณ์ เพ็ชรนรินทร์", "signing") in _of(facts, "CHAIRED")
    assert _of(facts, "SIGNED") == {("กรมพินิจและคุ้มครองเด็กและเยาวชน", "signing"), ("มหาวิทยาลัยมหิดล", "signing")}


def test_an_adviser_after_a_bracket_is_no_venue():
    # ที่ after a closing bracket opens a venue (วันนี้ (date) ที่โรงแรม...), but ที่ปรึกษา is an adviser's title
    text = ("วันนี้ (16 ก.ค. 67) นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานพิธีเปิดอาคารเรียน โดยมี พระมงคลวโรปการ "
            "(ชำนาญ อุตฺตมปญฺโญ) ที่ปรึกษาเจ้าคณะจังหวัดปทุมธานี ร่วมในพิธี")
    venues = {e.get("venue") for e in extract(text, doc="t")["entities"] if e["type"] == "Event"}
    assert not any(v and v.startswith("ปรึกษา") for v in venues), venues


def test_a_bangkok_address_places_a_school_or_university_but_no_national_body():
    text = ("วันที่ 5 มิถุนายน 2568 สำนักงานเลขาธิการสภาการศึกษา ลงนามบันทึกข้อตกลงความร่วมมือกับมหาวิทยาลัยเกริก เขตบางเขน "
            "กรุงเทพฯ และกองทัพอากาศ เขตดอนเมือง กรุงเทพมหานคร")
    located = _of(_facts(text), "LOCATED_IN")
    assert ("มหาวิทยาลัยเกริก", "กรุงเทพมหานคร") in located
    assert not {tail for head, tail in located if head == "กองทัพอากาศ"}


def test_a_list_placed_in_one_province_places_its_members_but_not_one_of_several_places():
    text = ("วันที่ 23 พฤษภาคม 2568 สำนักงานจัดหางานจังหวัดปทุมธานี จัดงานนัดพบแรงงาน โดยมีนายจ้างในจังหวัดปทุมธานี "
            "จำนวน 50 บริษัท อาทิ บริษัท มากุโระ จำกัด (มหาชน) บริษัท วันทูวัน โปรเฟสชั่นแนล จำกัด เข้าร่วม")
    placed = {head for head, tail in _of(_facts(text), "LOCATED_IN") if head.startswith("บริษัท")}
    assert placed, "the list placed in one province"
    text = text.replace("ในจังหวัดปทุมธานี ", "ในจังหวัดปทุมธานีและจังหวัดใกล้เคียง ")
    assert not {head for head, tail in _of(_facts(text), "LOCATED_IN") if head.startswith("บริษัท")}


def test_a_monk_holds_his_office_in_the_temple_he_heads():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 พระครูอุดมจารุวรรณ เจ้าอาวาสวัดบำเพ็ญเหนือ เป็นประธานฝ่ายสงฆ์ "
            "ในพิธีเปิดงาน ณ วัดผาสุกมณีจักร")
    facts = _facts(text)
    assert ("พระครูอุดมจารุวรรณ", "วัดบำเพ็ญเหนือ") in _of(facts, "HOLDS_POSITION")
    # a temple written as the venue is a place, no body
    assert not any("วัดผาสุกมณีจักร" in (head, tail) for _, head, tail in facts)


def test_a_school_named_after_its_temple_keeps_its_name():
    text = "เมื่อวันที่ 3 ก.พ. 2567 นายสมชาย ใจดี ผู้อำนวยการโรงเรียนสตรีวัดระฆัง เข้าร่วมประชุม ณ กระทรวงศึกษาธิการ"
    assert ("สมชาย ใจดี", "โรงเรียนสตรีวัดระฆัง") in _of(_facts(text), "HOLDS_POSITION")


def test_a_second_office_with_its_head_apart_from_its_agency_is_held_too():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายประยูร อินสกุล ปลัดกระทรวงเกษตรและสหกรณ์ รองประธานกรรมการ ธ.ก.ส. "
            "เข้าร่วมประชุม ณ กรุงเทพมหานคร")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("ประยูร อินสกุล", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร") in held
    assert ("ประยูร อินสกุล", "สำนักงานปลัดกระทรวงเกษตรและสหกรณ์") in held


def test_a_sole_office_written_apart_after_a_position_is_the_next_guests():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร เลขาธิการ ป.ป.ส. "
            "เข้าร่วมประชุม ณ กรุงเทพมหานคร")
    assert not any(tail.startswith("สำนักงานคณะกรรมการป้องกัน")
                   for _, tail in _of(_facts(text), "HOLDS_POSITION"))



def test_a_sangha_office_for_a_province_is_no_position_in_the_province():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 พระครูปริยัติธรรมภาณี เจ้าคณะจังหวัดนครราชสีมา เจ้าอาวาสวัดบูรพ์ "
            "เป็นประธานฝ่ายสงฆ์ ในพิธีเปิดงาน")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("พระครูปริยัติธรรมภาณี", "จังหวัดนครราชสีมา") not in held
    assert ("พระครูปริยัติธรรมภาณี", "วัดบูรพ์") in held


def test_a_civil_office_written_after_a_monks_is_the_next_guests():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 พระครูพิทักษ์ศิลปาคม เจ้าอาวาสวัดขนอน รองผู้ว่าราชการจังหวัดราชบุรี "
            "เข้าร่วมพิธีเปิดงาน")
    held = _of(_facts(text), "HOLDS_POSITION")
    assert ("พระครูพิทักษ์ศิลปาคม", "วัดขนอน") in held and ("พระครูพิทักษ์ศิลปาคม", "จังหวัดราชบุรี") not in held


def test_a_subcommittee_chair_named_without_its_kana_holds_his_position_in_it():
    text = ("เมื่อวันที่ 3 ก.พ. 2567 นายสิทธิชัย เทพไพฑูรย์ ประธานอนุกรรมการขับเคลื่อนอุตสาหกรรมด้านเกม "
            "เข้าร่วมงาน ณ กรุงเทพมหานคร")
    assert ("สิทธิชัย เทพไพฑูรย์", "คณะอนุกรรมการขับเคลื่อนอุตสาหกรรมด้านเกม") in _of(_facts(text), "HOLDS_POSITION")


def test_a_unit_written_before_its_parent_through_its_own_abbreviation_is_its_unit():
    # กรมX (ดย.) กระทรวง พม.: the unit's bracketed abbreviation and the head word of a parent written by its own
    # abbreviation stand between them (heldout-5 w24, heldout-6 w35); a department beside another is a list
    text = ("เมื่อวันที่ 17 ตุลาคม 2567 กรมกิจการเด็กและเยาวชน (ดย.) กระทรวง พม. ร่วมกับศูนย์เร่งรัดจัดการสวัสดิภาพประชาชน "
            "(ศรส.) กระทรวง พม. ลงพื้นที่ติดตามเยี่ยมบ้าน")
    parts = _of(_facts(text, "PART_OF"), "PART_OF")
    assert {("กรมกิจการเด็กและเยาวชน", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
            ("ศูนย์เร่งรัดจัดการสวัสดิภาพประชาชน", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์")} == parts
    listed = "เมื่อวันที่ 17 ตุลาคม 2567 กรมส่งเสริมการเกษตร (กสก.) กรมพัฒนาที่ดิน (พด.) ลงพื้นที่ติดตาม"
    assert not _of(_facts(listed, "PART_OF"), "PART_OF")


def test_a_state_enterprise_or_a_hospital_written_before_its_ministry_or_department_is_its_unit():
    # (heldout-5 w11, heldout-8 w32, w36)
    text = ("เมื่อวันที่ 5 ธันวาคม 2567 การรถไฟแห่งประเทศไทย กระทรวงคมนาคม จะดำเนินการแก้ไข "
            "โดยมีโรงพยาบาลราชวิถี กรมการแพทย์ เป็นโรงพยาบาลรับส่งต่อ")
    parts = _of(_facts(text, "PART_OF"), "PART_OF")
    assert {("การรถไฟแห่งประเทศไทย", "กระทรวงคมนาคม"), ("โรงพยาบาลราชวิถี", "กรมการแพทย์")} <= parts


def test_a_city_bureau_written_with_the_citys_abbreviation_carries_the_city():
    # สำนักอนามัย กทม. is สำนักอนามัย กรุงเทพมหานคร, a unit of the city (heldout-4 w33, heldout-5 w20, heldout-8 w32);
    # a release that defines กทม. itself still reads it as the city that acts
    text = "เมื่อวันที่ 5 มีนาคม 2567 สำนักอนามัย กทม. ร่วมกับกรมอนามัย จัดการประชุมเชิงปฏิบัติการ"
    record = extract(text, doc="t")
    assert "สำนักอนามัย กรุงเทพมหานคร" in {e.get("name") for e in record["entities"]}
    assert ("สำนักอนามัย กรุงเทพมหานคร", "กรุงเทพมหานคร") in _of(_facts(text, "PART_OF"), "PART_OF")


def test_two_items_of_a_numbered_list_are_no_unit_and_parent():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 คณะผู้แทนไทย โดยมีองค์ประกอบ ได้แก่ (1) สำนักงานอัยการสูงสุด (2) สำนักงานศาลยุติธรรม "
            "(3) กระทรวงยุติธรรม และ (4) สำนักงานคณะกรรมการกฤษฎีกา เข้าร่วมการประชุม")
    assert not _of(_facts(text, "PART_OF"), "PART_OF")


def test_a_commissions_office_written_before_its_ministry_or_said_to_be_under_it_is_its_unit():
    # สพฐ. กระทรวงศึกษาธิการ (heldout-7 w19, heldout-8 w29); กรมX ซึ่งเป็นหน่วยงานในสังกัดกระทรวงY (heldout-6 w38)
    text = ("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ ร่วมกับกรุงเทพมหานคร "
            "จัดกิจกรรม โดยกรมธนารักษ์ซึ่งเป็นหน่วยงานในสังกัดกระทรวงการคลัง ให้การสนับสนุน")
    parts = _of(_facts(text, "PART_OF"), "PART_OF")
    assert {("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "กระทรวงศึกษาธิการ"), ("กรมธนารักษ์", "กระทรวงการคลัง")} <= parts


def test_two_short_forms_side_by_side_are_items_of_a_list():
    # สกพอ. คค. รฟท. และหน่วยงานที่เกี่ยวข้อง (found in the out-of-sample check): no unit and parent
    text = ("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) และกระทรวงศึกษาธิการ (ศธ.) "
            "ร่วมประชุม ดังนั้น สพฐ. ศธ. และหน่วยงานที่เกี่ยวข้องจึงควรเร่งรัดการดำเนินการ")
    assert not _of(_facts(text, "PART_OF"), "PART_OF")


def test_the_events_of_one_occasion_share_the_venue_told_after_the_guests():
    # the opening ceremony's title holds the fair's cue: one occasion, so neither is another event told between
    # the other and its venue, a bare ที่ after the guests (gold places both: heldout-6 w29; heldout-4 w36 alike)
    text = ("วันที่ 14 มกราคม 2567 นายสมชาย ใจดี รองนายกรัฐมนตรี เป็นประธานพิธีเปิดงานสืบสานวัฒนธรรมประเพณีปีใหม่ม้ง 2567 "
            "โดยมี นายสมศักดิ์ ใจงาม นายอำเภอหล่มเก่า และประชาชน เข้าร่วมจำนวนมาก ที่บ้านทับเบิก ตำบลวังบาล "
            "อำเภอหล่มเก่า จังหวัดเพชรบูรณ์\nโดยนายสมศักดิ์ กล่าวรายงานว่า งานปีใหม่ม้ง เป็นงานที่ชาวบ้านทับเบิก "
            "จัดขึ้นในช่วงฤดูหนาว โดยปีนี้ กำหนดจัดงานระหว่างวันที่ 11-19 มกราคม 2567 รวม 9 วัน 9 คืน")
    assert _of(_facts(text), "HELD_IN") == {("ceremony", "เพชรบูรณ์"), ("forum", "เพชรบูรณ์")}


def test_a_city_only_a_bureau_carries_lies_in_its_province():
    # สำนักอนามัย กทม.: the city is an agency through its bureau's name, placed as the city written alone is
    # (gold: heldout-4 w33, heldout-5 w20)
    text = ("เมื่อวันที่ 5 มีนาคม 2567 กรมอนามัย ร่วมกับสำนักอนามัย กทม. จัดการประชุมเชิงปฏิบัติการ"
            "ด้านการส่งเสริมสุขภาพ ณ โรงแรมรามา การ์เด้นส์")
    facts = _facts(text)
    assert ("สำนักอนามัย กรุงเทพมหานคร", "กรุงเทพมหานคร") in _of(facts, "PART_OF")
    assert ("กรุงเทพมหานคร", "กรุงเทพมหานคร") in _of(facts, "LOCATED_IN")
