"""The issue-13 role-classifier experiment: its candidates, model and combination do what the results claim."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from role_classifier import OneVsRest, apply, candidates, decide, keeping_analysis, label  # noqa: E402  (bench/ is scripts)

TEXT = ("วันที่ 9 มกราคม 2568 สำนักงานศึกษาธิการจังหวัดตาก ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
        "โดยมีนายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดตาก เป็นประธานในพิธี")


def _extracted():
    from edugraph.loaders.extract import extract

    with keeping_analysis() as kept:
        record = extract(TEXT, doc="d")
    return record, kept["analysis"], kept["events"]


class _Scorer:
    """The shared scorer's matching keys (a name, or an event's type and date)."""

    @staticmethod
    def entity_keys(entity):
        if entity["type"] == "Event":
            return {("Event", entity.get("event_type"), entity.get("date"))}
        return {(entity["type"], entity.get("name"))}


def test_candidates_pair_each_actor_with_the_event_and_carry_the_rules_roles():
    record, analysis, events = _extracted()
    cands = candidates(record, analysis, events)
    names = {e["id"]: e.get("name") for e in record["entities"]}
    by_actor = {names[c["actor"]]: c for c in cands}
    assert by_actor["สมศักดิ์ มั่นคง"]["rules"] == ["CHAIRED"]
    assert "rule=CHAIRED" in by_actor["สมศักดิ์ มั่นคง"]["features"]
    assert by_actor["สำนักงานศึกษาธิการจังหวัดตาก"]["rules"] == ["ORGANIZED"]
    assert any(f.endswith("cueR=chair_signing") or f.endswith("cueR=chair") for f in by_actor["สมศักดิ์ มั่นคง"]["features"])


def test_labels_come_from_gold_matched_like_the_scorer_and_count_what_no_pair_can_carry():
    record, analysis, events = _extracted()
    gold = {"entities": [{"id": "p", "type": "Person", "name": "สมศักดิ์ มั่นคง"},
                         {"id": "a", "type": "Agency", "name": "สำนักงานศึกษาธิการจังหวัดตาก"},
                         {"id": "x", "type": "Agency", "name": "มหาวิทยาลัยที่ไม่ได้ถูกพบ"},
                         {"id": "e", "type": "Event", "event_type": "signing", "date": "2025-01-09"}],
            "relations": [{"type": "CHAIRED", "head": "p", "tail": "e"},
                          {"type": "SIGNED", "head": "a", "tail": "e"},
                          {"type": "SIGNED", "head": "x", "tail": "e"}]}
    cands, unreachable = label(candidates(record, analysis, events), record, gold, _Scorer())
    names = {e["id"]: e.get("name") for e in record["entities"]}
    assert {names[c["actor"]]: c["gold"] for c in cands} == {
        "สมศักดิ์ มั่นคง": ["CHAIRED"], "สำนักงานศึกษาธิการจังหวัดตาก": ["SIGNED"], "จังหวัดตาก": []}
    assert unreachable == 1


def test_the_model_learns_a_separable_role_and_the_combination_only_adds_where_the_rules_say_nothing():
    train = [{"features": ["bias", "R:ประธาน"], "gold": ["CHAIRED"], "rules": []},
             {"features": ["bias", "R:ลงนาม"], "gold": ["SIGNED"], "rules": []}] * 20
    model = OneVsRest(seed=1).fit(train)
    chair = {"features": ["bias", "R:ประธาน"], "rules": [], "actor": "p", "event": "e"}
    assert model.proba(chair)["CHAIRED"] > 0.8 > model.proba(chair)["SIGNED"]
    ruled = dict(chair, rules=["SIGNED"])
    assert decide(ruled, model.proba(ruled), "rules+learned", 0.5) == {"SIGNED"}
    assert decide(chair, model.proba(chair), "rules+learned", 0.5) == {"CHAIRED"}
    assert decide(ruled, model.proba(ruled), "learned", 0.5) == {"CHAIRED"}
    record = {"entities": [], "relations": [{"type": "SIGNED", "head": "p", "tail": "e"},
                                            {"type": "HOLDS_POSITION", "head": "p", "tail": "a"}]}
    out = apply(record, [ruled], [model.proba(ruled)], "learned", 0.5)
    assert sorted((r["type"], r["head"], r["tail"]) for r in out["relations"]) == [
        ("CHAIRED", "p", "e"), ("HOLDS_POSITION", "p", "a")]
