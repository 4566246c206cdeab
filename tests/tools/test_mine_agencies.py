"""tools/mine_agencies.py: agency names and abbreviations learned from unannotated releases.

The mining runs over the whole real-world corpus (half a minute; run the script to see it); these tests
give its steps small inline texts, and check the file it wrote and the blind ids it must skip.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from edugraph.loaders.gazetteer import BUILTIN_FILES, DATA_DIR, _load

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import mine_agencies  # noqa: E402  (tools/ is scripts)


@pytest.fixture(scope="module")
def hand_written():
    """The gazetteer without the mined file: what the script measures its finds against."""
    return _load(tuple(DATA_DIR / name for name in BUILTIN_FILES if name != mine_agencies.OUT.name))


@pytest.fixture(scope="module")
def heads(hand_written):
    return mine_agencies.learned_heads(hand_written)


def test_a_definition_is_read_back_to_the_head_that_spells_it(hand_written, heads):
    docs = [("a", "ร่วมกับสำนักงานคณะกรรมการคุ้มครองผู้บริโภค (สคบ.) ตรวจสินค้า"),
            ("b", "โดย สคบ. (สำนักงานคณะกรรมการคุ้มครองผู้บริโภค) แจ้งว่า"),
            ("c", "ตามที่องค์การอนามัยโลกกำหนดแนวทาง (กขค.) ไว้")]          # its letters spell no name
    defined = mine_agencies.mine_abbreviations(docs, heads, hand_written)
    assert defined["สคบ."]["สำนักงานคณะกรรมการคุ้มครองผู้บริโภค"] == 2
    assert "กขค." not in defined


def test_an_abbreviation_is_kept_when_it_recurs_and_means_one_body():
    chosen = mine_agencies.choose_abbreviations({
        "สคบ.": Counter({"สำนักงานคณะกรรมการคุ้มครองผู้บริโภค": 5, "คณะกรรมการคุ้มครองผู้บริโภค": 5}),
        "กขค.": Counter({"กองทุนขยายความรู้": 1}),                     # once: not kept
        "สสท.": Counter({"สมาคมสหกรณ์ไทย": 3, "สถาบันสื่อเท่าทัน": 3}),  # two bodies: not kept
        "อว.": Counter({"องค์การวิจัย": 9}),                             # two letters: too ambiguous
    })
    assert chosen == {"สคบ.": "สำนักงานคณะกรรมการคุ้มครองผู้บริโภค"}   # on a tie the longer name


def test_a_recurring_name_needs_a_stable_right_boundary(hand_written, heads):
    ends = (" ได้จัดงาน", "ร่วมกับกรม", "และกรมป่าไม้", " เปิดเผยว่า")
    docs = [(f"d{i}", f"นาย ก กล่าวว่า กองอาสารักษาดินแดน{ends[i % 4]} ทุกปี") for i in range(8)]
    docs += [(f"p{i}", f"ที่ กองทุนหมุนเวียนเพื่อการ{w} ทุกแห่ง") for i, w in enumerate(("เกษตร", "ประมง", "ค้า", "จ้าง"))]
    stats = mine_agencies.mine_names(docs, heads, hand_written)
    stable = mine_agencies.stable_names(stats)
    assert "กองอาสารักษาดินแดน" in stable
    assert "กองอาสา" not in stable                           # always followed by รักษา: the start of a name
    assert not any(name.startswith("กองทุนหมุนเวียน") for name in stable)   # once each


@pytest.mark.parametrize("name, spelt, ok", [
    ("กองอาสารักษาดินแดน", False, True),
    ("หน่วยงานของรัฐ", False, False),                 # a kind of body (a group noun)
    ("สำนักงานเกษตรอำเภอ", False, False),              # a family's slot left empty
    ("กรมศุลกากรแห่งราชอาณาจักรไทย", False, False),    # a known name and its country
    ("กระทรวงดีอีเอส", False, False),                  # every ministry is listed: a short form
    ("คณะกรรมการนโยบายการบริหารจัดการการทำงานของคนต่างด้าว", True, True),   # spelt: ของ may stay
    ("คณะกรรมการนโยบายการบริหารจัดการการทำงานของคนต่างด้าว", False, False),
])
def test_the_shape_of_a_name(hand_written, heads, name, spelt, ok):
    assert mine_agencies.name_shape_ok(name, heads, hand_written, spelt=spelt) is ok


def test_the_held_out_sets_and_a_blind_set_are_skipped(tmp_path, monkeypatch):
    blind = tmp_path / "blind-ids.txt"
    blind.write_text("# being annotated\nthaigov-0000001\n", encoding="utf-8")
    monkeypatch.setenv("EDUGRAPH_BLIND_IDS", str(blind))
    skipped = mine_agencies.excluded_ids()
    assert "thaigov-0000001" in skipped and "# being annotated" not in skipped
    assert "thaigov-69795" in skipped          # the first id of tests/data/heldout-4 (validation when mined)
    assert "thaigov-69994" in skipped          # the first id of tests/data/heldout-5 (blind when mined)


def test_the_written_file_is_generated_and_checked():
    text = mine_agencies.OUT.read_text(encoding="utf-8")
    assert text.startswith("# Agency names and abbreviations mined") and "mined_agencies:" in text
    gaz = _load(tuple(DATA_DIR / name for name in BUILTIN_FILES))
    mined = [entry for entry in gaz.agencies if entry.mined]
    assert len(mined) >= 50
    hand = {form for entry in gaz.agencies if not entry.mined for form in (entry.name, *entry.aliases)}
    assert not any(entry.name in hand for entry in mined)
