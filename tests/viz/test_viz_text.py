"""Labels cut between grapheme clusters, search forms, and JSON that cannot leave its <script>."""
from __future__ import annotations


import pytest

regex = pytest.importorskip("regex", reason="the regex module (UAX #29 grapheme clusters) is the test oracle")

from edugraph.viz.text import ELLIPSIS, evidence_excerpt, is_cluster_boundary, plain, search_form, truncate_label

THAI_NAMES = [
    "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา",
    "นายพรพจน์ บัณฑิตยานุรักษ์",
    "เกื้อกูล ฤทัยรัตน์ ผู้อำนวยการโรงเรียนบ้านหนองบัวแก้วเก่า",
    "ผศ.ดร.ณัฏฐ์ ศรีสวัสดิ์",
    "ไม่ใช่ แต่เพื่อน ๆ ที่เชียงใหม่ก่ำกึ่ง",
    "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน",
    "MOU ครั้งที่ ๒ <b>",
    "ສະບາຍດີ ລາວ",          # Lao: same rules
    "👩‍🏫 ครูดีเด่น 🇹🇭",
]


def grapheme_boundaries(text: str) -> set[int]:
    """Extended grapheme cluster boundaries (UAX #29) from the regex module: the oracle."""
    ends, at = {0}, 0
    for cluster in regex.findall(r"\X", text):
        at += len(cluster)
        ends.add(at)
    return ends


@pytest.mark.parametrize("name", THAI_NAMES)
def test_every_cut_falls_on_a_grapheme_boundary(name):
    boundaries = grapheme_boundaries(" ".join(name.split()))
    for max_chars in range(1, len(name) + 2):
        label = truncate_label(name, max_chars)
        if label == name:
            continue
        assert label.endswith(ELLIPSIS)
        kept = label[:-1].rstrip()
        assert name.startswith(kept)
        # the cut (before trailing spaces were dropped) is a cluster boundary
        assert len(kept) in boundaries or name[len(kept)] == " ", (name, max_chars, label)
        assert kept[-1] not in "เแโใไ", f"a leading vowel left stranded: {label!r}"
        assert not regex.match(r"\p{M}", name[len(kept)]), f"a mark cut from its letter: {label!r}"


def test_a_tone_mark_stays_with_its_consonant():
    assert truncate_label("เพื่อน", 3) == "เพื่" + ELLIPSIS
    assert truncate_label("ก่ำกึ่ง", 1) == "ก่ำ" + ELLIPSIS
    assert not is_cluster_boundary("ก่ำ", 1) and not is_cluster_boundary("ก่ำ", 2)


def test_short_labels_are_kept_and_spaces_folded():
    assert truncate_label("สตูล", 20) == "สตูล"
    assert truncate_label("  สตูล \n สุโขทัย ", 40) == "สตูล สุโขทัย"


def test_search_form_is_space_digit_and_case_insensitive():
    assert search_form("กสศ .") == search_form("กสศ.")
    assert search_form("ระยะที่ ๒") == search_form("ระยะที่2")
    assert search_form("Satun  Sandbox") == "satunsandbox"
    assert search_form("สำนักงาน\u200bศึกษาธิการ") == "สำนักงานศึกษาธิการ"


def test_plain_values_are_json_values():
    assert plain(float("nan")) is None and plain(("a", 1)) == ["a", 1]


def newmm_word_ends(text: str) -> set[int]:
    from pythainlp.tokenize import word_tokenize
    ends, at = set(), 0
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        at += len(token)
        ends.add(at)
    return ends


@pytest.mark.parametrize("limit", [12, 25, 40, 70])
def test_evidence_is_whole_or_cut_at_a_boundary_with_an_ellipsis(limit):
    texts = ["องค์การบริหารส่วนจังหวัดแม่ฮ่องสอนร่วมลงนามบันทึกข้อตกลงความร่วมมือกับสำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา",
             "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนาม ณ ศาลากลางจังหวัดสตูล",
             "โครงการ (Thailand Zero Dropout) ปี 2567 ในพื้นที่นำร่อง 20 จังหวัด"]
    for text in texts:
        excerpt = evidence_excerpt(text, limit)
        if len(text) <= limit:
            assert excerpt == text
            continue
        kept = excerpt[:-1]
        assert excerpt.endswith(ELLIPSIS)
        assert len(kept) <= limit or " " not in kept, "longer than the limit only to keep one word whole"
        assert text.startswith(kept) and kept.strip()
        boundaries = newmm_word_ends(text) | {i for i, c in enumerate(text) if c == " "}
        assert len(kept) in boundaries, f"{limit}: …{kept[-10:]}|{text[len(kept):len(kept) + 6]}"


def test_evidence_at_the_extractors_cap_loses_its_cut_word():
    text = ("ผู้ว่าราชการจังหวัด 76 จังหวัด ผู้บริหารกรมป้องกันและบรรเทาสาธารณภัย " * 6)[:298] + "ผู้บริหารกรมป้"
    excerpt = evidence_excerpt(text[:300])
    assert excerpt.endswith(ELLIPSIS) and not excerpt.endswith("กรมป้" + ELLIPSIS)
