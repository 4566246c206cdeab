"""Sanity as data: implausible event dates and names without a name's shape are dropped and listed."""
from __future__ import annotations

import pytest

from edugraph.errors import SettingError
from edugraph.loaders.extract import extract
from edugraph.loaders.sanity import use_year_window
from edugraph.settings import event_years


@pytest.fixture
def window():
    yield use_year_window
    use_year_window(None)


def _events(record):
    return [(e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event"]


def test_an_event_date_outside_the_plausible_years_is_dropped_and_listed(window):
    text = "เมื่อวันที่ 5 มีนาคม 2454 สำนักงานศึกษาธิการจังหวัดน่าน ได้จัดการอบรมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส จังหวัดน่าน"
    record = extract(text, doc="d")
    assert _events(record) == [("training", None)]
    assert {"type": "event_date", "value": "1911-03-05", "reason": "outside 1990–" + str(
        __import__("datetime").date.today().year + 1)} in record["dropped"]
    window((1900, 2030))
    record = extract(text, doc="d")
    assert _events(record) == [("training", "1911-03-05")] and record["dropped"] == []


def test_names_that_are_pieces_of_a_sentence_are_dropped_and_listed():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 นายสมชาย ใจดี นายอำเภอทุกคน ได้ประชุมร่วมกับบริษัทเครื่องดื่ม "
            "และกรมการพัฒนาชุมชน")
    record = extract(text, doc="d")
    names = {e.get("name") for e in record["entities"]}
    assert "อำเภอทุกคน" not in names and "บริษัทเครื่องดื่ม" not in names
    assert "กรมการพัฒนาชุมชน" in names
    dropped = {(d["type"], d["value"]) for d in record["dropped"]}
    assert ("Agency", "อำเภอทุกคน") in dropped and ("Agency", "บริษัทเครื่องดื่ม") in dropped


def test_a_name_cut_by_the_end_of_the_text_is_dropped():
    record = extract("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน ร่วมกับกรมการพัฒนาชุม", doc="d")
    assert "กรมการพัฒนาชุม" not in {e.get("name") for e in record["entities"]}


def _names(record, kind):
    return {e["name"] for e in record["entities"] if e["type"] == kind}


def test_a_name_that_only_says_what_kind_of_body_it_is_is_dropped():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 คณะกรรมการประสานงาน ศูนย์บริการ และคณะกรรมการค่าจ้าง "
            "ได้ประชุมร่วมกับสมาคมวิชาชีพ")
    record = extract(text, doc="d")
    assert _names(record, "Agency") == {"คณะกรรมการค่าจ้าง"}
    dropped = {d["value"] for d in record["dropped"] if d["type"] == "Agency"}
    assert {"คณะกรรมการประสานงาน", "ศูนย์บริการ", "สมาคมวิชาชีพ"} <= dropped


def test_a_name_that_runs_into_the_sentence_keeps_the_name():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 กองทุนฝนหลวงเพื่อใช้ในการทำฝนหลวง ได้ร่วมกับกรมศุลกากร "
            "ต่อมา กรมศุลกากรไปประกอบการพิจารณา และกองทุนเพื่อความเสมอภาคทางการศึกษา")
    names = _names(extract(text, doc="d"), "Agency")
    assert "กองทุนฝนหลวง" in names and "กรมศุลกากร" in names
    assert "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา" in names       # its เพื่อ takes a noun
    assert not any("เพื่อใช้" in n or "ไปประกอบ" in n for n in names)


def test_a_programme_that_is_a_sentence_about_projects_is_dropped():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 จังหวัดน่านได้เสนอโครงการลงทุนร่วมกันหลายโครงการ "
            "และโครงการพัฒนาพื้นที่ต้นแบบประยุกต์สู่ ชุมชน ภายใต้โครงการพิจิตรไม่ทิ้งใครไว้ข้างหลัง")
    record = extract(text, doc="d")
    assert _names(record, "Programme") == {"โครงการพิจิตรไม่ทิ้งใครไว้ข้างหลัง"}


def test_a_name_broken_by_a_line_or_shortened_with_the_abbreviation_mark_is_the_whole_name():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 คณะกรรมการโคนมและผลิตภัณฑ์นม ได้ประชุมร่วมกับกรมการข้าว "
            "ต่อมา คณะกรรมการโคนมฯ ได้เสนอ และกรมทรัพยากรทางทะเลและชายฝั่งและกรมป่าไม้ ได้ร่วมกัน")
    names = _names(extract(text, doc="d"), "Agency")
    assert "คณะกรรมการโคนมและผลิตภัณฑ์นม" in names and "คณะกรรมการโคนม" not in names
    assert "กรมทรัพยากรทางทะเลและชายฝั่ง" in names and "กรมทรัพยากรทางทะเลและชายฝั่งและกรมป่าไม้" not in names


def test_the_plausible_years_come_from_the_environment_or_say_what_is_wrong():
    assert event_years({}.get) is None
    assert event_years({"EDUGRAPH_EVENT_YEARS": "2000-2030"}.get) == (2000, 2030)
    with pytest.raises(SettingError, match="FIRST-LAST"):
        event_years({"EDUGRAPH_EVENT_YEARS": "2030-2000"}.get)


def _programmes(text: str) -> set[str]:
    return {e["name"] for e in extract(text, doc="t")["entities"] if e["type"] == "Programme"}


def test_a_sentence_about_a_project_or_a_bare_works_project_is_no_programme():
    text = ("ที่ประชุมเห็นชอบโครงการรักษาเสถียรภาพราคาสุกรที่จะดำเนินการเพิ่มเติม ส่วนโครงการตั้งเป้าที่จะช่วยผู้สูงวัย "
            "และกรมฯ ดำเนินโครงการก่อสร้างอาคารอเนกประสงค์ ร่วมกับโครงการพัฒนาท่าเรือแหลมฉบัง")
    assert _programmes(text) == {"โครงการพัฒนาท่าเรือแหลมฉบัง"}
