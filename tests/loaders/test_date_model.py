"""The learned event-date chooser: its weights file is checked when read, and it dates real wordings."""
from __future__ import annotations

import json

import pytest

from edugraph.errors import SchemaError, SettingError
from edugraph.loaders import date_model
from edugraph.loaders.extract import extract
from edugraph.settings import date_model_on

_TITLE = "ปลัดกระทรวงศึกษาธิการ ต้อนรับคณะผู้บริหารสถานศึกษา จังหวัดน่าน ศึกษาดูงาน"
# the story opens with its day, and names the visit only at its end (thaigov-90367's wording)
_LATE_VISIT = (_TITLE + "\n\nเมื่อวันที่ 18 พ.ย. 67 นายสมชาย ใจดี ปลัดกระทรวงศึกษาธิการ ให้การต้อนรับคณะผู้บริหารสถานศึกษา "
               "จังหวัดน่าน พร้อมบรรยายสรุปนโยบายการจัดการศึกษาของกระทรวง\n\n"
               "นายสมชาย กล่าวว่า กระทรวงศึกษาธิการให้ความสำคัญกับการพัฒนาคุณภาพผู้เรียน และการลดความเหลื่อมล้ำทางการศึกษา\n\n"
               "ทั้งนี้ การศึกษาดูงานของคณะผู้บริหารสถานศึกษาในครั้งนี้ จะเป็นประโยชน์ต่อการพัฒนาการศึกษาของจังหวัดน่านต่อไป")
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


@pytest.fixture
def model_off():
    date_model.use_date_model(False)
    yield
    date_model.use_date_model(True)


def test_the_shipped_model_is_on_by_default_and_reads():
    assert date_model.date_model_enabled()
    model = date_model.read_model(date_model.MODEL_FILE)
    assert model.weights[date_model.RULE] > 0     # the rules' choice counts for the chosen day


def test_an_event_named_late_takes_the_day_the_story_opens_with(model_off):
    assert _event_dates(_LATE_VISIT, "2024-11-19") == [("visit", None)]        # the rules alone
    date_model.use_date_model(True)
    assert _event_dates(_LATE_VISIT, "2024-11-19") == [("visit", "2024-11-18")]


def test_a_day_long_before_the_release_is_background_not_the_event_day():
    assert _event_dates(_OLD_DAY, "2023-12-20") == [("ceremony", None)]


def test_the_pages_posting_stamp_is_never_an_events_day():
    assert _event_dates(_STAMPED, "2023-09-12") == [("forum", None)]


def test_the_day_stated_with_the_event_stays():
    text = ("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน ได้จัดการอบรมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส "
            "จังหวัดน่าน โดยมีกำหนดจัดการประชุมติดตามผลในวันที่ 20 มีนาคม 2567")
    assert ("training", "2024-03-05") in _event_dates(text, "2024-03-06")


def _candidates(monkeypatch, text: str, published: str | None) -> list[list[dict]]:
    """The chooser's candidates for every event of ``text``, read at the seam the event-dating step calls."""
    from edugraph.loaders import events as events_module

    seen = []
    monkeypatch.setattr(events_module, "choose_dates", lambda analysis, events: seen.append((analysis, events)))
    extract(text, doc="d", published=published)
    analysis, events = seen[-1]
    return date_model.candidates(analysis, events, [(e.date, e.end_date) for e in events])


def test_a_statement_day_before_an_announced_day_is_read_as_the_statements(monkeypatch):
    # thaigov-75827's wording: the spokesman's day, then the trip's own day to come
    text = ("นายกฯ เตรียมลงพื้นที่จังหวัดกาญจนบุรี\n\nวันที่ 7 ธันวาคม 2566 นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมนตรี "
            "เผยว่า ในวันเสาร์ที่ 9 ธันวาคม 2566 นี้ นายกรัฐมนตรีมีกำหนดการลงพื้นที่ตรวจราชการ ณ จังหวัดกาญจนบุรี")
    (cands,) = [c for c in _candidates(monkeypatch, text, None) if any(x["date"] == "2023-12-09" for x in c)]
    statement = next(c["feats"] for c in cands if c["date"] == "2023-12-07")
    announced = next(c["feats"] for c in cands if c["date"] == "2023-12-09")
    assert {"told=said", "told=said&day_after", "told=said&future"} <= set(statement)
    assert "told=said" not in announced and "told=future" in announced


@pytest.mark.parametrize("told", [
    "จึงได้จับมือกับภาคีเครือข่ายจัดกิจกรรมสร้างความตระหนักรู้ในการอนุรักษ์ทรัพยากรดิน",    # thaigov-69591's wording
    "ในการศึกษาดูงานของคณะผู้บริหารสถานศึกษาในครั้งนี้ มีผู้เข้าร่วม 80 คน",             # thaigov-90367's wording
])
def test_a_speaker_naming_the_activity_held_is_not_read_as_a_statements_day(monkeypatch, told):
    text = ("ผู้ว่าฯ สิงห์บุรี จัดกิจกรรม\n\nเมื่อวันที่ 22 มิ.ย. 66 นายสุพจน์ ยศสิงห์คำ ผู้ว่าราชการจังหวัดสิงห์บุรี "
            "เผยว่า " + told)
    (cands,) = _candidates(monkeypatch, text, "2023-06-23")
    feats = next(c["feats"] for c in cands if c["date"] == "2023-06-22")
    assert "told=said&own" in feats and "told=said" not in feats


def test_an_event_told_with_a_time_but_no_day_is_marked_for_no_date(monkeypatch):
    # thaigov-70384's wording: the release's day, then a signing "last week"
    text = ("รัฐบาลเร่งส่งเสริมการออม\n\nวันที่ 17 กรกฎาคม 2566 นางสาวรัชดา ธนาดิเรก รองโฆษกประจำสำนักนายกรัฐมนตรี "
            "เปิดเผยว่า รัฐบาลได้กำหนดให้การออมเป็นวาระแห่งชาติ\n\nทั้งนี้ เมื่อสัปดาห์ที่แล้ว ได้มีการลงนามบันทึกข้อตกลง"
            "ความร่วมมือ (MOU) ระหว่างศูนย์อำนวยการบริหารจังหวัดชายแดนใต้ กับกองทุนการออมแห่งชาติ")
    (cands,) = _candidates(monkeypatch, text, None)
    none = next(c["feats"] for c in cands if c["date"] is None)
    assert "none&told=vague" in none
    assert "told=vague" in next(c["feats"] for c in cands if c["date"] == "2023-07-17")


@pytest.mark.parametrize("content, message", [
    ("{not json", "cannot be read"),
    (json.dumps({"weights": {"RULE": 1.0}}), "not a date model"),
    (json.dumps({"format": date_model.FORMAT, "weights": {"RULE": "high"}}), "finite numbers"),
    (json.dumps({"format": date_model.FORMAT, "weights": {"RULE": float("nan")}}), "finite numbers"),
    (json.dumps({"format": date_model.FORMAT, "weights": {}}), "finite numbers"),
    (json.dumps({"format": date_model.FORMAT, "weights": {"none": -1.0}}), "lack the 'RULE' feature"),
])
def test_a_malformed_weights_file_fails_fast_naming_itself(tmp_path, content, message):
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SchemaError, match=message) as caught:
        date_model.read_model(path)
    assert str(path) in str(caught.value)


def test_the_setting_reads_on_or_off_only():
    assert date_model_on({"EDUGRAPH_DATE_MODEL": " OFF "}.get) is False
    with pytest.raises(SettingError, match="EDUGRAPH_DATE_MODEL must be on or off"):
        date_model_on({"EDUGRAPH_DATE_MODEL": "maybe"}.get)


@pytest.mark.parametrize("setting, day", [("on", "2024-11-18"), ("off", None)])
def test_edugraph_extract_follows_the_setting(tmp_path, monkeypatch, setting, day):
    from click.testing import CliRunner

    from edugraph.cli import cli

    source = tmp_path / "visit.jsonl"
    source.write_text(json.dumps({"id": "v1", "title": _TITLE, "date": "2024-11-19", "body": _LATE_VISIT},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("EDUGRAPH_DATE_MODEL", setting)
    try:
        result = CliRunner().invoke(cli, ["extract", str(source), "--out", str(tmp_path / "out")],
                                    catch_exceptions=False)
    finally:
        date_model.use_date_model(True)
    assert result.exit_code == 0, result.output
    (written,) = (tmp_path / "out").glob("*.json")
    record = json.loads(written.read_text(encoding="utf-8"))
    assert [e["date"] for e in record["entities"] if e["type"] == "Event"] == [day]
