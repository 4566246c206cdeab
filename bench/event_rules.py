"""What each rule that drops or folds an event cue is worth: every rule switched off in turn, over the gold sets.

``loaders/events.py`` reads an event cue as a new event unless a rule says otherwise: the cue only refers
to an event already met (``referent``), a speaker tells of it (``told``), it stands inside an event
(``within``), a trip's purpose names an earlier event (``purpose``), a blocker makes it a plan (``blocked``),
nothing introduces it (``introduced``), it is a later activity with no day, place or link (``background``),
or a witness names no signing (``witness``); and the exceptions: a background signing that names its agreement
and a party (``agreement``), a speaker's signing that names its agreement (``agreement told``), a named sitting
with no day told (``sitting``: a summit, ครั้งที่ N).  For each rule
this script extracts every release with that rule switched off (the cue then starts its own event) and
scores it with the shared scorer: the events it gains (gold keys found) against the events it adds that
match no gold key.  A rule that, switched off, finds more right events than it adds wrong ones drops more
real events than false ones.

    .venv/bin/python bench/event_rules.py [--sets seeds,examples,...] [--rules told,within,...]
    .venv/bin/python bench/event_rules.py --words event_blockers,speech_verbs    # each word of a cue list left out in turn

Only the gold sets in the repository and ``../shared`` are read (role_errors' sets); role_errors' VALIDATION is the
validation set: give it in ``--sets`` only for its summary row.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IN_SAMPLE = ("seeds", "examples", "unseen", "dev", "third", "heldout-2", "heldout-3", "heldout-4", "heldout-5")


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _switches() -> dict:
    """Each rule's name → a context in which it never fires."""
    import edugraph.loaders.events as events

    def off(**replacements):
        @contextlib.contextmanager
        def context():
            saved = {name: getattr(events, name) for name in replacements}
            for name, value in replacements.items():
                setattr(events, name, value)
            try:
                yield
            finally:
                for name, value in saved.items():
                    setattr(events, name, value)
        return context

    rules = {
        "referent": off(_referent=lambda *a, **k: None),
        "told": off(told_by_a_speaker=lambda *a, **k: False),
        "within": off(within_an_event=lambda *a, **k: False),
        "purpose": off(purpose_named_before=lambda *a, **k: None),
        "witness": off(_names_signing=lambda *a, **k: True),
        "blocked": off(_blocked=lambda *a, **k: False),
        "introduced": off(_introduced=lambda *a, **k: True),
        "background": off(_background=lambda *a, **k: False),
        "agreement": off(_reported_agreement=lambda *a, **k: False),
        "agreement told": off(_names_agreement=lambda *a, **k: False),
        "sitting": off(_untold_sitting=lambda *a, **k: False),
    }
    return rules


def _without_word(key: str, word: str):
    """A context in which the cue list ``key`` of ``data/cues.yaml`` lacks ``word``."""
    from edugraph.loaders.gazetteer import load_gazetteer

    @contextlib.contextmanager
    def context():
        gaz = load_gazetteer()
        saved = gaz.words[key]
        gaz.words[key] = [w for w in saved if w != word]
        gaz._compile()
        try:
            yield
        finally:
            gaz.words[key] = saved
            gaz._compile()
    return context


def score(paths_by_set: dict, scorer, keys: dict | None = None) -> dict:
    """set → Counter of (kind, tp|fp|fn) for Event entities and relations by type; ``keys``, when given,
    gets each release's event keys (type, date), each marked whether gold has it."""
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import iter_sources

    out = {}
    for name, items in paths_by_set.items():
        tally = Counter()
        for path, gold_path in items:
            (source,) = list(iter_sources([path]))
            record = extract_document(source)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            record["doc"] = gold["doc"]
            scorer.score_document(gold, record, tally, [])
            if keys is not None:
                golds = {(e.get("event_type"), e.get("date")) for e in gold["entities"] if e["type"] == "Event"}
                keys[path.stem] = {(e.get("event_type"), e.get("date"), (e.get("event_type"), e.get("date")) in golds)
                                   for e in record["entities"] if e["type"] == "Event"}
        out[name] = tally
    return out


def _prf(tally: Counter, level: str, kind: str | None) -> tuple[int, int, int, float]:
    keys = [k for k in tally if k[0] == level and (kind is None or k[1] == kind)]
    tp, fp, fn = (sum(tally[k] for k in keys if k[2] == part) for part in ("tp", "fp", "fn"))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return tp, fp, fn, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(IN_SAMPLE))
    parser.add_argument("--rules", default=None, help="the rules to switch off (default: all)")
    parser.add_argument("--diff", action="store_true", help="list the events each switch adds or loses (in-sample only)")
    parser.add_argument("--words", default=None, help="cue lists whose words to leave out one at a time (no rules then)")
    args = parser.parse_args(argv)
    role_errors = _module("role_errors", ROOT / "bench" / "role_errors.py")
    scorer = role_errors._scorer_module()
    names = args.sets.split(",")
    paths_by_set = {name: [(p, gold / (p.stem + ".json")) for p in paths if (gold / (p.stem + ".json")).is_file()]
                    for name, (paths, gold) in role_errors.sets().items() if name in names}
    switches = _switches()
    chosen = args.rules.split(",") if args.rules else [] if args.words else list(switches)
    if args.words:
        from edugraph.loaders.gazetteer import load_gazetteer
        for key in args.words.split(","):
            for word in list(load_gazetteer().words[key]):
                switches[f"{key}: {word}"] = _without_word(key, word)
                chosen.append(f"{key}: {word}")
    assert not (args.diff and set(names) & set(role_errors.VALIDATION)), "the validation set: summary rows only"
    base_keys: dict = {}
    base = score(paths_by_set, scorer, base_keys)
    print("| rule off | set | Event tp/fp/fn | ΔEvent tp | ΔEvent fp | Event F1 | relation F1 | ORGANIZED F1 | PARTICIPATED F1 |")
    print("|---|---|---|---|---|---|---|---|---|")

    def rows(label: str, result: dict) -> None:
        for name in names + ["all"]:
            tally = sum((result[k] for k in (names if name == "all" else [name])), Counter())
            before = sum((base[k] for k in (names if name == "all" else [name])), Counter())
            tp, fp, fn, f1 = _prf(tally, "entity", "Event")
            btp, bfp, _, _ = _prf(before, "entity", "Event")
            print(f"| {label} | {name} | {tp}/{fp}/{fn} | {tp - btp:+d} | {fp - bfp:+d} | {f1:.3f} | "
                  f"{_prf(tally, 'relation', None)[3]:.3f} | {_prf(tally, 'relation', 'ORGANIZED')[3]:.3f} | "
                  f"{_prf(tally, 'relation', 'PARTICIPATED')[3]:.3f} |")

    rows("(none)", base)
    for rule in chosen:
        keys: dict = {}
        with switches[rule]():
            rows(rule, score(paths_by_set, scorer, keys))
        if args.diff:
            for doc in sorted(keys):
                for sign, found in (("+", keys[doc] - base_keys[doc]), ("-", base_keys[doc] - keys[doc])):
                    for kind, date, right in sorted(found, key=str):
                        print(f"    {rule}\t{doc}\t{sign}{kind} {date}\t{'gold' if right else 'not gold'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
