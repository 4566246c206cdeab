"""The one list of records that evaluation sets hold (tools/evaluation_ids.py)."""
from __future__ import annotations

import doctest
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import evaluation_ids  # noqa: E402  (tools/ is scripts)


def test_docstring_examples_run():
    assert doctest.testmod(evaluation_ids).failed == 0


def test_every_committed_set_and_the_blind_files_are_left_out(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("thaigov-1\n", encoding="utf-8")
    second.write_text("# header\nthaigov-2\n\n", encoding="utf-8")
    blind = evaluation_ids.blind_ids({"EDUGRAPH_BLIND_IDS": f"{first}{os.pathsep}{second}"})
    assert blind == {"thaigov-1", "thaigov-2"}
    everything = evaluation_ids.all_evaluation_ids()
    for name in ("heldout-2", "heldout-3", "heldout-4", "realworld-sample"):
        assert evaluation_ids.set_ids(name) <= everything


def test_a_blind_list_that_is_missing_is_an_error_not_an_empty_list(tmp_path):
    with pytest.raises(FileNotFoundError, match="EDUGRAPH_BLIND_IDS names"):
        evaluation_ids.blind_ids({"EDUGRAPH_BLIND_IDS": str(tmp_path / "gone.txt")})
