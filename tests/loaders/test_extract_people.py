"""People: titles, names, positions and the agencies positions belong to.

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _people(text: str) -> dict[str, dict]:
    return {e["name"]: e for e in extract(text, doc="t")["entities"] if e["type"] == "Person"}


def _held(text: str) -> set[tuple[str, str]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") for e in record["entities"]}
    return {(names[r["head"]], names[r["tail"]]) for r in record["relations"] if r["type"] == "HOLDS_POSITION"}


def test_courtesy_title_name_and_position():
    people = _people("นางสาวกาญจนา ศรีวงศ์ ศึกษาธิการจังหวัดน่าน กล่าวต้อนรับคณะครู")
    person = people["กาญจนา ศรีวงศ์"]
    assert person["title"] == "นางสาว"
    assert person["position"] == "ศึกษาธิการจังหวัดน่าน"


def test_stacked_academic_titles_go_to_title():
    people = _people("โดยมี ผศ.ดร.ธีรวัฒน์ แก้วประเสริฐ คณบดีคณะครุศาสตร์ มหาวิทยาลัยราชภัฏเลย เข้าร่วม")
    assert people["ธีรวัฒน์ แก้วประเสริฐ"]["title"] == "ผศ.ดร."


def test_military_and_police_ranks_and_acting_ranks():
    people = _people("พลตำรวจตรี สมชาย วงศ์ดี และว่าที่ร้อยตรี ปกรณ์ ใจเย็น ร่วมพิธีเปิด")
    assert people["สมชาย วงศ์ดี"]["title"] == "พลตำรวจตรี"
    assert people["ปกรณ์ ใจเย็น"]["title"] == "ว่าที่ร้อยตรี"


def test_a_name_with_two_family_names_before_the_position():
    people = _people("ดร.อรุณี ทองคำ ศรีสวัสดิ์วงศ์ ผู้อำนวยการสำนักงานศึกษาธิการภาค 9 เป็นประธาน")
    assert "อรุณี ทองคำ ศรีสวัสดิ์วงศ์" in people


def test_position_glued_to_the_verb_is_cut_before_it():
    people = _people("นายวีระพงษ์ ดวงดี ศึกษาธิการจังหวัดพิจิตรกล่าวรายงานต่อที่ประชุม")
    assert people["วีระพงษ์ ดวงดี"]["position"] == "ศึกษาธิการจังหวัดพิจิตร"


def test_offices_that_start_like_titles_are_not_people():
    text = ("นายกรัฐมนตรีมอบนโยบาย นายกองค์การบริหารส่วนจังหวัดแพร่ และนายแพทย์สาธารณสุขจังหวัดแพร่ "
            "ร่วมลงนาม ทนายความของบริษัทให้ข้อมูล และเน้นคุณภาพการศึกษา")
    assert _people(text) == {}


def test_a_later_mention_by_given_name_is_the_same_person():
    text = ("นายประยงค์ ศรีสุข นายอำเภอเวียงสา เป็นประธานในพิธีเปิด\n"
            "นายประยงค์ กล่าวว่า อำเภอพร้อมสนับสนุนโรงเรียน")
    assert list(_people(text)) == ["ประยงค์ ศรีสุข"]


def test_a_reported_speech_word_is_no_family_name():
    assert _people("นางอำไพ เสริมว่า ครูในพื้นที่ต้องการการสนับสนุน") == {}


def test_people_named_only_in_a_photo_credit_are_left_out():
    text = ("โรงเรียนบ้านดอนแก้ว จัดกิจกรรมวันวิทยาศาสตร์\n\n"
            "ภาพ/ข่าว : นายสุพจน์ ทองมา ประชาสัมพันธ์โรงเรียน")
    assert _people(text) == {}


def test_provincial_office_holders_map_to_their_offices():
    held = _held("นางพรทิพย์ สุขใจ พัฒนาการจังหวัดยโสธร และนายเกียรติ ชัยมงคล ท้องถิ่นจังหวัดยโสธร ร่วมประชุม")
    assert ("พรทิพย์ สุขใจ", "สำนักงานพัฒนาชุมชนจังหวัดยโสธร") in held
    assert ("เกียรติ ชัยมงคล", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดยโสธร") in held


def test_ministers_and_permanent_secretaries():
    held = _held("นายอนันต์ ดีมาก รัฐมนตรีว่าการกระทรวงแรงงาน และนางวิภา ทองดี ปลัดกระทรวงแรงงาน ร่วมลงนาม")
    assert ("อนันต์ ดีมาก", "กระทรวงแรงงาน") in held
    assert ("วิภา ทองดี", "สำนักงานปลัดกระทรวงแรงงาน") in held


def test_secretary_general_of_a_council_heads_its_office():
    held = _held("นายธนา ใจดี รองเลขาธิการสภาการศึกษา เป็นประธานเปิดการสัมมนา")
    assert held == {("ธนา ใจดี", "สำนักงานเลขาธิการสภาการศึกษา")}


def test_abbreviated_positions_and_agencies():
    held = _held("นายสมพล แก้วมณี ผอ.สพป.ลำพูน เขต 1 และนางนิดา คำดี รมช.ศธ. เยี่ยมชมโรงเรียน")
    assert ("สมพล แก้วมณี", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำพูน เขต 1") in held
    assert ("นิดา คำดี", "กระทรวงศึกษาธิการ") in held


def test_a_position_that_names_no_agency_takes_the_one_after_a_space():
    held = _held("รองศาสตราจารย์ ดร.พิมพ์ใจ สายทอง รองอธิการบดีฝ่ายวิจัย มหาวิทยาลัยราชภัฏนครสวรรค์ บรรยายพิเศษ")
    assert held == {("พิมพ์ใจ สายทอง", "มหาวิทยาลัยราชภัฏนครสวรรค์")}


def test_a_unit_and_its_parent_in_a_position():
    record = extract("ดร.สายสุนีย์ แสงทอง ผู้อำนวยการสำนักทดสอบทางการศึกษา สพฐ. บรรยายพิเศษ", doc="t")
    names = {e["id"]: e.get("name") for e in record["entities"]}
    facts = {(r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"]}
    assert ("HOLDS_POSITION", "สายสุนีย์ แสงทอง", "สำนักทดสอบทางการศึกษา") in facts
    assert ("PART_OF", "สำนักทดสอบทางการศึกษา", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน") in facts


def test_a_position_shared_by_two_listed_names_applies_to_both():
    held = _held("นายศักดิ์ชัย บุญมา และนางสาวปวีณา ทองแท้ ศึกษานิเทศก์ สพป.น่าน เขต 2 เป็นวิทยากร")
    assert held == {("ศักดิ์ชัย บุญมา", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 2"),
                    ("ปวีณา ทองแท้", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 2")}


def test_the_agency_named_before_with_an_ellipsis():
    text = ("มูลนิธิรักษ์เด็กชนบท โดย นางกนกพร สีทอง ผู้อำนวยการมูลนิธิฯ ร่วมลงนามบันทึกข้อตกลง")
    assert _held(text) == {("กนกพร สีทอง", "มูลนิธิรักษ์เด็กชนบท")}


def test_a_party_list_gives_each_signer_a_bare_position_in_the_party_he_signs_for():
    # ระหว่าง A (abbr) โดย X <bare position> B หรือ <other name> โดย Y ...: B is the next party, not X's office
    text = ("วันที่ 19 มิถุนายน 2567 พิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่างสำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม "
            "(สสว.) โดย ดร.ปณิตา ชินวัตร รองผู้อำนวยการ รักษาการแทนผู้อำนวยการ สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน) "
            "หรือ NIA โดย ดร.สุรอรรถ ศุภจัตุรัส รองผู้อำนวยการสำนักงาน มหาวิทยาลัยเกษตรศาสตร์ โดย ดร.จงรัก วัชรินทร์รัตน์ "
            "อธิการบดี ณ มหาวิทยาลัยเกษตรศาสตร์")
    assert _held(text) == {("ปณิตา ชินวัตร", "สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม"),
                           ("สุรอรรถ ศุภจัตุรัส", "สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน)"),
                           ("จงรัก วัชรินทร์รัตน์", "มหาวิทยาลัยเกษตรศาสตร์")}


def test_someone_assigned_by_an_office_holder_works_in_that_office():
    text = "ปลัดกระทรวงศึกษาธิการมอบหมายให้ ดร.จันทร์เพ็ญ ผ่องใส ผู้ตรวจราชการ เป็นประธานเปิดการประชุม"
    held = _held(text)
    assert held == {("จันทร์เพ็ญ ผ่องใส", "สำนักงานปลัดกระทรวงศึกษาธิการ")}


def test_volunteer_defence_corps_ranks_are_titles():
    people = _people("นายกองเอก สุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย และนายหมู่ใหญ่ พิสิทธิ์ สิทธิชุม ร่วมพิธี")
    assert people["สุทธิพงษ์ จุลเจริญ"]["title"] == "นายกองเอก"
    assert people["พิสิทธิ์ สิทธิชุม"]["title"] == "นายหมู่ใหญ่"


def test_an_acting_office_stays_with_the_person_before_it():
    text = ("นายพรพจน์ เพ็ญพาส รองปลัดกระทรวงมหาดไทย รักษาการในตำแหน่งอธิบดีกรมที่ดิน "
            "นายพงศ์รัตน์ ภิรมย์รัตน์ อธิบดีกรมโยธาธิการและผังเมือง ร่วมลงพื้นที่")
    assert ("พงศ์รัตน์ ภิรมย์รัตน์", "กรมที่ดิน") not in _held(text)
    assert ("พงศ์รัตน์ ภิรมย์รัตน์", "กรมโยธาธิการและผังเมือง") in _held(text)


def test_a_former_office_gives_no_position():
    assert not _held("นายกุลิศ สมบัติศิริ อดีตปลัดกระทรวงพลังงาน กล่าวบรรยาย")


def test_a_sentence_after_a_given_name_is_no_family_name_and_a_latin_gloss_counts_the_words():
    people = _people("นางสาวนฤมล ได้มอบปัจจัยการผลิต ให้แก่ นางเฮเลเนอ บุดลีเกอร์ อาร์ทิเอดา (H.E. Mrs. Helene Budliger "
                     "Artieda) เอกอัครราชทูต")
    assert "นฤมล ได้มอบปัจจัยการผลิต" not in people
    assert "เฮเลเนอ บุดลีเกอร์ อาร์ทิเอดา" in people


def test_a_foreign_name_in_latin_letters_after_its_title_is_a_person_with_its_position():
    text = ("นายสมชาย ใจดี ปลัดกระทรวงศึกษาธิการ หารือกับ Ms. Julie Abraham ผู้อำนวยการสำนักการขนส่ง "
            "และ Mr. U Win Khant ปลัดกระทรวงคมนาคม")
    people = _people(text)
    assert people["Julie Abraham"]["title"] == "Ms."
    assert people["U Win Khant"]["title"] == "Mr."


def test_a_latin_gloss_is_no_second_person_either_way():
    glossed_after = _people("โดย Mr. Neil Nucup (นายนีล นูคัพ) ที่ปรึกษากฎหมาย ได้บรรยาย")
    assert "Neil Nucup" not in glossed_after and "นีล นูคัพ" in glossed_after
    named_again = _people("ร่วมกับนาย เรโน เมแย (Mr.Renaud Meyer) ผู้แทนสหประชาชาติ\nMr. Renaud Meyer กล่าวว่า ยินดี")
    assert set(named_again) == {"เรโน เมแย"}


def test_a_title_glued_to_the_verb_that_governs_the_person_still_opens_a_name():
    assert "แพทองธาร ชินวัตร" in _people("นายสุดาวรรณ หวังศุภกิจโกศล ติดตามนางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี เดินทางเยือน")
    assert not _people("ใช้ในการอธิบายและทำนายปรากฏการณ์ต่าง ๆ")


def test_an_office_named_on_as_a_foreign_states_is_not_the_thai_office():
    # the foreign ministry that opens like a Thai one is his (foreign_bodies: its further fields, then its state),
    # and its permanent secretary sits in the ministry, not in a สำนักงานปลัดกระทรวง (agency_rules are Thailand's)
    text = "นายสมชาย ใจดี หารือกับ Mr. U Win Khant ปลัดกระทรวงคมนาคมและการสื่อสารของเมียนมา ณ กรุงเทพมหานคร"
    assert [agency for person, agency in _held(text) if person == "U Win Khant"] == ["กระทรวงคมนาคมและการสื่อสาร เมียนมา"]
    assert ("สมชาย ใจดี", "กระทรวงศึกษาธิการ") in _held("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ ประจำสาธารณรัฐเกาหลี")


def test_an_office_with_a_foreign_state_glued_to_it_is_not_the_thai_office():
    # นายกรัฐมนตรีสาธารณรัฐประชาธิปไตยประชาชนลาว: the state's full name, glued, is no Thai cabinet's
    text = ("นางสาวมาลี ศรีสุข นายกรัฐมนตรี และนายสอนสี ทองดี นายกรัฐมนตรีสาธารณรัฐประชาธิปไตยประชาชนลาว "
            "เป็นสักขีพยานในพิธีลงนาม")
    held = _held(text)
    assert ("มาลี ศรีสุข", "คณะรัฐมนตรี") in held
    assert not [agency for person, agency in held if person == "สอนสี ทองดี"]
    assert ("สมชาย ใจดี", "คณะรัฐมนตรี") in _held("นายสมชาย ใจดี นายกรัฐมนตรีราชอาณาจักรไทย เป็นประธาน")


def test_a_position_of_stacked_ranks_runs_on_over_the_office_they_rank():
    people = _people("โดยมี น.ส.มาลี ศรีสุข ผู้ช่วยเลขานุการ รมว.มหาดไทย ร่วมในพิธี")
    assert people["มาลี ศรีสุข"]["position"] == "ผู้ช่วยเลขานุการ รมว.มหาดไทย"


def test_a_latin_gloss_of_the_name_does_not_cut_the_position_off():
    text = ("เมื่อวันที่ 14 มี.ค. 2568 นายคินซัง ดอร์จิ (H.E. Mr. Kinzang Dorji) เอกอัครราชทูตราชอาณาจักรภูฏาน"
            "ประจำประเทศไทย เข้าเยี่ยมคารวะนายกรัฐมนตรี")
    assert _people(text)["คินซัง ดอร์จิ"]["position"] == "เอกอัครราชทูตราชอาณาจักรภูฏานประจำประเทศไทย"
    assert ("คินซัง ดอร์จิ", "สถานเอกอัครราชทูตราชอาณาจักรภูฏานประจำประเทศไทย") in _held(text)


def test_a_bare_ministers_office_of_a_foreign_state_is_not_the_storys_ministry():
    text = ("เมื่อวันที่ 26 ม.ค. 2568 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ ประเทศไทย"
            " นางสาวเซซิเลีย มีร์เซท รมว. ด้านการค้าและอุตสาหกรรม ราชอาณาจักรนอร์เวย์ ร่วมลงนาม")
    held = _held(text)
    assert ("สมชาย ใจดี", "กระทรวงพาณิชย์") in held
    assert ("เซซิเลีย มีร์เซท", "กระทรวงพาณิชย์") not in held


def test_an_office_one_person_holds_is_not_shared_by_the_names_listed_before_it():
    text = ("เมื่อวันที่ 1 ธ.ค. 2567 โดยมี นายทรงศักดิ์ ทองศรี น.ส.ซาบีดา ไทยเศรษฐ์ นายอรรษิษฐ์ สัมพันธรัตน์"
            " ปลัดกระทรวงมหาดไทย และนายธนุ วงษ์จินดา นายวีระ แข็งกสิการ ผู้ตรวจราชการกระทรวงศึกษาธิการ ร่วมในพิธี")
    held = _held(text)
    assert ("อรรษิษฐ์ สัมพันธรัตน์", "สำนักงานปลัดกระทรวงมหาดไทย") in held
    assert not {("ทรงศักดิ์ ทองศรี", "สำนักงานปลัดกระทรวงมหาดไทย"), ("ซาบีดา ไทยเศรษฐ์", "สำนักงานปลัดกระทรวงมหาดไทย")} & held
    assert {("ธนุ วงษ์จินดา", "สำนักงานปลัดกระทรวงศึกษาธิการ"), ("วีระ แข็งกสิการ", "สำนักงานปลัดกระทรวงศึกษาธิการ")} <= held


def test_a_monk_named_by_his_ecclesiastical_title_with_his_office_is_a_person():
    text = ("พิธีเปิดศูนย์เรียนรู้ โดยได้รับเมตตาจากเจ้าประคุณสมเด็จพระมหาวีรวงศ์ กรรมการมหาเถรสมาคม "
            "เป็นประธานฝ่ายสงฆ์ และพระครูสุนทรธรรมวิมล, ดร. เจ้าอาวาสวัดป่าสัก ร่วมพิธี")
    people = _people(text)
    assert people["สมเด็จพระมหาวีรวงศ์"]["title"] == "เจ้าประคุณ"
    assert people["พระครูสุนทรธรรมวิมล"]["title"] == "ดร."
    assert ("สมเด็จพระมหาวีรวงศ์", "มหาเถรสมาคม") in _held(text)


def test_a_royal_or_monastic_title_with_no_monastic_office_after_it_is_no_person():
    people = _people("เพื่อสักการะรูปหล่อสมเด็จพระพุฒาจารย์ (โต พฺรหฺมรํสี) และถวายพระพรสมเด็จพระเจ้าอยู่หัว ณ วัดระฆัง")
    assert not [name for name in people if name.startswith(("สมเด็จ", "พระ"))]


def test_a_hyphenated_foreign_name_in_thai_script_is_kept_whole():
    people = _people("นายฌ็อง-ปีแยร์ ดูบัว (H.E. Mr. Jean-Pierre Dubois) เอกอัครราชทูตสาธารณรัฐฝรั่งเศสประจำประเทศไทย "
                     "เข้าพบ และหารือกับศาสตราจารย์ ดร. มุฮัมมัด อะลี อะห์มัด อัล-ฮาชิมี (Professor Dr. Muhammad Ali "
                     "Ahmad Al-Hashimi) อธิการบดีมหาวิทยาลัย")
    assert "ฌ็อง-ปีแยร์ ดูบัว" in people
    assert "มุฮัมมัด อะลี อะห์มัด อัล-ฮาชิมี" in people      # the gloss has as many words, its Professor no word


def test_the_next_persons_latin_gloss_does_not_run_the_name_on():
    people = _people("โดยนายสมปอง ใจกว้าง รัฐมนตรีว่าการกระทรวงพาณิชย์ และนายจอห์น สมิธ (The Rt Hon John Smith) "
                     "รัฐมนตรีการค้าของสหราชอาณาจักร ร่วมลงนาม")
    assert {"สมปอง ใจกว้าง", "จอห์น สมิธ"} <= set(people)
    assert people["สมปอง ใจกว้าง"]["position"] == "รัฐมนตรีว่าการกระทรวงพาณิชย์"


def test_a_misspelt_office_after_the_name_is_no_third_name_word():
    people = _people("พร้อมด้วยนางสุดา ดีเลิศ เอกอัคคราชทูตไทยประจำกรุงธากา ผู้บริหาร และสื่อมวลชนไทย เดินทางเยือน")
    assert "สุดา ดีเลิศ" in people


def test_a_given_name_named_before_in_full_and_a_verb_after_it_is_the_same_person():
    people = _people("เมื่อวันที่ 3 ก.พ. 2567 นายมาริษ เสงี่ยมพงษ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศ "
                     "เข้าร่วมประชุม ณ กรุงเทพมหานคร\nกระทรวงจะทำงานอย่างมืออาชีพ นายมาริษ ยืนยัน")
    assert set(people) == {"มาริษ เสงี่ยมพงษ์"}


def test_a_namesake_whose_family_name_opens_with_a_verb_is_another_person():
    people = _people("คณะกรรมการประกอบด้วย\n1. นายสมศักดิ์ ภู่สกุล รองอธิบดีกรมบัญชีกลาง\n"
                     "2. นายสมศักดิ์ ตั้งทรงศิริศักดิ์ ผู้ทรงคุณวุฒิ")
    assert {"สมศักดิ์ ภู่สกุล", "สมศักดิ์ ตั้งทรงศิริศักดิ์"} <= set(people)


def test_a_ministrys_division_head_holds_his_position_in_the_paragraphs_one_ministry():
    text = ("พร้อมกันนี้ ปลัดกระทรวงยุติธรรม ได้มอบหมายให้ นางสาวเอมอร เสียงใหญ่ ผู้ตรวจราชการกระทรวงยุติธรรม "
            "และนางสาวนรีลักษณ์ แพไชยภูมิ ผู้อำนวยการกองสิทธิมนุษยชนระหว่างประเทศ เข้าร่วมการแถลงข่าว")
    assert ("นรีลักษณ์ แพไชยภูมิ", "กระทรวงยุติธรรม") in _held(text)
    # a department named before him in an office: the division is the department's, no ministry is guessed
    text = ("โดยมีนางสาวชริดา สังข์ทอง เลขานุการกรมส่งเสริมวัฒนธรรม นายอิสระ ริ้วตระกูลไพบูลย์ "
            "ผู้อำนวยการกองกิจการเครือข่ายทางวัฒนธรรม และผู้แทนกระทรวงวัฒนธรรม เข้าร่วม")
    held = _held(text)
    assert ("อิสระ ริ้วตระกูลไพบูลย์", "กรมส่งเสริมวัฒนธรรม") in held
    assert ("อิสระ ริ้วตระกูลไพบูลย์", "กระทรวงวัฒนธรรม") not in held


def test_a_vice_chair_written_short_holds_his_office_in_the_committee_named_next():
    text = ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย มอบหมายให้ นายสมศักดิ์ รักดี รองปลัดกระทรวงมหาดไทย ในฐานะรองประธานฯ "
            "เป็นประธานการประชุมคณะกรรมการเฉพาะกิจเพื่อดำเนินการทุนของรัฐบาล ครั้งที่ 2/2568")
    held = _held(text)
    assert ("สมศักดิ์ รักดี", "สำนักงานปลัดกระทรวงมหาดไทย") in held
    assert ("สมศักดิ์ รักดี", "คณะกรรมการเฉพาะกิจเพื่อดำเนินการทุนของรัฐบาล") in held


def test_an_office_written_bare_before_an_abbreviation_the_release_defined_is_in_that_body():
    # ชื่อเต็ม (สรพ.) or ชื่อเต็ม หรือ สรพ.: ผู้อำนวยการ สรพ. is the director of that body
    for defined in ("(สรพ.)", "หรือ สรพ."):
        text = (f"เมื่อวันที่ 3 ก.พ. 2567 สถาบันรับรองคุณภาพสถานพยาบาล (องค์การมหาชน) {defined} จัดการประชุม "
                "ขณะที่ พญ.ปิยวรรณ ลิ้มปัญญาเลิศ ผู้อำนวยการ สรพ. กล่าวว่า การประชุมครั้งนี้ดี")
        assert ("ปิยวรรณ ลิ้มปัญญาเลิศ", "สถาบันรับรองคุณภาพสถานพยาบาล (องค์การมหาชน)") in _held(text), defined


def test_an_office_ends_before_and_and_what_its_holder_does():
    text = ("วันที่ 21 เมษายน 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงสาธารณสุข เป็นประธานเปิดโครงการพาหมอไปหาประชาชน "
            "โดยมี นางสมศรี ใจงาม ผู้ว่าราชการจังหวัดปัตตานี และคณะผู้บริหาร ร่วมพิธี และกล่าวว่า กระทรวงสาธารณสุขจัดกิจกรรมนี้ทุกสัปดาห์")
    record = extract(text, doc="t")
    person = next(e for e in record["entities"] if e.get("name") == "สมศรี ใจงาม")
    assert person.get("position") == "ผู้ว่าราชการจังหวัดปัตตานี"
    assert any(r["type"] == "PARTICIPATED" and r["head"] == person["id"] for r in record["relations"])


def test_an_office_naming_no_body_is_in_the_body_the_release_glosses_right_after_it():
    text = ("นางสาวศุภมาส อิศรภักดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม ให้การต้อนรับ "
            "นายมิกิโอะ ฮาตาเอดะ (Mikio HATAEDA) รองประธานอาวุโสฝ่ายเอเชียตะวันออกเฉียงใต้และแปซิฟิก "
            "องค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น (JICA) และคณะ")
    assert ("มิกิโอะ ฮาตาเอดะ", "องค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น") in _held(text)


def test_a_ministers_secretary_written_with_the_ministrys_abbreviation_short_of_its_dot():
    text = "โดยมี น.ส.สุชาดา แทนทรัพย์ เลขานุการ รมว.อว นายเพิ่มสุข สัจจาภิวัฒน์ ปลัด อว. เข้าร่วม"
    assert ("สุชาดา แทนทรัพย์", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม") in _held(text)


def test_an_office_stated_with_pen_is_held_unless_it_is_of_the_past():
    text = "ตามที่ได้มีพระบรมราชโองการโปรดเกล้าฯ แต่งตั้ง นางสาวแพทองธาร ชินวัตร เป็นนายกรัฐมนตรี ตามประกาศ"
    assert ("แพทองธาร ชินวัตร", "คณะรัฐมนตรี") in _held(text)
    committee = "คณะกรรมการพิจารณามาตรการเชิงป้องกันสำหรับการให้บริการขนส่งด้วยรถโดยสารสาธารณะ"
    text = (f"กระทรวงคมนาคมได้แต่งตั้ง{committee} เพื่อตรวจสอบ สำหรับคณะกรรมการฯ ประกอบด้วย นายสมชาย ใจดี "
            "ผู้ตรวจราชการกระทรวงคมนาคม เป็นรองประธานฯ นายสมศักดิ์ รักดี ผู้อำนวยการกองกฎหมาย สำนักงานปลัดกระทรวงคมนาคม "
            "เป็นกรรมการและเลขานุการ")
    held = _held(text)
    assert ("สมชาย ใจดี", committee) in held
    assert ("สมศักดิ์ รักดี", committee) in held
    text = "ดังจิตวิญญาณของนักปกครองในอดีต โดยเฉพาะเมื่อครั้ง ดร.ชูวงษ์ ฉายะบุตร เป็นอธิบดีกรมการปกครอง ดังที่ทรงเตือน"
    assert ("ชูวงษ์ ฉายะบุตร", "กรมการปกครอง") not in _held(text)
