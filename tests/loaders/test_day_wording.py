"""What the words around a stated day say, as the date rules read them: real wordings keep or lose a day."""
from __future__ import annotations

from edugraph.loaders.extract import extract

# the only day stated is a programme's first service twenty years before the release (thaigov-76405's wording)
_OLD_DAY = ("รมช.เกษตร เปิดงานคลินิกเกษตรเคลื่อนที่ จังหวัดสุราษฎร์ธานี\n\n"
            "นายอนุชา นาคาศัย รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานในพิธีเปิดงานโครงการคลินิกเกษตรเคลื่อนที่ "
            "ณ โรงเรียนบ้านนาสาร จังหวัดสุราษฎร์ธานี\n\n"
            "โครงการนี้เปิดให้บริการครั้งแรก เมื่อวันที่ 22 กรกฎาคม 2545 ณ ตำบลบ้านหลวง จังหวัดสระบุรี")
# a conference opening whose day the text never states; the page closes with its posting stamp (thaigov-72131's)
_STAMPED = ("ชาวสาธารณสุขร่วมแสดงความยินดีกับนักการสาธารณสุขดีเด่นแห่งชาติ\n\n"
            "นายแพทย์สมชาย ใจดี เลขาธิการมูลนิธิสาธารณสุขแห่งชาติ ให้สัมภาษณ์ภายหลังร่วมพิธีเปิดการประชุมวิชาการ"
            "กระทรวงสาธารณสุข ประจำปี 2566 ณ ศูนย์ประชุมมณฑาทิพย์ ฮอลล์ จังหวัดอุดรธานี ว่า มูลนิธิได้ร่วมกับ"
            "กระทรวงสาธารณสุขจัดทำโครงการรางวัลนักการสาธารณสุขดีเด่นขึ้นทุกปี\n"
            "******************************************** 12 กันยายน 2566")


def _event_dates(text: str, published: str) -> list[tuple[str, str | None]]:
    record = extract(text, doc="d", published=published)
    return [(e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event"]


def test_a_day_long_before_the_release_is_background_not_the_event_day():
    assert _event_dates(_OLD_DAY, "2023-12-20") == [("ceremony", None)]


def test_the_pages_posting_stamp_is_never_an_events_day():
    assert _event_dates(_STAMPED, "2023-09-12") == [("forum", None)]


def test_the_day_stated_with_the_event_stays():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน ได้จัดการอบรมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส "
            "จังหวัดน่าน โดยมีกำหนดจัดการประชุมติดตามผลในวันที่ 20 มีนาคม 2567")
    assert ("training", "2024-03-05") in _event_dates(text, "2024-03-06")


# a deck that repeats the headline, then a statement: the day only opens what a speaker says (heldout-5 w13's wording)
_DECK_THEN_STATEMENT = (
    "นายกฯ มั่นใจ ไทยร่วมมือด้านเศรษฐกิจ พร้อมลงนามตั้งบอร์ดนโยบายกระตุ้นเศรษฐกิจ\n\n"
    "นายกฯ มั่นใจ ไทยร่วมมือด้านเศรษฐกิจ พร้อมลงนามตั้งบอร์ดนโยบายกระตุ้นเศรษฐกิจ เร่งเครื่องโครงการ\n"
    "วันนี้ (19 กันยายน 2567) นายจิรายุ ห่วงทรัพย์ ที่ปรึกษาของนายกรัฐมนตรี เปิดเผยว่า รัฐบาลเดินหน้ายกระดับความร่วมมือ"
    "ทางเศรษฐกิจกับสหราชอาณาจักร")


def test_a_day_that_only_opens_a_statement_does_not_date_the_decks_event():
    assert _event_dates(_DECK_THEN_STATEMENT, "2024-09-19") == [("signing", None)]


def test_a_statement_set_at_a_place_dates_the_activity_it_tells():
    text = ("รมว.กห. ตรวจเยี่ยม ทอ.\n\n"
            "วันนี้ (30 ต.ค.67) เวลา 09.00 น. ณ กองทัพอากาศ เขตดอนเมือง กรุงเทพมหานคร พลตรี ธนาธิป สว่างแสง "
            "โฆษกกระทรวงกลาโหม กล่าวว่า นายภูมิธรรม เวชยชัย รัฐมนตรีว่าการกระทรวงกลาโหม ได้ตรวจเยี่ยมกองทัพอากาศ"
            "อย่างเป็นทางการ")
    assert ("visit", "2024-10-30") in _event_dates(text, "2024-10-30")


def test_a_day_to_come_after_a_reported_signing_is_not_its_day():
    text = ("ไทย-จีน ลงนามแล้ว ยกเว้นการตรวจลงตรา\n\n"
            "รัฐบาลแห่งราชอาณาจักรไทย ได้ร่วมลงนามความตกลง กับรัฐบาลแห่งสาธารณรัฐประชาชนจีน ว่าด้วยการยกเว้น"
            "การตรวจลงตราซึ่งกันและกันเป็นที่เรียบร้อยแล้ว\n"
            "ความตกลงฉบับนี้จะมีผลใช้บังคับตั้งแต่วันที่ 1 มีนาคม 2567 เป็นต้นไป")
    assert _event_dates(text, "2024-02-07") == [("signing", None)]


def test_a_day_that_opens_the_story_dates_the_activity_told_after_it():
    text = ("รองปลัดฯ ร่วมกิจกรรมสืบสานงานพ่อ\n\n"
            "วันที่ 4 กรกฎาคม 2568 นายเอกภัทร วังสุวรรณ รองปลัดกระทรวงอุตสาหกรรม เข้าร่วมกิจกรรม "
            "\"สืบสานงานพ่อ.ต่อยอดทุนเล่าเรียนหลวงสำหรับพระสงฆ์ไทย\"\n"
            "โดยมี พลเอก สุรยุทธ์ จุลานนท์ ประธานองคมนตรี เป็นประธานในพิธีฯ ฝ่ายฆราวาส พร้อมด้วยผู้แทนหน่วยงานราชการ "
            "เข้าร่วม ณ ลานองค์พระศรีศากยะทศพลญาณ")
    assert ("ceremony", "2025-07-04") in _event_dates(text, None)
