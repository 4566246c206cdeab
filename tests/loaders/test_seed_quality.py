"""The quality floor: what ``edugraph extract`` writes, scored with the shared scorer.

The five seeds and their gold annotations live beside the project in
``../shared/corpus``; the scorer is ``../shared/tools/score.py``.  Each test
runs the same library function as ``edugraph extract`` into a temporary
folder, runs the scorer (``--json``) and holds entity F1 ≥ 0.90 and relation
F1 ≥ 0.80.  The team's examples (``tests/data/examples-gold``) and the
once-unseen set (``tests/data/unseen-2026-11``) are held to the same floor.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from edugraph.loaders import extract_to_folder

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
SCORER = SHARED / "tools" / "score.py"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLES_GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "examples-gold"
UNSEEN = Path(__file__).resolve().parents[2] / "tests" / "data" / "unseen-2026-11"

ENTITY_F1 = 0.90
RELATION_F1 = 0.80


def _score(gold: Path, out: Path) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json"],
                            capture_output=True, text=True, check=True, timeout=120)
    return json.loads(result.stdout[:result.stdout.rindex("}") + 1])


def _extract_files(paths: list[Path], out: Path) -> None:
    written, quarantined = extract_to_folder(paths, out)
    assert not quarantined, [(q.source_id, q.reason) for q in quarantined]
    assert written == len(paths)


@pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_dir() and SCORER.is_file()),
                    reason=f"the shared seed corpus and scorer are not at {SHARED}")
def test_seed_extraction_meets_the_quality_floor(tmp_path):
    _extract_files(sorted(SEEDS.glob("*.txt")), tmp_path)
    scores = _score(GOLD, tmp_path)
    entity, relation = scores["entity"]["f1"], scores["relation"]["f1"]
    assert entity >= ENTITY_F1, f"entity F1 {entity:.3f} < {ENTITY_F1}: {scores['entity']['by_type']}"
    assert relation >= RELATION_F1, f"relation F1 {relation:.3f} < {RELATION_F1}: {scores['relation']['by_type']}"


@pytest.mark.skipif(not (EXAMPLES_GOLD.is_dir() and SCORER.is_file()),
                    reason="the team's example releases or the shared scorer are not there")
def test_held_out_examples_meet_the_quality_floor(tmp_path):
    releases = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    if not releases:
        pytest.skip("no example releases")
    _extract_files(releases, tmp_path)
    scores = _score(EXAMPLES_GOLD, tmp_path)
    assert scores["entity"]["f1"] >= ENTITY_F1, scores["entity"]["by_type"]
    assert scores["relation"]["f1"] >= RELATION_F1, scores["relation"]["by_type"]


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the shared scorer is not at {SCORER}")
def test_once_unseen_releases_meet_the_quality_floor(tmp_path):
    releases = sorted((UNSEEN / "releases").glob("*.txt"))
    _extract_files(releases, tmp_path)
    scores = _score(UNSEEN / "gold", tmp_path)
    assert scores["entity"]["f1"] >= ENTITY_F1, scores["entity"]["by_type"]
    assert scores["relation"]["f1"] >= RELATION_F1, scores["relation"]["by_type"]
