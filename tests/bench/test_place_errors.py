"""bench/place_errors.py: a missed or spurious place fact is put down to its event or agency, its venue, or its province."""
from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import place_errors  # noqa: E402  (bench/ is scripts)
import role_errors  # noqa: E402

pytestmark = pytest.mark.skipif(not role_errors.SCORER.is_file(), reason="the shared scorer is not there")

GOLD = {"entities": [{"id": "e1", "type": "Event", "event_type": "forum", "date": "2024-01-02"},
                     {"id": "a1", "type": "Agency", "name": "โรงเรียนบ้านควนเก"},
                     {"id": "p1", "type": "Province", "name": "สตูล"}],
        "relations": [{"type": "HELD_IN", "head": "e1", "tail": "p1"}, {"type": "LOCATED_IN", "head": "a1", "tail": "p1"}]}


def test_the_docstring_example_holds():
    assert doctest.testmod(place_errors).failed == 0


def test_each_wrong_place_fact_gets_its_cause():
    scorer = role_errors._scorer_module()
    system = {"entities": [{"id": "E1", "type": "Event", "event_type": "forum", "date": "2024-01-03"},
                           {"id": "P1", "type": "Province", "name": "สตูล"}],
              "relations": [{"type": "HELD_IN", "head": "E1", "tail": "P1"}]}
    found = place_errors.place_causes(GOLD, system, scorer)
    assert ("HELD_IN", "FN", "EVENT", "forum 2024-01-02", "สตูล", "") in found
    assert ("HELD_IN", "FP", "EVENT", "forum 2024-01-03", "สตูล", "") in found
    assert ("LOCATED_IN", "FN", "AGENCY", "โรงเรียนบ้านควนเก", "สตูล", "") in found
    system = {"entities": [{"id": "E1", "type": "Event", "event_type": "forum", "date": "2024-01-02"},
                           {"id": "A1", "type": "Agency", "name": "โรงเรียนบ้านควนเก"},
                           {"id": "P1", "type": "Province", "name": "ตรัง"}],
              "relations": [{"type": "HELD_IN", "head": "E1", "tail": "P1"}]}
    found = place_errors.place_causes(GOLD, system, scorer)
    assert ("HELD_IN", "FN", "OTHER_PROVINCE", "forum 2024-01-02", "สตูล", "") in found
    assert ("LOCATED_IN", "FN", "NO_PROVINCE", "โรงเรียนบ้านควนเก", "สตูล", "") in found


def test_each_wrong_part_of_gets_its_kind_and_the_end_that_is_missing():
    scorer = role_errors._scorer_module()
    gold = {"entities": [{"id": "u", "type": "Agency", "name": "กรมเจ้าท่า"},
                         {"id": "m", "type": "Agency", "name": "กระทรวงคมนาคม"},
                         {"id": "e", "type": "Event", "event_type": "meeting", "date": "2025-05-21"},
                         {"id": "g", "type": "Programme", "name": "โครงการเรือไฟฟ้า"}],
            "relations": [{"type": "PART_OF", "head": "u", "tail": "m"}, {"type": "PART_OF", "head": "e", "tail": "g"}]}
    system = {"entities": [{"id": "U", "type": "Agency", "name": "กรมเจ้าท่า"},
                           {"id": "M", "type": "Agency", "name": "กระทรวงคมนาคม"},
                           {"id": "E", "type": "Event", "event_type": "meeting", "date": "2025-05-21"},
                           {"id": "G", "type": "Programme", "name": "โครงการเรือ"}],
              "relations": [{"type": "PART_OF", "head": "M", "tail": "U"}, {"type": "PART_OF", "head": "E", "tail": "G"}]}
    found = place_errors.part_of_causes(gold, system, scorer)
    assert ("AA", "FN", "REL", "กรมเจ้าท่า", "กระทรวงคมนาคม") in found
    assert ("AA", "FP", "REL", "กระทรวงคมนาคม", "กรมเจ้าท่า") in found
    assert ("EP", "FN", "TAIL", "meeting 2025-05-21", "โครงการเรือไฟฟ้า") in found
    assert ("EP", "FP", "TAIL", "meeting 2025-05-21", "โครงการเรือ") in found
