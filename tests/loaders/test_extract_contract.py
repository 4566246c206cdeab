"""The record always keeps the contract, whatever the input."""
from __future__ import annotations

import copy
import json

import pytest

from edugraph.errors import ExtractionError
from edugraph.graph.schema import load_schema
from edugraph.loaders.extract import extract, validate_record

RELEASE = ("สพฐ. ลงนาม MOU ร่วมกับ อบจ.น่าน\n\n"
           "วันที่ ๑๒ มกราคม ๒๕๖๗ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ"
           "ระหว่าง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต ๑ กับ องค์การบริหารส่วนจังหวัดน่าน "
           "ณ ห้องประชุมโรงเรียนสตรีศรีน่าน อำเภอเมืองน่าน จังหวัดน่าน โดยมี นายสมชาย รักเรียน "
           "รองผู้ว่าราชการจังหวัดน่าน เป็นประธานในพิธี")


def _check(record: dict) -> None:
    """The contract, checked independently of validate_record."""
    schema = load_schema()
    ids = [e["id"] for e in record["entities"]]
    assert len(ids) == len(set(ids))
    types = {e["id"]: e["type"] for e in record["entities"]}
    for entity in record["entities"]:
        assert entity["type"] in schema.entity_types
        if entity["type"] == "Agency":
            assert entity["kind"] in schema.entity_types["Agency"].kinds
            assert entity["name"] not in entity.get("aliases", [])
        if entity["type"] == "Event":
            assert entity["event_type"] in schema.entity_types["Event"].event_types
    for relation in record["relations"]:
        assert schema.allows(relation["type"], types[relation["head"]], types[relation["tail"]])
        assert isinstance(relation["evidence"], str)
    provinces = {e["id"] for e in record["entities"] if e["type"] == "Province"}
    used = {r["head"] for r in record["relations"]} | {r["tail"] for r in record["relations"]}
    assert provinces <= used, "a Province exists only when it takes part in a relation"
    json.dumps(record, ensure_ascii=False)


def test_a_release_gives_a_record_that_keeps_the_contract():
    record = extract(RELEASE, doc="nan.txt", published="2024-01-13")
    _check(record)
    assert record["doc"] == "nan.txt" and record["published"] == "2024-01-13"
    event = next(e for e in record["entities"] if e["type"] == "Event")
    assert (event["event_type"], event["date"]) == ("signing", "2024-01-12")
    # Where it was held is the HELD_IN relation; the graph's resolver reads it from there.
    names = {e["id"]: e.get("name") for e in record["entities"]}
    assert [names[r["tail"]] for r in record["relations"]
            if r["type"] == "HELD_IN" and r["head"] == event["id"]] == ["น่าน"]


@pytest.mark.parametrize("text", [
    "",
    "   \n\n  ",
    "The Ministry of Education signed an MOU with UNICEF on 3 March 2024.",
    "<script>alert('x')</script> นายสมชาย <b>ใจดี</b> ผู้อำนวยการโรงเรียน",
    "MATCH (n) DETACH DELETE n; // โรงเรียนบ้านดอน'); DROP TABLE x; --",
    "๑๒๓ ๔๕๖ ,,, ((( ))) “ ” ฯลฯ ๆ",
    "\x00\x01 นาย\u200bสมชาย\ufeff ใจดี",
    "โครงการ",
    "นาย",
    "จังหวัด" * 500,
])
def test_odd_input_never_crashes(text):
    _check(extract(text, doc="odd"))


def test_names_are_kept_as_plain_text():
    record = extract("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านแม่ลาน<script>x</script> เข้าร่วมประชุม", doc="x")
    _check(record)
    assert any("<script>" not in e.get("name", "") for e in record["entities"])


def test_a_very_long_text_is_handled():
    record = extract(RELEASE + "\n" + ("ข้อความทั่วไปที่ไม่มีชื่อหน่วยงาน " * 3000), doc="long")
    _check(record)
    assert any(e["type"] == "Event" for e in record["entities"])


def test_raw_text_is_normalised_first():
    raw = RELEASE.replace("โดยมี", "โดย\u200bมี").replace(" ณ ", "\u00a0ณ\u00a0").replace("\n", "\r\n")
    raw += "\r\nSpread the love\r\n"
    assert extract(raw, doc="x")["entities"] == extract(RELEASE, doc="x")["entities"]


def test_a_title_given_apart_is_the_headline():
    body = RELEASE.split("\n\n", 1)[1]
    record = extract(body, doc="x", title="สพฐ. ลงนาม MOU ร่วมกับ อบจ.น่าน")
    _check(record)
    assert sum(e["type"] == "Event" for e in record["entities"]) == 1


def test_validate_record_names_what_is_wrong():
    good = extract(RELEASE, doc="nan.txt")
    validate_record(good)
    bad = copy.deepcopy(good)
    bad["relations"].append({"type": "CHAIRED", "head": "a1", "tail": "e1", "evidence": ""})
    with pytest.raises(ExtractionError, match="CHAIRED cannot link Agency to Event"):
        validate_record(bad)
    bad = copy.deepcopy(good)
    bad["relations"].append({"type": "SIGNED", "head": "a1", "tail": "e99", "evidence": ""})
    with pytest.raises(ExtractionError, match="refers to unknown entity 'e99'"):
        validate_record(bad)
    bad = copy.deepcopy(good)
    bad["entities"][0]["id"] = bad["entities"][1]["id"]
    with pytest.raises(ExtractionError, match="appears twice"):
        validate_record(bad)
    bad = copy.deepcopy(good)
    next(e for e in bad["entities"] if e["type"] == "Event")["event_type"] = "party"
    with pytest.raises(ExtractionError, match="unknown event_type 'party'"):
        validate_record(bad)
