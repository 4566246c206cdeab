"""Mechanisms that carry the extractor to releases it has not seen: abbreviated
programme names, relative dates, places of visits, affiliations, placed lists,
clause-bound venues, generic names, participation and speaker cues.

Every example is an invented sentence in the style of Thai government releases.
"""
from __future__ import annotations

from edugraph.loaders.extract import extract


def _facts(text: str) -> tuple[dict, set[tuple[str, str, str]]]:
    record = extract(text, doc="t")
    names = {e["id"]: e.get("name") or f'{e["event_type"]}@{e["date"]}' for e in record["entities"]}
    by_name = {names[e["id"]]: e for e in record["entities"]}
    return by_name, {(r["type"], names[r["head"]], names[r["tail"]]) for r in record["relations"]}


def test_an_abbreviated_programme_is_the_full_one_it_starts():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร ได้ขับเคลื่อนโครงการส่งเสริมทักษะอาชีพเยาวชนชายแดนฯ "
            "ร่วมกับภาคีเครือข่าย โดยโครงการส่งเสริมทักษะอาชีพเยาวชนชายแดนใต้ยั่งยืน มีโรงเรียนนำร่อง 2 แห่ง "
            "ได้แก่ โรงเรียนบ้านโพนทอง และโรงเรียนบ้านนาเวียง")
    entities, relations = _facts(text)
    full = "โครงการส่งเสริมทักษะอาชีพเยาวชนชายแดนใต้ยั่งยืน"
    assert [n for n, e in entities.items() if e["type"] == "Programme"] == [full]
    assert "โครงการส่งเสริมทักษะอาชีพเยาวชนชายแดนฯ" in entities[full]["aliases"]
    assert ("ORGANIZED", "สำนักงานศึกษาธิการจังหวัดยโสธร", full) in relations
    assert ("PILOT_OF", "โรงเรียนบ้านโพนทอง", full) in relations


def test_relative_dates_take_the_previous_event_s_day_or_the_next():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร จัดประชุมคณะทำงานการศึกษา ณ ห้องประชุมศาลากลางจังหวัดยโสธร\n"
            "ช่วงบ่ายวันเดียวกัน นายวีระ ศรีสุข ศึกษาธิการจังหวัดยโสธร ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านสร้างมิ่ง\n"
            "วันรุ่งขึ้น นายวีระ ศรีสุข ได้จัดอบรมครูแกนนำ ณ โรงแรมยโสธรแกรนด์ จังหวัดยโสธร")
    entities, relations = _facts(text)
    events = sorted((e["event_type"], e["date"]) for e in entities.values() if e["type"] == "Event")
    assert events == [("meeting", "2024-03-04"), ("training", "2024-03-05"), ("visit", "2024-03-04")]
    assert ("PARTICIPATED", "วีระ ศรีสุข", "visit@2024-03-04") in relations
    assert ("PARTICIPATED", "วีระ ศรีสุข", "meeting@2024-03-04") not in relations


def test_a_visit_is_held_where_the_place_visited_is():
    text = ("เมื่อวันที่ 12 มิถุนายน 2567 นายวีระ ศรีสุข ศึกษาธิการจังหวัดยโสธร ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านสร้างมิ่ง "
            "อำเภอกุดชุม จังหวัดยโสธร เพื่อติดตามการจัดการเรียนการสอน")
    _, relations = _facts(text)
    assert ("HELD_IN", "visit@2024-06-12", "ยโสธร") in relations


def test_the_same_place_is_the_venue_of_the_event_before():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร จัดประชุมคณะทำงานการศึกษา ณ ห้องประชุมศาลากลางจังหวัดยโสธร\n"
            "วันถัดมา สำนักงานศึกษาธิการจังหวัดยโสธร ได้จัดอบรมครูแกนนำ ณ สถานที่เดียวกัน")
    entities, relations = _facts(text)
    assert entities["training@2024-03-05"]["venue"] == "ห้องประชุมศาลากลางจังหวัดยโสธร"
    assert ("HELD_IN", "training@2024-03-05", "ยโสธร") in relations


def test_a_venue_agency_placed_elsewhere_in_the_text_places_the_event():
    text = ("มหาวิทยาลัยราชภัฏบ้านสมเด็จเจริญ ตั้งอยู่ อำเภอเมือง จังหวัดชุมพร เป็นแกนนำเครือข่ายครู\n"
            "เมื่อวันที่ 8 ส.ค. 2567 สำนักงานศึกษาธิการจังหวัดชุมพร ได้จัดอบรมครูแกนนำ ณ มหาวิทยาลัยบ้านสมเด็จเจริญ")
    _, relations = _facts(text)
    assert ("HELD_IN", "training@2024-08-08", "ชุมพร") not in relations      # another name: no guess
    text = ("โรงเรียนบ้านหนองบัวทอง อำเภอท่าแซะ จังหวัดชุมพร เป็นโรงเรียนแกนนำเครือข่ายครู\n"
            "เมื่อวันที่ 8 ส.ค. 2567 สำนักงานศึกษาธิการจังหวัดชุมพร ได้จัดอบรมครูแกนนำ ณ โรงเรียนบ้านหนองบัวทอง")
    _, relations = _facts(text)
    assert ("HELD_IN", "training@2024-08-08", "ชุมพร") in relations


def test_a_unit_under_an_agency_is_part_of_it_and_placed_by_its_address():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 นายวีระ ศรีสุข ศึกษาธิการจังหวัดยโสธร ลงพื้นที่ตรวจเยี่ยมศูนย์พัฒนาเด็กเล็กบ้านดอนแดง "
            "สังกัด อบต.ทรายมูล อำเภอทรายมูล จังหวัดยโสธร")
    _, relations = _facts(text)
    assert ("PART_OF", "ศูนย์พัฒนาเด็กเล็กบ้านดอนแดง", "องค์การบริหารส่วนตำบลทรายมูล") in relations
    assert ("LOCATED_IN", "ศูนย์พัฒนาเด็กเล็กบ้านดอนแดง", "ยโสธร") in relations


def test_a_pilot_list_placed_in_a_district_and_province_places_its_members():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร ได้จัดอบรมครู ในโครงการโรงเรียนคุณภาพชุมชนภาคอีสาน "
            "ซึ่งมีโรงเรียนนำร่อง 3 แห่ง ในอำเภอกุดชุม จังหวัดยโสธร ได้แก่ โรงเรียนบ้านโนนเปือย โรงเรียนบ้านหนองหมี "
            "และโรงเรียนบ้านคำน้อย")
    _, relations = _facts(text)
    for school in ("โรงเรียนบ้านโนนเปือย", "โรงเรียนบ้านหนองหมี", "โรงเรียนบ้านคำน้อย"):
        assert ("LOCATED_IN", school, "ยโสธร") in relations
        assert ("PILOT_OF", school, "โครงการโรงเรียนคุณภาพชุมชนภาคอีสาน") in relations


def test_the_organisers_of_a_compound_event_noun():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร ร่วมกับ อบจ.ยโสธร และ สพป.ยโสธร เขต 1 "
            "ได้จัดประชุมสัมมนาผู้บริหารสถานศึกษา ณ โรงแรมเจบี จังหวัดยโสธร")
    entities, relations = _facts(text)
    assert [e["title"] for e in entities.values() if e["type"] == "Event"] == ["ประชุมสัมมนาผู้บริหารสถานศึกษา"]
    for organiser in ("สำนักงานศึกษาธิการจังหวัดยโสธร", "องค์การบริหารส่วนจังหวัดยโสธร",
                      "สำนักงานเขตพื้นที่การศึกษาประถมศึกษายโสธร เขต 1"):
        assert ("ORGANIZED", organiser, "forum@2024-03-04") in relations


def test_a_venue_stops_where_the_next_clause_s_subject_starts():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 มีการประชุมเชิงปฏิบัติการครูแกนนำ ณ หอประชุมมหาวิทยาลัยราชภัฏศรีสะเกษ "
            "คณะครุศาสตร์ มหาวิทยาลัยราชภัฏศรีสะเกษ จัดกิจกรรมดังกล่าวเพื่อพัฒนาครู")
    entities, relations = _facts(text)
    assert entities["workshop@2024-03-04"]["venue"] == "หอประชุมมหาวิทยาลัยราชภัฏศรีสะเกษ"
    assert ("ORGANIZED", "คณะครุศาสตร์ มหาวิทยาลัยราชภัฏศรีสะเกษ", "workshop@2024-03-04") in relations


def test_open_names_stop_at_sentence_words_and_generic_phrases_name_no_one():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 นายวีระ ศรีสุข ศึกษาธิการจังหวัดยโสธร ลงพื้นที่ตรวจเยี่ยมโรงเรียนบ้านโคกกลางอยู่ห่างจาก"
            "ตัวอำเภอ 20 กิโลเมตร ซึ่งเป็นโรงเรียนต้นแบบอีกด้วย นักเรียนเดินทางไปโรงเรียนใกล้บ้าน โดยคณะกรรมการโครงการ"
            "ได้ประชุมร่วมกับศูนย์พัฒนาเด็กเล็กในสังกัดองค์กรปกครองส่วนท้องถิ่นนำร่อง")
    entities, _ = _facts(text)
    agencies = sorted(n for n, e in entities.items() if e["type"] == "Agency")
    assert agencies == ["สำนักงานศึกษาธิการจังหวัดยโสธร", "โรงเรียนบ้านโคกกลาง"]


def test_a_committee_name_may_hold_an_agency_head_as_its_object():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 คณะกรรมการส่งเสริมโรงเรียนปลอดขยะจังหวัดยโสธร ได้จัดประชุมครั้งที่ 1/2567 "
            "ณ ศาลากลางจังหวัดยโสธร")
    entities, relations = _facts(text)
    committee = "คณะกรรมการส่งเสริมโรงเรียนปลอดขยะจังหวัดยโสธร"
    assert sorted(n for n, e in entities.items() if e["type"] == "Agency") == [committee]
    assert ("ORGANIZED", committee, "meeting@2024-03-04") in relations


def test_participation_stays_in_its_sentence_and_an_addressed_audience_lists_no_one():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร ได้จัดสัมมนาครูโรงเรียนขนาดเล็ก ณ โรงแรมเจบี จังหวัดยโสธร\n"
            "ปัจจุบัน จังหวัดยโสธร มีโรงเรียนขนาดเล็ก 250 แห่ง การสัมมนาครั้งนี้มีผู้บริหารและครูกว่า 300 คน เข้าร่วม "
            "โดยนายวีระ ศรีสุข ศึกษาธิการจังหวัดยโสธร กล่าวต้อนรับผู้เข้าร่วมอบรม มหาวิทยาลัยขอนแก่น")
    entities, relations = _facts(text)
    assert {r for r in relations if r[0] == "PARTICIPATED"} == set()
    assert ("SPOKE_AT", "วีระ ศรีสุข", "forum@2024-03-04") in relations
    assert "จังหวัดยโสธร" not in entities


def test_regional_offices_named_by_their_area_alone():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 33 ร่วมกับ สพม. เขต 19 "
            "จัดอบรมครูวิทยาศาสตร์")
    entities, relations = _facts(text)
    for office in ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 33", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 19"):
        assert entities[office]["type"] == "Agency"
        assert ("ORGANIZED", office, "training@2024-03-04") in relations
        assert not any(r[0] == "LOCATED_IN" and r[1] == office for r in relations)


def test_spaced_positions_keep_their_rank_and_their_agency():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 นางสมใจ รักเรียน รอง ผอ.สพป.ยโสธร เขต 2 และนายสมชาย ใจงาม "
            "ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม อบจ.ยโสธร เข้าร่วมประชุม")
    entities, relations = _facts(text)
    assert entities["สมใจ รักเรียน"]["position"] == "รอง ผอ.สพป.ยโสธร เขต 2"
    assert entities["สมชาย ใจงาม"]["position"] == "ผู้อำนวยการกองการศึกษา ศาสนาและวัฒนธรรม อบจ.ยโสธร"
    assert ("HOLDS_POSITION", "สมใจ รักเรียน", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษายโสธร เขต 2") in relations
    assert ("HOLDS_POSITION", "สมชาย ใจงาม", "องค์การบริหารส่วนจังหวัดยโสธร") in relations


def test_a_lecture_given_by_someone_and_a_panel_speak_at_the_event():
    text = ("เมื่อวันที่ 4 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดยโสธร ได้จัดสัมมนาครู ณ โรงแรมเจบี จังหวัดยโสธร "
            "โดยมีการบรรยายพิเศษ เรื่อง การศึกษายุคใหม่ โดย นพ.ประเสริฐ แก้วดี และมีการเสวนา ผู้ร่วมเสวนา ประกอบด้วย "
            "นายอนันต์ มีสุข และนางสาวพร ดีงาม")
    _, relations = _facts(text)
    speakers = {r[1] for r in relations if r[0] == "SPOKE_AT" and r[2] == "forum@2024-03-04"}
    assert speakers == {"ประเสริฐ แก้วดี", "อนันต์ มีสุข", "พร ดีงาม"}


def test_a_dateline_province_places_the_lead_event_but_a_slash_prefix_does_not():
    lead = " เมื่อวันที่ 5 มีนาคม 2567 นายสมชาย ใจดี ศึกษาธิการจังหวัด{p} เป็นประธานเปิดการประชุมเชิงปฏิบัติการ ที่โรงแรมริมน้ำ"
    _, relations = _facts("จังหวัดเชียงใหม่ –" + lead.format(p="เชียงใหม่"))
    assert ("HELD_IN", "workshop@2024-03-05", "เชียงใหม่") in relations
    _, relations = _facts("มุกดาหาร/" + lead.format(p="มุกดาหาร").lstrip())
    assert not [r for r in relations if r[0] == "HELD_IN"]


def test_an_undated_lead_takes_the_day_stated_after_it_and_a_page_date_line_is_no_event_day():
    text = ("พิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่าง สพป.ตาก เขต 1 กับ อบจ.ตาก\n\n15 พฤษภาคม 2023\n\n"
            "พิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่าง สพป.ตาก เขต 1 กับ อบจ.ตาก\n\n"
            "เมื่อวันที่ 20 เมษายน 2566 ณ ห้องประชุมสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 1")
    entities, relations = _facts(text)
    assert [n for n, e in entities.items() if e["type"] == "Event"] == ["signing@2023-04-20"]
    assert ("SIGNED", "องค์การบริหารส่วนจังหวัดตาก", "signing@2023-04-20") in relations
