"""The issue-13 event-detector experiment: its breakdown, its candidates and its hook do what the results claim."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from event_breakdown import breakdown  # noqa: E402  (bench/ is scripts)
from event_candidates import BIAS, KEPT, EventModel  # noqa: E402
from event_detector import Oracle, detector, fit  # noqa: E402

from edugraph.loaders.extract import extract  # noqa: E402

TEXT = ("เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน ได้จัดการอบรมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส จังหวัดน่าน\n"
        "ทั้งนี้ สำนักงานฯ เตรียมจัดสัมมนาเครือข่ายครู ในปีต่อไป")


def _events(record):
    return sorted((e["event_type"], e["date"]) for e in record["entities"] if e["type"] == "Event")


def test_every_missed_gold_event_gets_one_cause():
    gold = {"entities": [{"type": "Event", "event_type": "signing", "date": "2024-01-02"},
                         {"type": "Event", "event_type": "meeting", "date": "2024-01-05"},
                         {"type": "Event", "event_type": "training", "date": "2024-01-07"},
                         {"type": "Event", "event_type": "forum", "date": None},
                         {"type": "Event", "event_type": "visit", "date": None}]}
    record = {"entities": [{"type": "Event", "event_type": "signing", "date": "2024-01-03"},
                           {"type": "Event", "event_type": "ceremony", "date": "2024-01-05"}]}
    readings = [("training", "2024-01-07", False), ("forum", "2024-02-01", False)]
    missed, spurious = breakdown(gold, record, readings)
    assert missed == [("WRONG_DATE", "signing", "2024-01-02"), ("WRONG_TYPE", "meeting", "2024-01-05"),
                      ("DROPPED", "training", "2024-01-07"), ("CUE_OTHER_DATE", "forum", None),
                      ("NO_CUE", "visit", None)]
    assert spurious == [("WRONG_DATE", "signing", "2024-01-03"), ("WRONG_TYPE", "ceremony", "2024-01-05")]


def test_candidates_are_the_rules_events_and_the_cues_they_dropped():
    collected: list = []
    with detector(None, collected):
        record = extract(TEXT, doc="d")
    assert _events(record) == [("training", "2024-03-05")]     # the plan (เตรียมจัดสัมมนา) is no event
    (cands,) = collected
    kept = [c for c in cands if KEPT in c["feats"]]
    others = [c for c in cands if KEPT not in c["feats"]]
    assert [(c["type"], c["date"]) for c in kept] == [("training", "2024-03-05")]
    assert [c["type"] for c in others] == ["forum"]
    assert "extra&future_word" in others[0]["feats"]


def test_the_hook_applies_the_model_before_relations():
    drop_all = EventModel({BIAS: -5.0})
    with detector(drop_all):
        record = extract(TEXT, doc="d")
    assert _events(record) == []
    assert not any(r["type"] == "ORGANIZED" for r in record["relations"])
    gold = {"entities": [{"type": "Event", "event_type": "forum", "date": None}]}
    with detector(Oracle(gold)):
        record = extract(TEXT, doc="d")
    assert _events(record) == [("forum", None)]


def test_the_model_learns_a_separable_decision():
    docs = [{"examples": [([BIAS, KEPT, "cue=a"], True), ([BIAS, "cue=b"], False)] * 3}]
    model = fit(docs)
    assert model.is_event([BIAS, KEPT, "cue=a"]) and not model.is_event([BIAS, "cue=b"])
    assert fit(docs, "add").keeps({"feats": [BIAS, KEPT, "cue=b"]})      # add only never drops
    assert not fit(docs, "drop").keeps({"feats": [BIAS, "cue=a"]})       # drop only never adds
