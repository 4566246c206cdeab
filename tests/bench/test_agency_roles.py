"""The issue-13 agency-role experiment: its candidates (programmes too), labels and combination do what the
results in bench/role-classifier.md claim."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from agency_roles import FOCUS, apply, candidates, decide, label  # noqa: E402  (bench/ is scripts)
from role_classifier import OneVsRest, keeping_analysis  # noqa: E402

TEXT = ("วันที่ 9 มกราคม 2568 สำนักงานศึกษาธิการจังหวัดตาก ได้จัดพิธีลงนามบันทึกข้อตกลงความร่วมมือ "
        "ภายใต้โครงการพัฒนาคุณภาพการศึกษาจังหวัดตาก โดยมีนายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดตาก เป็นประธานในพิธี")


def _extracted():
    from edugraph.loaders.extract import extract

    with keeping_analysis() as kept:
        record = extract(TEXT, doc="d")
    return record, kept["analysis"], kept["events"]


class _Scorer:
    @staticmethod
    def entity_keys(entity):
        if entity["type"] == "Event":
            return {("Event", entity.get("event_type"), entity.get("date"))}
        return {(entity["type"], entity.get("name"))}


def test_candidates_pair_agencies_only_with_events_and_found_programmes():
    record, analysis, events = _extracted()
    names = {e["id"]: e.get("name") or e.get("event_type") for e in record["entities"]}
    types = {e["id"]: e["type"] for e in record["entities"]}
    cands = candidates(record, analysis, events)
    assert cands and all(types[c["actor"]] == "Agency" for c in cands)
    assert {types[c["event"]] for c in cands} <= {"Event", "Programme"}
    office = [c for c in cands if names[c["actor"]] == "สำนักงานศึกษาธิการจังหวัดตาก" and c["kind"] == "event"]
    assert office and office[0]["rules"] == ["ORGANIZED"] and "rule=ORGANIZED" in office[0]["features"]
    programme = [c for c in cands if c["kind"] == "programme"]
    assert programme and all(types[c["event"]] == "Programme" for c in programme)
    assert any(f.startswith("p:") for f in programme[0]["features"])


def test_labels_keep_only_agency_focus_roles_matched_like_the_scorer():
    record, analysis, events = _extracted()
    gold = {"entities": [{"id": "a", "type": "Agency", "name": "สำนักงานศึกษาธิการจังหวัดตาก"},
                         {"id": "x", "type": "Agency", "name": "มหาวิทยาลัยที่ไม่ได้ถูกพบ"},
                         {"id": "p", "type": "Person", "name": "สมศักดิ์ มั่นคง"},
                         {"id": "e", "type": "Event", "event_type": "signing", "date": "2025-01-09"}],
            "relations": [{"type": "ORGANIZED", "head": "a", "tail": "e"},
                          {"type": "PARTICIPATED", "head": "x", "tail": "e"},
                          {"type": "CHAIRED", "head": "p", "tail": "e"}]}
    cands, unreachable = label(candidates(record, analysis, events), record, gold, _Scorer())
    names = {e["id"]: e.get("name") for e in record["entities"]}
    labelled = {names[c["actor"]]: c["gold"] for c in cands if c["kind"] == "event"}
    assert labelled["สำนักงานศึกษาธิการจังหวัดตาก"] == ["ORGANIZED"]
    assert unreachable == 1


def test_learned_replaces_only_the_focus_roles_and_rules_plus_learned_only_fills_empty_pairs():
    train = [{"features": ["bias", "R:จัด"], "gold": ["ORGANIZED"], "rules": []},
             {"features": ["bias", "R:เข้าร่วม"], "gold": ["PARTICIPATED"], "rules": []}] * 20
    model = OneVsRest(seed=1, roles=FOCUS).fit(train)
    host = {"features": ["bias", "R:จัด"], "rules": [], "actor": "a", "event": "e", "kind": "event"}
    assert model.proba(host)["ORGANIZED"] > 0.8 > model.proba(host)["PARTICIPATED"]
    half = {role: 0.5 for role in FOCUS}
    assert decide(host, model.proba(host), "rules+learned", half) == {"ORGANIZED"}
    signer = dict(host, rules=["SIGNED", "PARTICIPATED"])
    assert decide(signer, model.proba(signer), "rules+learned", half) == {"SIGNED"}
    assert decide(signer, model.proba(signer), "learned", half) == {"SIGNED", "ORGANIZED"}
    runner = dict(host, event="g", kind="programme")
    joiner = {"features": ["bias", "R:เข้าร่วม"], "rules": [], "actor": "a", "event": "g", "kind": "programme"}
    assert decide(joiner, model.proba(joiner), "learned", half) == set()      # a programme is never attended
    record = {"entities": [], "relations": [{"type": "HOLDS_POSITION", "head": "p", "tail": "a"}]}
    out = apply(record, [runner], [model.proba(runner)], "learned", half)
    assert sorted((r["type"], r["head"], r["tail"]) for r in out["relations"]) == [
        ("HOLDS_POSITION", "p", "a"), ("ORGANIZED", "a", "g")]
