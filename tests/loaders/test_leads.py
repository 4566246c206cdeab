"""Scanning a pattern from its leads finds exactly what ``finditer`` finds."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from edugraph.loaders.gazetteer import load_gazetteer
from edugraph.loaders.leads import leads_of, leads_words, scan

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


def _same(pattern: re.Pattern, text: str, pos: int, endpos: int) -> None:
    plain = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
    led = [(m.span(), m.groups()) for m in scan(pattern, leads_of(pattern), text, pos, endpos)]
    assert led == plain, (pattern.pattern, pos, endpos)


@pytest.mark.parametrize("source, words", [
    (r"(?<!ผู้)เข้าร่วม", {"เข้าร่"}),
    (r"(?:เป็นการ)?ดำเนินงานโดย", {"เป็นกา", "ดำเนิน"}),
    (r"(?:ได้)?จัด(?:ให้มี)?\s?(?=โครงการ)", {"ได้จัด", "จัด"}),
    (r"ก(?:ข)+ค|[งจ]ฉ", {"กข", "งฉ", "จฉ"}),       # a part that repeats ends the lead
    (r"(?>กข|ค)ง", {"กขง", "คง"}),
])
def test_leads_are_the_words_every_match_opens_with(source, words):
    assert leads_words(re.compile(source)) == words


@pytest.mark.parametrize("source", [
    r"(?:ว่า)?",            # may match nothing
    r"\s?ที่",              # opens with a category
    r".ที่", r"[^ก]ที่", r"(?:ก|\d)ข",
    r"(?i)mou",             # case-folded
])
def test_patterns_without_readable_leads_are_scanned_as_they_are(source):
    pattern = re.compile(source)
    assert leads_of(pattern) is None
    text = "ที่ว่าที่ กก mou MOU"
    assert [m.span() for m in scan(pattern, None, text)] == [m.span() for m in pattern.finditer(text)]


def test_overlapping_leads_and_lookbehinds_before_the_scan_start():
    pattern = re.compile(r"(?<!ผู้)(?:ร่วม)?ร่วมงาน|ร่วมมือ")
    text = "ผู้ร่วมงาน ร่วมร่วมงาน ร่วมมือ ร่วมร่วมมือ"
    for pos in range(len(text) + 1):
        for endpos in (pos, pos + 5, len(text)):
            _same(pattern, text, pos, endpos)


def test_every_role_cue_scans_the_seed_releases_alike():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert texts
    draw = random.Random(13)
    for cue in load_gazetteer().role_cues:
        for text in texts:
            _same(cue.pattern, text, 0, len(text))
            for _ in range(20):
                pos, endpos = sorted(draw.sample(range(len(text) + 1), 2))
                _same(cue.pattern, text, pos, endpos)
