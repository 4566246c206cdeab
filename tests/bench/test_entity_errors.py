"""bench/entity_errors.py: a missed entity is put down to its cause, a missed agency by reading the text."""
from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

from edugraph.loaders.gazetteer import load_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import entity_errors  # noqa: E402  (bench/ is scripts)
import role_errors  # noqa: E402

pytestmark = pytest.mark.skipif(not role_errors.SCORER.is_file(), reason="the shared scorer is not there")


def test_the_docstring_examples_hold():
    assert doctest.testmod(entity_errors).failed == 0


def test_a_missed_agency_gets_the_cause_the_text_shows():
    scorer, gaz = role_errors._scorer_module(), load_gazetteer()
    gold = {"entities": [{"id": "a1", "type": "Agency", "name": "สภาการพยาบาล"},
                         {"id": "a2", "type": "Agency", "name": "กรมการจัดหางาน", "aliases": ["กจง."]},
                         {"id": "a3", "type": "Agency", "name": "ชมรมคนรักป่า"},
                         {"id": "a4", "type": "Agency", "name": "ตลาดน้ำดำเนินสะดวก"}],
            "relations": []}
    system = {"entities": [], "relations": [], "dropped": [{"type": "Agency", "value": "ชมรมคนรักป่า", "reason": "x"}]}
    text = "ผู้แทนสภาการพยาบาล กจง. ชมรมคนรักป่า และตลาดน้ำดำเนินสะดวก"
    causes = {name: cause for _, _, cause, name in entity_errors.entity_causes(gold, system, scorer, text=text, gaz=gaz)}
    assert causes == {"สภาการพยาบาล": "KNOWN_HEAD", "กรมการจัดหางาน": "ABBREVIATION", "ชมรมคนรักป่า": "DROPPED",
                      "ตลาดน้ำดำเนินสะดวก": "NO_HEAD"}
