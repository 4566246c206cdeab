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

Never reads the real-world corpus nor any blind set outside the repository.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
from role_classifier import _extract_with_analysis  # noqa: E402  (bench/ is scripts)

SETS = ("seeds", "examples", "unseen", "dev", "third", "heldout-2", "heldout-3", "heldout-4", "heldout-5")


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--list", action="store_true", help="print every missed and spurious event")
    args = parser.parse_args(argv)
    names = args.sets.split(",")
    missed_by, spurious_by, totals, listing = Counter(), Counter(), Counter(), []
    for name, path, gold_path in documents(names):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        record, (analysis, events) = extract_path(path)
        readings = cue_readings(analysis, events)
        missed, spurious = breakdown(gold, record, readings)
        gold_n = sum(e["type"] == "Event" for e in gold["entities"])
        system_keys = {(e.get("event_type"), e.get("date")) for e in record["entities"] if e["type"] == "Event"}
        totals[(name, "gold")] += gold_n
        totals[(name, "found")] += gold_n - len(missed)
        totals[(name, "system")] += len(system_keys)
        for cause, kind, date in missed:
            missed_by[(name, cause)] += 1
            listing.append(("FN", name, path.stem, cause, kind, str(date)))
        for cause, kind, date in spurious:
            spurious_by[(name, cause)] += 1
            listing.append(("FP", name, path.stem, cause, kind, str(date)))
    causes = ("WRONG_DATE", "WRONG_TYPE", "DROPPED", "CUE_OTHER_DATE", "HEADLINE_ONLY", "NO_CUE")
    print("| set | gold | found | " + " | ".join(c.lower() for c in causes) + " | spurious: wrong date / wrong type / other |")
    print("|---" * (len(causes) + 4) + "|")
    for name in names + ["all"]:
        keys = names if name == "all" else [name]
        row = [sum(totals[(k, "gold")] for k in keys), sum(totals[(k, "found")] for k in keys)]
        row += [sum(missed_by[(k, c)] for k in keys) for c in causes]
        fp = "/".join(str(sum(spurious_by[(k, c)] for k in keys)) for c in ("WRONG_DATE", "WRONG_TYPE", "SPURIOUS"))
        print(f"| {name} | " + " | ".join(map(str, row)) + f" | {fp} |")
    if args.list:
        for row in listing:
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
