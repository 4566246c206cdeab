"""Text normalisation and site-chrome removal."""
from __future__ import annotations

from pathlib import Path

import pytest

from edugraph.errors import SchemaError
from edugraph.loaders.normalize import (
    clean_text, load_chrome_patterns, normalize_text, strip_chrome, thai_share,
)

STORY = ("จังหวัดสุโขทัย โดยสำนักงานศึกษาธิการจังหวัดสุโขทัย ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ"
         "เพื่อสนับสนุนการพัฒนาพื้นที่นวัตกรรมการศึกษา ณ ห้องประชุมโรงแรมสุโขทัยเทรเชอร์")


def test_zero_width_characters_are_removed() -> None:
    assert normalize_text("กสศ\u200b.\u200c ลง\u200dนาม\u2060\ufeff") == "กสศ. ลงนาม"


def test_thai_digits_become_ascii() -> None:
    assert normalize_text("๒๗ สิงหาคม ๒๕๖๒ จำนวน ๒๕ แห่ง") == "27 สิงหาคม 2562 จำนวน 25 แห่ง"


def test_nfc_and_sara_am_written_as_nikhahit_plus_sara_aa() -> None:
    assert normalize_text("Cafe\u0301 น\u0e4d\u0e32ร่อง") == "Café นำร่อง"


def test_odd_spaces_collapse_but_line_breaks_stay() -> None:
    text = "นาย\u00a0\u00a0สมพงศ์\u2003พละไชย\t ศึกษาธิการ \r\nย่อหน้า\r\rสาม\n\n\n\n\nสี่  "
    assert normalize_text(text) == "นาย สมพงศ์ พละไชย ศึกษาธิการ\nย่อหน้า\n\nสาม\n\nสี่"


def test_control_characters_are_dropped() -> None:
    assert normalize_text("ลง\x00นาม\x07 MOU\x1b") == "ลงนาม MOU"


def test_utf8_thai_read_as_latin1_or_cp1252_is_repaired() -> None:
    original = "นายพรพจน์ บัณฑิตยานุรักษ์ รองผู้ว่าราชการจังหวัดสุรินทร์"
    assert normalize_text(original.encode("utf-8").decode("latin-1")) == original
    # cp1252 cannot show every byte; a text that decodes is repaired the same way
    cp1252_safe = "ในพิธี".encode("utf-8").decode("cp1252")
    assert normalize_text(cp1252_safe) == "ในพิธี"


def test_text_mentioning_latin_letters_is_not_taken_for_mojibake() -> None:
    text = "Café à la carte, à¸ once"
    assert normalize_text(text) == text


@pytest.mark.parametrize("chrome", [
    "Spread the love", "Share: Facebook Twitter LINE", "แชร์", "Like this:", "Loading...",
    "Your email address will not be published. Required fields are marked *",
    "%d bloggers like this:", "WordPress.com Logo",
    "#เปลี่ยนองศาปฏิรูปเอาพื้นที่เป็นตัวตั้ง", "#กสศ#มูลนิธิสยามกัมมาจล #จังหวัดสุรินทร์",
    "ภาพ: สมชาย ใจดี", "ภาพข่าว : จริงใจ สุวรรณจุณี และคณะทำงานฝ่ายประชาสัมพันธ์", "ภาพ/ข่าว กลุ่มประชาสัมพันธ์",
    "ข่าว: กลุ่มประชาสัมพันธ์", "เรียบเรียง : ฝ่ายสื่อสาร", "เรียบเรียงโดย นายสมชาย", "รายงาน: ทีมข่าว",
    "อ่าน 123 ครั้ง", "เข้าชม 1,024", "ที่มา : https://example.go.th/news/1", "IMG_1234.jpg", "DSC_0042",
    "image", "ข่าว สกศ. ดูทั้งหมด", "อ่านเพิ่มเติม คลิก https://www.thaigov.go.th/news/contents/details/1",
    "*****************************", "-------", ".", "Your browser does not support the audio element.",
    "ข่าวกิจกรรม ภารกิจผู้บริหาร", "No data was found", "Website Built with WordPress.com.", "Up ↑",
    "สำนักงานประชาสัมพันธ์จังหวัดศรีสะเกษ | ข่าวประชาสัมพันธ์ | ข่าวการศึกษา", "หน้าแรก > ข่าว > ข่าวการศึกษา",
    "👍❤️ 87   ความคิดเห็น 5 รายการ   แชร์ 12 ครั้ง", "ถูกใจ   แสดงความคิดเห็น   แชร์", "เปิดอ่าน 1,245 ครั้ง",
    "จำนวนผู้เข้าชม : 689", "แชร์ข่าวนี้ : Facebook | LINE | X", "ข่าว/ภาพ : กองการศึกษา ศาสนาและวัฒนธรรม อบจ.พะเยา",
])
def test_chrome_lines_are_removed(chrome: str) -> None:
    assert strip_chrome(f"{STORY}\n{chrome}\n{STORY}") == f"{STORY}\n{STORY}"


@pytest.mark.parametrize("story_line", [
    "ภาพรวมของการดำเนินงานในปีนี้ดีขึ้น",           # starts with ภาพ but is not a credit
    "ภาพจากดาวเทียมแสดงพื้นที่น้ำท่วม",
    "นายกรัฐมนตรี ข่าวดีสำหรับประชาชน",
    "ที่มาของโครงการนี้คือการลดความเหลื่อมล้ำ",      # ที่มา without a colon
    "ประชาชนเข้าชมงานกว่า 200,000 คน",
    "หมวด 1 บททั่วไป",
    "ข่าว : นายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการประสานงานและสนับสนุนงานโครงการหลวง (กปส.) ครั้งที่ 1/2567",
    "วันเสาร์, 13 สิงหาคม 2565",
    "ข่าวกิจกรรม อบจ.พะเยา | 5 ธันวาคม 2565",                      # a dateline stays
    "โพสต์เมื่อ 27 ม.ค. 2566 | หมวด: ข่าวเขตพื้นที่ | ผู้เข้าชม 356",
    "| ปี | งบประมาณ | จำนวนโรงเรียน |",                           # a table row, not a breadcrumb
    "1.สถานศึกษาในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสตูล จำนวน 15 แห่ง",
])
def test_story_lines_stay(story_line: str) -> None:
    assert strip_chrome(f"{STORY}\n{story_line}") == f"{STORY}\n{story_line}"


def test_related_posts_and_comment_sections_end_the_story() -> None:
    text = f"{STORY}\n\nข่าวที่เกี่ยวข้อง\nผู้ว่าฯ เปิดงาน\nรัฐบาลเดินหน้า"
    assert strip_chrome(text) == STORY
    for heading in ("แสดงความคิดเห็น", "ใส่ความเห็น", "Leave a Reply", "3 ความคิดเห็น", "บทความที่เกี่ยวข้อง"):
        text = f"{STORY}\n{heading}\nชื่อ\nอีเมล\nความเห็นของผู้อ่าน"
        assert strip_chrome(text) == STORY, heading


def test_a_section_heading_with_more_text_below_than_above_only_loses_its_line() -> None:
    below = "\n".join([STORY] * 3)
    assert strip_chrome(f"{STORY}\nข่าวที่เกี่ยวข้อง\n{below}") == f"{STORY}\n{below}"
    # and one above any story (a menu) never cuts
    assert strip_chrome(f"ข่าวที่เกี่ยวข้อง\n{STORY}") == STORY


def test_bare_comment_word_is_a_table_heading_not_a_cut() -> None:
    text = f"{STORY}\nส่วนราชการ\nความคิดเห็น\nกห. กต. พม. อว. ศธ. เห็นด้วย"
    assert strip_chrome(text) == f"{STORY}\nส่วนราชการ\nกห. กต. พม. อว. ศธ. เห็นด้วย"


def test_a_byline_is_chrome_only_just_under_the_headline() -> None:
    text = f"หัวข่าว\nกรกฎาคม 16, 2024\nโดย ธวัชชัย แสนทวีสุข\n{STORY}\nโดย นายวรชัย ศรีวัฒนสุวรรณ"
    assert strip_chrome(text) == f"หัวข่าว\nกรกฎาคม 16, 2024\n{STORY}\nโดย นายวรชัย ศรีวัฒนสุวรรณ"


def test_long_lines_are_never_chrome() -> None:
    line = "#" + "ก" * 400
    assert strip_chrome(f"{STORY}\n{line}") == f"{STORY}\n{line}"


def test_removed_lines_leave_no_blank_runs() -> None:
    assert strip_chrome(f"{STORY}\n\nimage\n\nimage\n\n{STORY}") == f"{STORY}\n\n{STORY}"


def test_every_builtin_pattern_matches_its_example() -> None:
    # the loader checks examples; this makes sure the examples are there to check
    import yaml

    from edugraph.loaders.normalize import CHROME_PATH
    entries = yaml.safe_load(CHROME_PATH.read_text(encoding="utf-8"))["patterns"]
    assert all("example" in entry for entry in entries)
    assert len(load_chrome_patterns()) == len(entries)


def test_user_patterns_extend_the_builtin_ones(tmp_path: Path) -> None:
    extra = tmp_path / "site.yaml"
    extra.write_text("patterns:\n  - name: my_footer\n    pattern: 'สำนักข่าวของเรา.*'\n    action: line\n",
                     encoding="utf-8")
    patterns = load_chrome_patterns(extra)
    assert patterns[-1].name == "my_footer"
    assert strip_chrome(f"{STORY}\nสำนักข่าวของเรา 2567", patterns) == STORY
    assert strip_chrome(f"{STORY}\nสำนักข่าวของเรา 2567") == f"{STORY}\nสำนักข่าวของเรา 2567"


@pytest.mark.parametrize("body, message", [
    ("patterns:\n  - name: bad\n    pattern: '(unclosed'\n    action: line\n", "patterns[0] (bad): bad regular expression"),
    ("patterns:\n  - name: bad\n    pattern: 'x'\n    action: drop\n", "'action' must be one of"),
    ("patterns:\n  - name: bad\n    pattern: 'x*'\n    action: line\n", "matches an empty line"),
    ("patterns:\n  - name: bad\n    pattern: 'x'\n    action: line\n    colour: red\n", "unknown field(s) ['colour']"),
    ("patterns:\n  - name: a\n    pattern: 'x'\n    action: line\n  - name: a\n    pattern: 'y'\n    action: line\n",
     "patterns[1] (a): duplicate name"),
    ("patterns:\n  - name: bad\n    pattern: 'x'\n    action: line\n    example: 'y'\n", "does not match its own example"),
    ("patterns:\n  - just a string\n", "patterns[0]: each entry must be a mapping"),
    ("patterns:\n  - name: bad\n    pattern: 'x'\n    action: line\n    head_lines: 0\n", "'head_lines' must be a positive"),
    ("patterns: {}\n", "needs a 'patterns' list"),
    ("patterns: [unclosed\n", "cannot read the chrome patterns"),
])
def test_bad_chrome_files_fail_fast_naming_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        load_chrome_patterns(bad)
    assert str(bad) in str(caught.value)
    assert message in str(caught.value)


def test_missing_chrome_file_is_a_schema_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="cannot read"):
        load_chrome_patterns(tmp_path / "absent.yaml")


def test_seed_chrome_is_removed_and_the_story_kept() -> None:
    raw = ("ผวจ.สุโขทัย เป็นประธานลงนาม\n\n19 เมษายน 2565 – " + STORY +
           "\n\nใส่ความเห็น\n\nFill in your details below or click an icon to log in:\n\n"
           "You are commenting using your Facebook account. Log Out /  เปลี่ยนแปลง )\n\nConnecting to %s")
    assert clean_text(raw) == f"ผวจ.สุโขทัย เป็นประธานลงนาม\n\n19 เมษายน 2565 – {STORY}"


def test_thai_share() -> None:
    assert thai_share("") == 0.0
    assert thai_share("Hello world") == 0.0
    assert thai_share("สวัสดี") == 1.0
