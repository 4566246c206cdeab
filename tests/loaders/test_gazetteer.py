"""The extractor's data files: loaded, validated, extensible."""
from __future__ import annotations

import re
import textwrap

import pytest

from edugraph.errors import SchemaError
from edugraph.loaders.extract import extract
from edugraph.loaders.gazetteer import (AGENCY_KINDS, BUILTIN_FILES, DATA_DIR, load_gazetteer, trie_regex,
                                        use_extra_files)


def _write(tmp_path, text: str, name: str = "extra.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_builtin_data_loads_with_all_provinces():
    gaz = load_gazetteer()
    assert len(gaz.provinces) == 77
    assert gaz.province_by_form("กรุงเทพฯ").name == "กรุงเทพมหานคร"
    assert gaz.province_by_code("ขก.").name == "ขอนแก่น"
    assert all(entry.kind in AGENCY_KINDS for entry in gaz.agencies)


def test_builtin_files_are_all_there():
    for name in BUILTIN_FILES:
        assert (DATA_DIR / name).is_file(), name


def test_abbreviation_lookup_prefers_the_default_reading():
    gaz = load_gazetteer()
    # สช. is both the private-education commission and the national health commission
    assert gaz.agency_by_form("สช.").name == "สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน"
    assert "สช." in gaz.agency_by_name("สำนักงานคณะกรรมการสุขภาพแห่งชาติ").abbreviations


def test_trie_regex_matches_the_longest_name():
    rx = re.compile(trie_regex(["สำนักงาน", "สำนักงานศึกษาธิการจังหวัด", "สำนัก"]))
    assert rx.match("สำนักงานศึกษาธิการจังหวัดน่าน").group() == "สำนักงานศึกษาธิการจังหวัด"
    assert rx.match("สำนักพัฒนา").group() == "สำนัก"
    assert re.compile(trie_regex([])).search("อะไรก็ได้") is None


@pytest.mark.parametrize("content, expected", [
    ("agencies:\n  - {name: กรมตัวอย่าง, kind: department}\n", "agencies[0] (กรมตัวอย่าง).kind"),
    ("agencies:\n  - {name: กรมตัวอย่าง}\n", "missing field(s) ['kind']"),
    ("agencies:\n  - {name: กรมตัวอย่าง, kind: other, colour: red}\n", "unknown field(s) ['colour']"),
    ("families:\n  - {head: ศูนย์ทดลอง, kind: other, slot: sideways}\n", "families[0] (ศูนย์ทดลอง).slot"),
    ("families:\n  - {head: ศูนย์ทดลอง, kind: other, slot: open, when_bare: story}\n", "when_bare: story needs slot: province"),
    ("role_cues:\n  - {name: bad, roles: [SIGNED], pattern: '(ลงนาม'}\n", "bad regular expression"),
    ("role_cues:\n  - {name: bad, roles: [LIKED], pattern: 'ชอบ'}\n", "role_cues[0] (bad).roles"),
    ("titles: [นาย, นาย]\n", "duplicate entry 'นาย'"),
    ("own_activity_types: [parade]\n", "own_activity_types names no event type: ['parade']"),
    ("colours: [แดง]\n", "colours: unknown section"),
    ("agencies: {name: x}\n", "agencies: must be a list"),
    ("agencies:\n  - {name: กระทรวงศึกษาธิการ, kind: ministry_office}\n", "duplicate agency name 'กระทรวงศึกษาธิการ'"),
])
def test_a_bad_entry_fails_naming_the_file_and_the_entry(tmp_path, content, expected):
    path = _write(tmp_path, content)
    with pytest.raises(SchemaError) as caught:
        load_gazetteer(extra_paths=[path])
    assert expected in str(caught.value)
    assert "extra.yaml" in str(caught.value)


def test_unreadable_yaml_and_missing_files_fail_clearly(tmp_path):
    with pytest.raises(SchemaError, match="cannot read the data file"):
        load_gazetteer(extra_paths=[_write(tmp_path, "agencies: [unclosed\n")])
    with pytest.raises(SchemaError, match="gazetteer file not found"):
        load_gazetteer(extra_paths=[tmp_path / "nothing-here.yaml"])


def test_a_user_file_adds_an_agency_with_its_abbreviation(tmp_path):
    text = "วันที่ 4 มีนาคม 2567 สวพ. จัดการประชุมเชิงปฏิบัติการ ณ โรงแรมริมน้ำ จังหวัดลำปาง"
    names = {e.get("name") for e in extract(text, doc="d")["entities"]}
    assert "สำนักงานวิจัยพื้นบ้าน" not in names
    path = _write(tmp_path, """
        agencies:
          - {name: สำนักงานวิจัยพื้นบ้าน, kind: ministry_office, abbreviations: [สวพ.]}
    """)
    gaz = load_gazetteer(extra_paths=[path])
    assert gaz.agency_by_form("สวพ.").name == "สำนักงานวิจัยพื้นบ้าน"
    assert gaz.agency_by_form("สพฐ.") is not None           # the built-in lists are still there


def test_extra_files_given_once_apply_to_every_later_load(tmp_path):
    path = _write(tmp_path, """
        titles: [อาจารย์ใหญ่]
        programmes:
          - {name: ห้องเรียนดิจิทัลชายแดน, provincial: true}
    """)
    use_extra_files([path])
    try:
        gaz = load_gazetteer()
    finally:
        use_extra_files([])
    assert gaz.programme_by_form("ห้องเรียนดิจิทัลชายแดน").provincial
    assert gaz.title_rx.match("อาจารย์ใหญ่สมหญิง")
    assert load_gazetteer().programme_by_form("ห้องเรียนดิจิทัลชายแดน") is None


def test_the_signing_party_words_are_compiled_with_the_rest_of_the_data(tmp_path):
    # compiled once when the files are loaded, a user's words with them (the parties pass no longer compiles and
    # stores its patterns on the gazetteer while it extracts)
    gaz = load_gazetteer(extra_paths=[_write(tmp_path, "party_heads: [ชมรม]\n")])
    heads = gaz.signing_party_patterns["head"]
    assert heads.match("ชมรมครูไทย") and heads.match("มหาวิทยาลัยมหิดล")
    assert not load_gazetteer().signing_party_patterns["head"].match("ชมรมครูไทย")
    builtin = load_gazetteer()
    before = set(vars(builtin))
    record = extract("สำนักงานศึกษาธิการจังหวัดน่าน ลงนามบันทึกข้อตกลงความร่วมมือ กับ มหาวิทยาลัยนเรศวร "
                     "เมื่อวันที่ 5 มีนาคม 2567", doc="d")
    assert any(r["type"] == "SIGNED" for r in record["relations"])
    assert not {name for name in set(vars(builtin)) - before if "party" in name}


def test_a_list_of_actors_ends_where_a_clause_goes_on_not_at_an_etcetera_or_an_agreements_subject():
    ends = load_gazetteer().list_end_rx
    for clause in ("A ในวันนี้ เป็นความร่วมมือ", "A กับมหาวิทยาลัยคู่ความร่วมมือ ว่า กระทรวง", "A B และมี C เข้าร่วม"):
        assert ends.search(clause), clause
    for listed in ("เช่น A B เป็นต้น รวมถึง C", "2. บันทึกความเข้าใจ ว่าด้วยการสถาปนา"):
        assert not ends.search(listed), listed
