"""Every missed or spurious HELD_IN, LOCATED_IN and PART_OF on the gold sets, put down to its cause.

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

PART_OF (``--part-of``) is split by kind, Event → Programme (EP) and Agency → Agency (AA), and each wrong
fact by cause: HEAD or TAIL (that end is not found with gold's key: missing or misnamed, so no relation rule
could be right; HEAD when both are) or REL (both ends found: the relation itself is missed, or gold does not have it).

Sets as in ``bench/role_errors.py`` (never a blind set, never the real-world corpus).  role_errors' VALIDATION is the
validation set: its counts are printed, never its items (``--list`` skips it).

    .venv/bin/python bench/place_errors.py [--sets dev,heldout-2,heldout-3] [--part-of] [--list] [--code DIR]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from role_classifier import use_code  # noqa: E402  (bench/ is scripts)
from role_errors import VALIDATION, _scorer_module, gold_ids, measure, report, sets  # noqa: E402

PLACES = ("HELD_IN", "LOCATED_IN")
PART_KINDS = {("Event", "Programme"): "EP", ("Agency", "Agency"): "AA"}


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


def part_of_causes(gold: dict, system: dict, scorer) -> list[tuple[str, str, str, str, str]]:
    """(EP|AA|OTHER, FN|FP, HEAD|TAIL|REL, head, tail) for every PART_OF the system gets wrong.

    >>> gold = {"entities": [{"id": "a1", "type": "Agency", "name": "สำนักพัฒนากฎหมายการศึกษา"},
    ...                      {"id": "a2", "type": "Agency", "name": "สำนักงานเลขาธิการสภาการศึกษา"},
    ...                      {"id": "e1", "type": "Event", "event_type": "forum", "date": "2024-01-02"},
    ...                      {"id": "g1", "type": "Programme", "name": "โครงการครูคืนถิ่น"}],
    ...         "relations": [{"type": "PART_OF", "head": "a1", "tail": "a2"},
    ...                       {"type": "PART_OF", "head": "e1", "tail": "g1"}]}
    >>> system = {"entities": [{"id": "A1", "type": "Agency", "name": "สำนักพัฒนากฎหมายการศึกษา"},
    ...                        {"id": "A2", "type": "Agency", "name": "สำนักงานเลขาธิการสภาการศึกษา"},
    ...                        {"id": "E1", "type": "Event", "event_type": "forum", "date": "2024-01-03"},
    ...                        {"id": "G1", "type": "Programme", "name": "โครงการครูคืนถิ่น"}],
    ...           "relations": [{"type": "PART_OF", "head": "E1", "tail": "G1"}]}
    >>> part_of_causes(gold, system, _scorer_module())
    [('AA', 'FN', 'REL', 'สำนักพัฒนากฎหมายการศึกษา', 'สำนักงานเลขาธิการสภาการศึกษา'), ('EP', 'FN', 'HEAD', 'forum 2024-01-02', 'โครงการครูคืนถิ่น'), ('EP', 'FP', 'HEAD', 'forum 2024-01-03', 'โครงการครูคืนถิ่น')]
    """
    to_gold, hit, names = gold_ids(gold, system, scorer)
    types = {e["id"]: e["type"] for e in gold["entities"]}
    types.update({"sys:" + e["id"]: e["type"] for e in system["entities"]})
    gold_rel = {(r["head"], r["tail"]) for r in gold["relations"] if r["type"] == "PART_OF"}
    sys_rel = {(to_gold[r["head"]], to_gold[r["tail"]]) for r in system["relations"] if r["type"] == "PART_OF"}
    out = []
    for side, wrong, found in (("FN", gold_rel - sys_rel, lambda i: i in hit),
                               ("FP", sys_rel - gold_rel, lambda i: not i.startswith("sys:"))):
        for head, tail in sorted(wrong):
            kind = PART_KINDS.get((types[head], types[tail]), "OTHER")
            cause = "HEAD" if not found(head) else "TAIL" if not found(tail) else "REL"
            out.append((kind, side, cause, names[head], names[tail]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev,third,heldout-2,heldout-3")
    parser.add_argument("--part-of", action="store_true", help="PART_OF by kind and cause instead of the places")
    parser.add_argument("--list", action="store_true", help="print every wrong fact (never a validation set's)")
    parser.add_argument("--code", type=Path, help="measure the extractor of this checkout (git archive COMMIT)")
    args = parser.parse_args(argv)
    if args.code:
        use_code(args.code.resolve())
    out = Path(tempfile.mkdtemp(prefix="place-errors-"))
    scorer = _scorer_module()
    if args.part_of:
        return part_of_table(args.sets.split(","), out, scorer, args.list)
    causes = ("EVENT", "AGENCY", "NO_VENUE", "NO_PROVINCE", "OTHER_PROVINCE", "NOT_IN_GOLD")
    lines = ["| set | relation | P | R | tp/fp/fn | " + " | ".join(causes) + " |",
             "|---|---|---|---|---|" + "---|" * len(causes)]
    listing = []
    for name, (paths, gold) in sets().items():
        if name not in args.sets.split(","):
            continue
        scores, errors = measure(name, paths, gold, out, scorer, place_causes)
        listing += [(name, *e) for e in errors] if name not in VALIDATION else []
        tally = Counter((e[1], e[2], e[3]) for e in errors)
        for kind in PLACES:
            b = scores["relation"]["by_type"].get(kind, {"p": 0, "r": 0, "tp": 0, "fp": 0, "fn": 0})
            cells = " | ".join(f"{tally[(kind, 'FN', c)]}/{tally[(kind, 'FP', c)]}" for c in causes)
            lines.append(f"| {name} | {kind} | {b['p']:.3f} | {b['r']:.3f} | {b['tp']}/{b['fp']}/{b['fn']} | {cells} |")
    print("(each cause cell: missed / spurious)")
    report(lines, listing if args.list else [])
    return 0


def part_of_table(names: list[str], out: Path, scorer, listed: bool) -> int:
    """PART_OF per set: P/R/F1 and each wrong fact's kind and cause (missed | spurious, HEAD/TAIL/REL)."""
    kinds, causes = ("EP", "AA", "OTHER"), ("HEAD", "TAIL", "REL")
    lines = ["| set | P | R | F1 | tp/fp/fn | " + " | ".join(f"{k} missed head/tail/rel" for k in kinds)
             + " | " + " | ".join(f"{k} spurious head/tail/rel" for k in kinds) + " |",
             "|---|---|---|---|---|" + "---|" * 2 * len(kinds)]
    listing = []
    for name, (paths, gold) in sets().items():
        if name not in names:
            continue
        scores, errors = measure(name, paths, gold, out, scorer, part_of_causes)
        listing += [(name, *e) for e in errors] if name not in VALIDATION else []
        tally = Counter((e[1], e[2], e[3]) for e in errors)
        b = scores["relation"]["by_type"].get("PART_OF", {"p": 0, "r": 0, "f1": 0, "tp": 0, "fp": 0, "fn": 0})
        cells = ["/".join(str(tally[(k, side, c)]) for c in causes) for side in ("FN", "FP") for k in kinds]
        lines.append(f"| {name} | {b['p']:.3f} | {b['r']:.3f} | {b['f1']:.3f} | {b['tp']}/{b['fp']}/{b['fn']} | "
                     + " | ".join(cells) + " |")
    report(lines, listing if listed else [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
