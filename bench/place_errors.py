"""Every missed or spurious HELD_IN and LOCATED_IN on the gold sets, put down to its cause.

The extraction is written as ``edugraph extract`` writes it and matched to gold the way
``../shared/tools/score.py`` matches entities (``bench/role_errors.py`` does the same for roles).
Each wrong place fact gets one cause:

- EVENT (HELD_IN) / AGENCY (LOCATED_IN): the event or agency was not found with gold's key, so no place
  decision could be right (events are not this tool's business; i13n works on them);
- NO_VENUE: the event was found but the extractor read no venue for it (a missed venue cue: ที่, บริเวณ,
  a venue named in the headline, a dateline);
- NO_PROVINCE: the event has a venue, or the agency was found, but no province was inferred (a district or a
  place whose province the text does not write, a venue whose own name carries the province);
- OTHER_PROVINCE: the right end was found with another province;
- NOT_IN_GOLD (false positives): gold places the found event or agency nowhere: the contract says otherwise
  (a bare hotel, a regional body, a chair's office) or the event is not gold's.

Sets as in ``bench/role_errors.py`` (never a blind set, never the real-world corpus).

    .venv/bin/python bench/place_errors.py [--sets dev,heldout-2,heldout-3] [--list] [--code DIR]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from role_classifier import use_code  # noqa: E402  (bench/ is scripts)
from role_errors import _scorer_module, measure, report, sets  # noqa: E402

PLACES = ("HELD_IN", "LOCATED_IN")


def place_causes(gold: dict, system: dict, scorer) -> list[tuple[str, str, str, str, str, str]]:
    """(relation, FN|FP, cause, head, tail, venue) for every place fact the system gets wrong.

    >>> gold = {"entities": [{"id": "e1", "type": "Event", "event_type": "forum", "date": "2024-01-02"},
    ...                      {"id": "p1", "type": "Province", "name": "น่าน"}],
    ...         "relations": [{"type": "HELD_IN", "head": "e1", "tail": "p1"}]}
    >>> system = {"entities": [{"id": "E1", "type": "Event", "event_type": "forum", "date": "2024-01-02",
    ...                         "venue": "โรงแรมน่านปริ๊นเซส"}], "relations": []}
    >>> place_causes(gold, system, _scorer_module())
    [('HELD_IN', 'FN', 'NO_PROVINCE', 'forum 2024-01-02', 'น่าน', 'โรงแรมน่านปริ๊นเซส')]
    """
    key_to_gold = {key: e["id"] for e in gold["entities"] for key in scorer.entity_keys(e)}
    to_gold, from_gold = {}, {}
    for entity in system["entities"]:
        match = next((key_to_gold[k] for k in sorted(scorer.entity_keys(entity)) if k in key_to_gold), None)
        to_gold[entity["id"]] = match or "sys:" + entity["id"]
        if match:
            from_gold.setdefault(match, entity)
    names = {e["id"]: e.get("name") or f"{e.get('event_type')} {e.get('date')}" for e in gold["entities"]}
    names.update({"sys:" + e["id"]: e.get("name") or f"{e.get('event_type')} {e.get('date')}"
                  for e in system["entities"]})
    gold_rel = {(r["type"], r["head"], r["tail"]) for r in gold["relations"] if r["type"] in PLACES}
    sys_rel = {(r["type"], to_gold[r["head"]], to_gold[r["tail"]]) for r in system["relations"] if r["type"] in PLACES}
    sys_heads = {(kind, head) for kind, head, _ in sys_rel}
    gold_heads = {(kind, head) for kind, head, _ in gold_rel}
    out = []
    for kind, head, tail in sorted(gold_rel - sys_rel):
        found = from_gold.get(head)
        venue = (found or {}).get("venue") or ""
        if found is None:
            cause = "EVENT" if kind == "HELD_IN" else "AGENCY"
        elif (kind, head) in sys_heads:
            cause = "OTHER_PROVINCE"
        elif kind == "HELD_IN" and not venue:
            cause = "NO_VENUE"
        else:
            cause = "NO_PROVINCE"
        out.append((kind, "FN", cause, names[head], names[tail], venue))
    venues = {to_gold[e["id"]]: e.get("venue") or "" for e in system["entities"]}
    for kind, head, tail in sorted(sys_rel - gold_rel):
        if head.startswith("sys:"):
            cause = "EVENT" if kind == "HELD_IN" else "AGENCY"
        elif (kind, head) in gold_heads:
            cause = "OTHER_PROVINCE"
        else:
            cause = "NOT_IN_GOLD"
        out.append((kind, "FP", cause, names[head], names[tail], venues.get(head, "")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev,third,heldout-2,heldout-3")
    parser.add_argument("--list", action="store_true", help="print every wrong place fact")
    parser.add_argument("--code", type=Path, help="measure the extractor of this checkout (git archive COMMIT)")
    args = parser.parse_args(argv)
    if args.code:
        use_code(args.code.resolve())
    out = Path(tempfile.mkdtemp(prefix="place-errors-"))
    scorer = _scorer_module()
    causes = ("EVENT", "AGENCY", "NO_VENUE", "NO_PROVINCE", "OTHER_PROVINCE", "NOT_IN_GOLD")
    lines = ["| set | relation | P | R | tp/fp/fn | " + " | ".join(causes) + " |",
             "|---|---|---|---|---|" + "---|" * len(causes)]
    listing = []
    for name, (paths, gold) in sets().items():
        if name not in args.sets.split(","):
            continue
        scores, errors = measure(name, paths, gold, out, scorer, place_causes)
        listing += [(name, *e) for e in errors]
        tally = Counter((e[1], e[2], e[3]) for e in errors)
        for kind in PLACES:
            b = scores["relation"]["by_type"].get(kind, {"p": 0, "r": 0, "tp": 0, "fp": 0, "fn": 0})
            cells = " | ".join(f"{tally[(kind, 'FN', c)]}/{tally[(kind, 'FP', c)]}" for c in causes)
            lines.append(f"| {name} | {kind} | {b['p']:.3f} | {b['r']:.3f} | {b['tp']}/{b['fp']}/{b['fn']} | {cells} |")
    print("(each cause cell: missed / spurious)")
    report(lines, listing if args.list else [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
