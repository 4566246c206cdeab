"""The issue-13 date-chooser experiment: its labels, its training and its hook do what the results claim."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import date_model  # noqa: E402  (bench/ is scripts)
from date_chooser import DateChooser, documents, gold_dates, hooked  # noqa: E402

TEXT = ("ปลัดกระทรวงศึกษาธิการ ต้อนรับคณะผู้บริหารสถานศึกษา จังหวัดน่าน ศึกษาดูงาน\n\nเมื่อวันที่ 18 พ.ย. 67 นายสมชาย ใจดี "
        "ปลัดกระทรวงศึกษาธิการ ให้การต้อนรับคณะผู้บริหารสถานศึกษา จังหวัดน่าน พร้อมบรรยายสรุปนโยบายการจัดการศึกษาของกระทรวง\n\n"
        "นายสมชาย กล่าวว่า กระทรวงศึกษาธิการให้ความสำคัญกับการพัฒนาคุณภาพผู้เรียน และการลดความเหลื่อมล้ำทางการศึกษา\n\n"
        "ทั้งนี้ การศึกษาดูงานของคณะผู้บริหารสถานศึกษาในครั้งนี้ จะเป็นประโยชน์ต่อการพัฒนาการศึกษาของจังหวัดน่านต่อไป")


def _event(kind):
    return SimpleNamespace(type=kind)


def test_labels_follow_gold_events_of_the_same_type():
    gold = {"entities": [{"type": "Event", "event_type": "meeting", "date": "2024-01-02"},
                         {"type": "Event", "event_type": "meeting", "date": "2024-01-05"},
                         {"type": "Event", "event_type": "visit", "date": None}]}
    events = [_event("meeting"), _event("meeting"), _event("visit"), _event("signing")]
    rules = [("2024-01-05", None), ("2024-01-09", None), ("2024-01-09", None), (None, None)]
    # the rules' day when it is a gold one; else the one gold day no other found event claims; no label
    # (...) for a type gold does not have
    assert gold_dates(events, rules, gold) == ["2024-01-05", "2024-01-02", None, ...]


def test_the_model_learns_a_separable_choice():
    def cands(right_first):
        good = {"date": "A", "end": None, "feats": ["cue=meua", date_model.RULE]}
        bad = {"date": "B", "end": None, "feats": ["cue=nocue"]}
        none = {"date": None, "end": None, "feats": ["none"]}
        return [good, bad, none] if right_first else [bad, good, none]

    model = DateChooser(use_rules=False).fit([(cands(True), "A"), (cands(False), "A")])
    assert model.weights["cue=meua"] > model.weights["cue=nocue"]
    assert model.choose(cands(False))["date"] == "A"


def test_the_hook_sees_the_rules_days_and_can_re_date():
    from edugraph.loaders.extract import extract

    with hooked() as kept:
        extract(TEXT, doc="d", published="2024-11-19")
    assert [day for day, _ in kept[-1][2]] == ["2024-11-18"]  # the rules give the late visit the story's day

    def every_event_on_the_first(analysis, events, rules):
        for event in events:
            event.date = "2024-11-01"

    with hooked(every_event_on_the_first):
        record = extract(TEXT, doc="d", published="2024-11-19")
    assert [e["date"] for e in record["entities"] if e["type"] == "Event"] == ["2024-11-01"]


def test_heldout_4_is_a_known_set_with_gold_for_every_text():
    docs = documents({"heldout-4"})
    assert len(docs) == 40 and all(name == "heldout-4" and gold.is_file() for name, _, gold in docs)
