"""The issue-13 event-type experiment and the before/after table of the event breakdown do what their results claim."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from event_breakdown import table  # noqa: E402  (bench/ is scripts)
from event_types import TypeModel, features, gold_label, retyping  # noqa: E402
from role_classifier import keeping_analysis  # noqa: E402

from edugraph.loaders.extract import extract  # noqa: E402

TEXT = "เมื่อวันที่ 5 มีนาคม 2567 สำนักงานศึกษาธิการจังหวัดน่าน ได้จัดการอบรมครูแกนนำ ณ โรงแรมน่านปริ๊นเซส จังหวัดน่าน"


def test_a_found_event_takes_the_type_of_the_gold_event_whose_title_it_shares():
    gold = [{"event_type": "training", "date": "2024-03-05", "title": "การอบรมครูแกนนำ"},
            {"event_type": "meeting", "date": "2024-03-05", "title": "การประชุมคณะกรรมการบริหาร"}]
    assert gold_label("การอบรมครูแกนนำ", "2024-03-05", gold) == "training"
    assert gold_label("พิธีมอบรางวัลครูดีเด่น", "2024-04-01", gold) is None    # no gold event: not trained on


def test_the_model_learns_a_type_from_cue_features_and_types_events_inside_extraction():
    samples = [(Counter({"bias": 1, "title:training": 1}), "training")] * 5 \
        + [(Counter({"bias": 1, "title:meeting": 1}), "meeting")] * 5
    model = TypeModel(l2=0.1).fit(samples)
    assert model.predict(Counter({"bias": 1, "title:meeting": 1})) == "meeting"
    assert model.predict(Counter({"bias": 1, "title:training": 1})) == "training"
    always_meeting = TypeModel(l2=0.1).fit([(Counter({"bias": 1}), "meeting")] * 3)
    with retyping(always_meeting):
        retyped = [e["event_type"] for e in extract(TEXT, doc="t")["entities"] if e["type"] == "Event"]
    assert retyped == ["meeting"]
    assert [e["event_type"] for e in extract(TEXT, doc="t")["entities"] if e["type"] == "Event"] == ["training"]


def test_features_read_the_cues_of_the_events_title_and_not_the_rules_answer():
    with keeping_analysis() as kept:
        extract(TEXT, doc="t")
    (event,) = kept["events"]
    found = features(kept["analysis"], event)
    assert found["title:training"] == 1 and found["word:อบรม"] == 1 and found["frame_held"] == 1
    assert not any(name.startswith("rule:") for name in found)


def test_the_table_prints_each_changed_cell_before_and_after():
    before = {"s": {"gold": 3, "found": 1, "WRONG_DATE": 2, "event F1": 0.5, "entity F1": 0.9, "relation F1": 0.7}}
    after = {"s": {"gold": 3, "found": 2, "WRONG_DATE": 1, "event F1": 0.75, "entity F1": 0.9, "relation F1": 0.7}}
    row = table(after, before, scores=True)[2]
    assert row.startswith("| s | 3 | 1→2 | 2→1 | 0 |")
    assert "0.500→0.750" in row and "0.900→0.900" in row
