"""The publication dateline (loaders/datelines.py)."""
from edugraph.loaders.datelines import find_dateline


def test_dateline_today_in_parentheses() -> None:
    body = ("กระทรวงสาธารณสุข ร่วมกับ ราชวิทยาลัยจุฬาภรณ์ ผลิตแพทย์\n"
            "วันนี้ (20 ธันวาคม 2566) ที่กระทรวงสาธารณสุข นายแพทย์โอภาส ปลัดกระทรวง")
    assert find_dateline(body).date == "2023-12-20"
    assert find_dateline("(19 เม.ย. 65) นายกรัฐมนตรี").date == "2022-04-19"


def test_dateline_opening_lines() -> None:
    # a date opening one of the first lines, not introduced by วันที่ (the seed releases)
    assert find_dateline("หัวข่าว สตูลวันที่\n\n13 พฤษภาคม 2567 สำนักงานศึกษาธิการจังหวัดสตูล จัด").date == "2024-05-13"
    assert find_dateline("วันเสาร์, 13 สิงหาคม 2565\n\nพช.ขก.ร่วมงาน\n\nเมื่อวันที่ 25 พฤศจิกายน 2563").date == "2022-08-13"
    assert find_dateline("หัวข่าว\n19 เมษายน 2565 – จังหวัดสุโขทัย").date == "2022-04-19"


def test_posted_and_header_datelines() -> None:
    assert find_dateline("หัวข่าว\nโพสต์เมื่อ 15 กันยายน 2566\n\nวันพฤหัสบดีที่ 14 กันยายน 2566 สกศ. จัด").date == "2023-09-15"
    assert find_dateline("หัวข่าว\nเผยแพร่เมื่อวันที่ 15 ก.ย. 66").date == "2023-09-15"
    assert find_dateline("หัวข่าว\nPosted on กรกฎาคม 16, 2024\nโดย ผู้เขียน").date == "2024-07-16"
    assert find_dateline("หัวข่าว\nกรกฎาคม 16, 2024\nโดย ผู้เขียน").date == "2024-07-16"
    assert find_dateline("ศธจ.ศรีสะเกษ\n20 มกราคม 2025 เวลา 16:45 น. · สาธารณะ\n\n20มค.68 ผวจ.").date == "2025-01-20"
    assert find_dateline("หัวข่าว\nข่าวกิจกรรม อบจ.พะเยา | 5 ธันวาคม 2565\n\nระหว่างวันที่ 30 พ.ย.").date == "2022-12-05"
    assert find_dateline("หัวข่าว\nวันที่ 31 มีนาคม 2564\n\nสำนักงานเลขาธิการสภาการศึกษา จัด").date == "2021-03-31"


def test_event_dates_are_not_datelines() -> None:
    assert find_dateline("หัวข่าว\n\nวันพฤหัสบดีที่ 14 กันยายน 2566 สำนักงานเลขาธิการสภาการศึกษา จัด") is None
    assert find_dateline("หัวข่าว\n\nเมื่อวันที่ ๒๗ สิงหาคม ๒๕๖๒ จังหวัดสุรินทร์ โดย อบจ.") is None
    assert find_dateline("หัวข่าว\n\nวันที่ 31 มีนาคม 2564 สำนักงานเลขาธิการสภาการศึกษา") is None
    assert find_dateline("หัวข่าว\nบรรทัดสอง\nบรรทัดสาม\n19 เมษายน 2565 – ช้าไป") is None
    assert find_dateline("นายก กล่าวว่า การประชุม 19 เมษายน 2565 จะจัดขึ้น") is None
    assert find_dateline("") is None
