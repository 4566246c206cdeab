"""Build the labelled identity pairs (pairs.json) from the gold files and synthetic.json.

Run from the repository root: ``python tests/data/identity/make_pairs.py``.

A mention is ``<set>/<document>#<local id>``.  Actors: two mentions of one type
in two documents are the same when their gold canonical names are equal (gold
names are canonical: ANNOTATION.md); the different pairs kept are the hard ones
(names sharing at least half their trigrams).  Events: every pair of events of
two documents on overlapping dates is labelled, the same ones listed in
SAME_EVENTS by reading the releases (the second reports the development set
names, and the examples' two Sisaket reports).  Synthetic records carry their
truth in ``_truth``.
"""
from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

GOLD_SETS = {
    "seeds": SHARED / "gold",
    "dev": SHARED / "dev" / "gold",
    "examples": ROOT / "tests" / "data" / "examples-gold",
    "unseen": ROOT / "tests" / "data" / "unseen-2026-11" / "gold",
}
SAME_EVENTS = [
    ("seeds/000_72ea10b41b14bcce#e3", "dev/h01_sukhothai-mou-siammongkol#e1"),
    ("seeds/003_561da3d395c17064#e2", "dev/h02_khonkaen-mou-kknpeo#e1"),
    ("dev/h18_rayong-sandbox-mou-peo#e2", "dev/h19_rayong-sandbox-mou-obec#e1"),
    ("dev/h18_rayong-sandbox-mou-peo#e1", "dev/h19_rayong-sandbox-mou-obec#e2"),
    ("examples/01_sisaket-sandbox-mou#e1", "examples/02_sisaket-mou-local-news#e1"),
]


def load_records() -> dict[str, dict]:
    """Every labelled document: gold sets plus the synthetic hard cases, by document key."""
    records = {}
    for name, folder in GOLD_SETS.items():
        for path in sorted(folder.glob("*.json")):
            records[f"{name}/{path.stem}"] = json.loads(path.read_text(encoding="utf-8"))
    for document, record in json.loads((HERE / "synthetic.json").read_text(encoding="utf-8")).items():
        records[f"synthetic/{document}"] = record
    return records


def truths(records: dict[str, dict]) -> dict[str, tuple[str, str]]:
    from edugraph.graph.keys import normalize_name

    same_event = {}
    for a, b in SAME_EVENTS:
        same_event[b] = same_event.get(a, a)
    found = {}
    for document, record in records.items():
        for entity in record["entities"]:
            mention = f"{document}#{entity['id']}"
            if "_truth" in entity:
                truth = entity["_truth"] if entity["type"] == "Event" else normalize_name(entity["_truth"])
                found[mention] = (entity["type"], truth)
            elif entity["type"] == "Event":
                found[mention] = ("Event", same_event.get(mention, mention))
            else:
                found[mention] = (entity["type"], normalize_name(entity["name"]))
    return found


def make_pairs() -> list[dict]:
    from edugraph.graph.resolve.similarity import trigram_dice

    records = load_records()
    truth = truths(records)
    info = {}
    for document, record in records.items():
        for entity in record["entities"]:
            info[f"{document}#{entity['id']}"] = entity
    pairs = []
    for a, b in combinations(sorted(truth), 2):
        if a.split("#")[0] == b.split("#")[0] or truth[a][0] != truth[b][0]:
            continue
        same = truth[a] == truth[b]
        ea, eb = info[a], info[b]
        if truth[a][0] == "Event":
            if not (ea.get("date") and eb.get("date")):
                continue
            start_a, end_a = ea["date"], ea.get("end_date") or ea["date"]
            start_b, end_b = eb["date"], eb.get("end_date") or eb["date"]
            hard = start_a <= end_b and start_b <= end_a
        else:
            hard = trigram_dice(ea["name"], eb["name"]) >= 0.5
        if same or hard:
            pairs.append({"left": a, "right": b, "label": truth[a][0], "same": same})
    return pairs


if __name__ == "__main__":
    pairs = make_pairs()
    (HERE / "pairs.json").write_text(json.dumps(pairs, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs: {sum(p['same'] for p in pairs)} same, {sum(not p['same'] for p in pairs)} different")
