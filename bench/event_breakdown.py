"""Where event recall is lost: every gold event of the development sets, put down to one cause.

The scorer keys an event by its type and date, so a gold event is missed when the extractor
made no event of that key.  For each miss this script says why, in this order:

- WRONG_DATE: the extractor made an event of the gold type that matches no gold event
  (found, but dated wrong — or a duplicate of a found one on another day);
- WRONG_TYPE: it made an unmatched event on the gold day, of another type;
- DROPPED: no such event, but a cue of the gold type in the body, dated by the date rules
  (``event_dates.date_event``) as the cue's own event would be, gives the gold key: a rule
  (reference, told, within, plan, background ...) dropped it;
- CUE_OTHER_DATE: a cue of the gold type stands in the body, but no date reading of it gives
  the gold day;
- HEADLINE_ONLY: a cue of the gold type stands only in the headline;
- NO_CUE: no cue of the gold type anywhere (the event is worded in a way the cue list lacks).

Spurious events (matching no gold key) are split the same way: WRONG_DATE (gold has the type),
WRONG_TYPE (gold has the day), SPURIOUS.

    .venv/bin/python bench/event_breakdown.py [--sets seeds,...,heldout-4] [--list]

With ``--scores`` each row adds the shared scorer's event, entity and relation F1 (``PYTHONHASHSEED=0``).  A
before/after table: save the counts of one extractor (``--save FILE``; ``--code DIR`` measures another checkout,
a ``git archive`` of main, say), then print this one's against them (``--before FILE``: each cell ``before→after``).
An older checkout that still carries the learned date chooser is measured with it off (the rules' days, what ships):

    .venv/bin/python bench/event_breakdown.py --scores --code /tmp/main --save /tmp/before.json
    .venv/bin/python bench/event_breakdown.py --scores --before /tmp/before.json

Never reads the real-world corpus nor any blind set outside the repository.
"""
from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
from role_classifier import _extract_with_analysis, use_code  # noqa: E402  (bench/ is scripts)

SCORER = SHARED / "tools" / "score.py"
CAUSES = ("WRONG_DATE", "WRONG_TYPE", "DROPPED", "CUE_OTHER_DATE", "HEADLINE_ONLY", "NO_CUE")
SPURIOUS = ("WRONG_DATE", "WRONG_TYPE", "SPURIOUS")

SETS = ("seeds", "examples", "unseen", "dev", "third", "heldout-2", "heldout-3", "heldout-4", "heldout-5",
        "heldout-6", "heldout-7", "heldout-8", "heldout-9", "heldout-10", "heldout-11",
        "heldout-12")


@functools.cache
def _role_errors():
    spec = importlib.util.spec_from_file_location("role_errors", ROOT / "bench" / "role_errors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(names) -> list[tuple[str, Path, Path]]:
    """(set, release, gold) of every document of the named sets (role_errors' sets)."""
    out = []
    for name, (paths, gold) in _role_errors().sets().items():
        if name in names:
            out += [(name, p, gold / (p.stem + ".json")) for p in paths if (gold / (p.stem + ".json")).is_file()]
    return out


def extract_path(path: Path):
    """The record of one release as ``edugraph extract`` writes it, and (analysis, events) behind it."""
    record, analysis, events = _extract_with_analysis(path)
    return record, (analysis, events)


def cue_readings(analysis, events) -> list[tuple[str, str | None, bool]]:
    """(type, date, in the headline) of every event cue of the text, read as the start of its own event:
    the type of its title's cues and the day the date rules give it, among the events found before it."""
    from edugraph.loaders.event_dates import date_event
    from edugraph.loaders.event_titles import Event, end_of_title, event_type_between

    text, gaz = analysis.text, analysis.gaz
    out = []
    for match in gaz.event_cue_rx.finditer(text):
        if analysis.not_an_event(match.start()):
            continue
        kind = gaz.event_type_of_cue[match.group()]
        headline = match.start() < analysis.body_start
        if headline:
            out.append((kind, None, True))
            continue
        title_end = end_of_title(analysis, match.start())
        titled = event_type_between(analysis, match.start(), title_end, kind)
        event = Event(titled, match.start(), (match.start(), title_end), intro=match.start())
        before = [e for e in events if e.intro < match.start()]
        date_event(analysis, event, before)
        for t in {kind, titled}:
            out.append((t, event.date, False))
    return out


def breakdown(gold: dict, record: dict, readings) -> tuple[list, list]:
    """(cause, type, date) of every missed gold event, and of every spurious system event."""
    gold_events = [(e.get("event_type"), e.get("date")) for e in gold["entities"] if e["type"] == "Event"]
    system = [(e.get("event_type"), e.get("date")) for e in record["entities"] if e["type"] == "Event"]
    gold_keys = set(gold_events)
    unmatched = [s for s in system if s not in gold_keys]
    missed, pool = [], list(unmatched)
    for kind, date in gold_events:
        if (kind, date) in system:
            continue
        same_type = next((s for s in pool if s[0] == kind), None)
        same_day = next((s for s in pool if s[1] == date), None)
        if same_type is not None:
            pool.remove(same_type)
            cause = "WRONG_DATE"
        elif same_day is not None:
            pool.remove(same_day)
            cause = "WRONG_TYPE"
        elif (kind, date, False) in readings:
            cause = "DROPPED"
        elif any(r[0] == kind and not r[2] for r in readings):
            cause = "CUE_OTHER_DATE"
        elif any(r[0] == kind for r in readings):
            cause = "HEADLINE_ONLY"
        else:
            cause = "NO_CUE"
        missed.append((cause, kind, date))
    spurious = []
    for kind, date in unmatched:
        cause = ("WRONG_DATE" if any(g[0] == kind for g in gold_events)
                 else "WRONG_TYPE" if any(g[1] == date for g in gold_events) else "SPURIOUS")
        spurious.append((cause, kind, date))
    return missed, spurious


def score_set(pairs: list[tuple[dict, dict]]) -> dict:
    """The shared scorer's result for (gold, record) pairs, as ``score.py --json`` prints it."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir, out_dir = Path(tmp, "gold"), Path(tmp, "out")
        gold_dir.mkdir(), out_dir.mkdir()
        for i, (gold, record) in enumerate(pairs):
            (gold_dir / f"{i:03}.json").write_text(json.dumps(dict(gold, doc=f"{i:03}"), ensure_ascii=False), "utf-8")
            (out_dir / f"{i:03}.json").write_text(json.dumps(dict(record, doc=f"{i:03}"), ensure_ascii=False), "utf-8")
        result = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(out_dir), "--json"],
                                capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout[:result.stdout.rindex("}") + 1])     # (a summary line follows)


def measure(names: list[str], scores: bool) -> tuple[dict, list]:
    """Per set (and "all"): gold, found, each cause's misses, the spurious by cause and, with ``scores``, the
    scorer's event/entity/relation F1; and the listing of every miss and spurious event."""
    rows, listing, pairs = {}, [], {}
    for name, path, gold_path in documents(names):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        with _role_errors().quiet_if_validation(name):
            record, (analysis, events) = extract_path(path)
        missed, spurious = breakdown(gold, record, cue_readings(analysis, events))
        row = rows.setdefault(name, Counter())
        row["gold"] += sum(e["type"] == "Event" for e in gold["entities"])
        row["found"] += sum(e["type"] == "Event" for e in gold["entities"]) - len(missed)
        for cause, kind, date in missed:
            row[cause] += 1
            listing.append(("FN", name, path.stem, cause, kind, str(date)))
        for cause, kind, date in spurious:
            row["fp " + cause] += 1
            listing.append(("FP", name, path.stem, cause, kind, str(date)))
        pairs.setdefault(name, []).append((gold, record))
    rows["all"] = sum((rows[n] for n in names if n in rows), Counter())
    if scores:
        for name in [n for n in names if n in pairs] + ["all"]:
            result = score_set(pairs[name] if name != "all" else [p for n in names for p in pairs.get(n, [])])
            rows[name]["event F1"] = result["entity"]["by_type"].get("Event", {}).get("f1", 0.0)
            rows[name]["entity F1"] = result["entity"]["f1"]
            rows[name]["relation F1"] = result["relation"]["f1"]
    return {name: dict(row) for name, row in rows.items()}, listing


def table(rows: dict, before: dict | None, scores: bool) -> list[str]:
    """The markdown table of ``rows``, each cell ``before→after`` where ``before`` has the set."""
    columns = ["gold", "found"] + list(CAUSES)
    header = "| set | gold | found | " + " | ".join(c.lower() for c in CAUSES) \
        + " | spurious: wrong date / wrong type / other |"
    if scores:
        columns += ["event F1", "entity F1", "relation F1"]
        header += " event F1 | entity F1 | relation F1 |"
    lines = [header, "|---" * (header.count("|") - 1) + "|"]

    def cell(name, column):
        now = rows[name].get(column, 0)
        text = f"{now:.3f}" if isinstance(now, float) else str(now)
        if before is None or name not in before:
            return text
        was = before[name].get(column, 0)
        return f"{was:.3f}→{text}" if isinstance(now, float) else (text if was == now else f"{was}→{text}")

    for name in rows:
        cells = [cell(name, c) for c in columns[:2 + len(CAUSES)]]
        cells.append("/".join(cell(name, "fp " + c) for c in SPURIOUS))
        cells += [cell(name, c) for c in columns[2 + len(CAUSES):]]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def rules_days_only() -> None:
    """Switch off the learned date chooser of an older checkout (``--code``) that still has one: the rules' days
    are what ships (main dates events by the rules alone)."""
    try:
        from edugraph.loaders.date_model import use_date_model
    except ImportError:
        return
    use_date_model(False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--list", action="store_true", help="print every missed and spurious event")
    parser.add_argument("--scores", action="store_true", help="add the shared scorer's event/entity/relation F1")
    parser.add_argument("--code", type=Path, help="measure the extractor of this checkout (git archive COMMIT)")
    parser.add_argument("--save", type=Path, help="write the per-set counts as JSON (a --before for later)")
    parser.add_argument("--before", type=Path, help="counts saved by --save: print each cell as before→after")
    args = parser.parse_args(argv)
    if args.code:
        use_code(args.code.resolve())
    rules_days_only()
    names = args.sets.split(",")
    validation = set(names) & set(_role_errors().VALIDATION)
    if args.list and validation:
        raise SystemExit(f"{', '.join(sorted(validation))}: the validation set, its summary rows only, no --list")
    rows, listing = measure(names, args.scores)
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    print("\n".join(table(rows, before, args.scores)))
    if args.save:
        args.save.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.list:
        for row in listing:
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
