"""bench/role_errors.py: a role error is put down to a missing event, a missing actor, or the role itself."""
from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import role_errors  # noqa: E402  (bench/ is scripts)

pytestmark = pytest.mark.skipif(not role_errors.SCORER.is_file(), reason="the shared scorer is not there")

GOLD = {"entities": [{"id": "p1", "type": "Person", "name": "ก ข"},
                     {"id": "a1", "type": "Agency", "name": "มหาวิทยาลัยนครพนม"},
                     {"id": "e1", "type": "Event", "event_type": "signing", "date": "2024-01-02"}],
        "relations": [{"type": "SIGNED", "head": "p1", "tail": "e1"}, {"type": "SIGNED", "head": "a1", "tail": "e1"}]}


def test_the_docstring_example_holds():
    assert doctest.testmod(role_errors).failed == 0


def test_a_wrong_date_is_an_event_error_and_a_missing_name_an_actor_error():
    system = {"entities": [{"id": "P1", "type": "Person", "name": "ก ข"},
                           {"id": "E1", "type": "Event", "event_type": "signing", "date": "2024-01-03"}],
              "relations": [{"type": "SIGNED", "head": "P1", "tail": "E1"}]}
    found = role_errors.causes(GOLD, system, role_errors._scorer_module())
    assert ("SIGNED", "FN", "EVENT", "ก ข", "signing 2024-01-02") in found
    assert ("SIGNED", "FP", "EVENT", "ก ข", "signing 2024-01-03") in found
    system["entities"][1]["date"] = "2024-01-02"
    assert role_errors.causes(GOLD, system, role_errors._scorer_module()) == [
        ("SIGNED", "FN", "ACTOR", "มหาวิทยาลัยนครพนม", "signing 2024-01-02")]
