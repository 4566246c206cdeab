"""tools/check_agencies.py: every hand-written agency, and each of its forms, is read in the real corpus.

The rules run here on small inline records; the slow test runs them over the whole real-world corpus
(half a minute), so that no later edit of ``loaders/data/agencies.yaml`` adds a name the press never
writes or an abbreviation it does not use for that body.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import check_agencies  # noqa: E402  (tools/ is scripts)
import mine_agencies  # noqa: E402

RECORDS = [
    ("r1", "องค์การเภสัชกรรม (อภ.) ร่วมกับกองบัญชาการกองทัพไทย จัดงาน"),
    ("r2", "อภ. แจกยา ส่วนกองบัญชาการกองทัพไทยส่งกำลังพล"),
    ("r3", "สำนักงานปรมาณูเพื่อสันติ (ปส.) ตรวจ"),
    ("r4", "ปส. หนึ่ง"), ("r5", "ปส. สอง"), ("r6", "ปส. สาม"),
    ("r7", "ทั้งมวล ณ ที่นี้"),
]


def _failures(entries, owners=None):
    return check_agencies.check(entries, check_agencies.Corpus.of(RECORDS), owners or {})


def test_an_entry_written_with_its_abbreviation_beside_it_holds():
    assert _failures([{"name": "องค์การเภสัชกรรม", "kind": "other", "abbreviations": ["อภ."]}]) == {}


def test_a_name_found_only_inside_a_longer_name_is_not_found():
    failures = _failures([{"name": "กองบัญชาการกองทัพไทย", "kind": "other"},
                          {"name": "กองทัพไทย", "kind": "other"}])
    assert list(failures) == ["กองทัพไทย"]
    assert "written nowhere" in failures["กองทัพไทย"][0]


def test_an_abbreviation_the_records_of_the_body_never_write_fails():
    failures = _failures([{"name": "องค์การเภสัชกรรม", "kind": "other", "abbreviations": ["อภก."]}])
    assert failures["องค์การเภสัชกรรม"] == ["อภก.: not written in any record that names the body"]


def test_an_abbreviation_written_mostly_without_the_body_fails():
    # ปส. in four records, the full name in one: a share of 0.25 is below MIN_SHARE
    failures = _failures([{"name": "สำนักงานปรมาณูเพื่อสันติ", "kind": "other", "abbreviations": ["ปส."]}])
    assert "only 1 of the 4 records" in failures["สำนักงานปรมาณูเพื่อสันติ"][0]


def test_a_form_glued_to_the_end_of_a_word_is_no_use():
    failures = _failures([{"name": "ทั้งมวล", "kind": "other", "aliases": ["มวล"]}])
    assert failures["ทั้งมวล"] == ["มวล: not written in any record that names the body"]


def test_a_form_another_entry_or_a_province_holds_fails_unless_it_is_the_default():
    entries = [{"name": "องค์การเภสัชกรรม", "kind": "other", "abbreviations": ["อภ."]},
               {"name": "กองบัญชาการกองทัพไทย", "kind": "other", "abbreviations": ["อภ."]}]
    failures = _failures(entries)
    assert "อภ.: also กองบัญชาการกองทัพไทย" in failures["องค์การเภสัชกรรม"]
    entries[0]["default"] = True
    assert "องค์การเภสัชกรรม" not in _failures(entries)
    failures = _failures(entries[:1], owners={"อภ": "province อ่างทอง"})
    assert failures == {}            # the default reading is meant to share its form
    failures = _failures([{"name": "องค์การเภสัชกรรม", "kind": "other", "abbreviations": ["อภ."]}],
                         owners={"อภ": "province อ่างทอง"})
    assert failures["องค์การเภสัชกรรม"] == ["อภ.: also province อ่างทอง"]


def test_the_forms_of_the_other_data_files_are_rivals():
    owners = check_agencies.other_forms()
    assert owners["สพป"].startswith("family") and owners["กรุงเทพฯ"].startswith("province")
    assert owners["กทม"] == "family กรุงเทพมหานคร"     # a Bangkok bureau's กทม. (สำนักอนามัย กทม.) reads as the city
    assert owners["เรือนจำกลาง"] == "family เรือนจำกลาง"


@pytest.mark.slow
def test_every_hand_written_agency_is_read_in_the_real_corpus():
    if not mine_agencies.REALWORLD.is_dir():
        pytest.skip("the real-world corpus is not beside this clone (../shared)")
    assert check_agencies.main([]) == 0, "an entry of agencies.yaml fails tools/check_agencies.py (run it to see why)"


def test_a_university_named_after_a_province_is_left_to_its_family():
    records = [("r1", "มหาวิทยาลัยเชียงใหม่ จัดงาน")]
    failures = check_agencies.check([{"name": "มหาวิทยาลัยเชียงใหม่", "kind": "university"}],
                                    check_agencies.Corpus.of(records), {"เชียงใหม่": "province เชียงใหม่"})
    assert failures["มหาวิทยาลัยเชียงใหม่"] == ["named after the province เชียงใหม่: the family reads it and places it"]
