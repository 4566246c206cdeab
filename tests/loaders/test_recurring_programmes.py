"""Programme names mined from the real-world corpus and found bare (issue 13, i13x): each test fails without
``loaders/recurring_programmes.py`` or one of its checks."""
from __future__ import annotations

from edugraph.loaders.extract import extract
from edugraph.loaders.gazetteer import load_gazetteer


def _programmes(text: str) -> list[str]:
    return sorted(e["name"] for e in extract(text, doc="t")["entities"] if e["type"] == "Programme")


def test_the_mined_list_is_data_the_gazetteer_reads():
    assert "คนละครึ่ง" in load_gazetteer().words["recurring_programmes"]


def test_a_mined_name_written_bare_is_the_programme():
    assert _programmes("นายกรัฐมนตรีเยี่ยมชมนิทรรศการของสมาชิกชมรม TO BE NUMBER ONE ทั่วประเทศ") == ["TO BE NUMBER ONE"]


def test_a_bare_mention_of_a_programme_the_release_names_in_full_is_that_programme():
    text = "กระทรวงการคลังเปิดโครงการคนละครึ่ง ระยะที่ 3 ประชาชนใช้สิทธิ์คนละครึ่งแล้วกว่า 10 ล้านคน"
    assert _programmes(text) == ["โครงการคนละครึ่ง"]


def test_a_mined_name_inside_a_word_a_team_or_a_gloss_is_not_the_programme():
    assert _programmes("มอบหมายให้ทีม MOI SMART Agent for CAST กระทรวงมหาดไทยลงพื้นที่") == []
    assert _programmes("สนับสนุนเศรษฐกิจหมุนเวียน (Green Industry) ของผู้ประกอบการ") == []
