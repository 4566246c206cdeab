"""Per-relation P/R/F1 on every set we may score, with each role error put down to its cause.

For each set the extraction is written as ``edugraph extract`` writes it
(``extract_to_folder``) and scored with ``../shared/tools/score.py`` under
``PYTHONHASHSEED=0`` (its matching follows set order).  Every missed or spurious
role relation (SIGNED, WITNESSED, CHAIRED, SPOKE_AT, ORGANIZED, PARTICIPATED,
SUPPORTED, HOLDS_POSITION) is then matched to gold entities the way the scorer
matches them and given a cause:

- EVENT: the relation's tail (the event, or a position's agency) was not found
  with the gold's key (type and date), so no role decision could be right;
- ACTOR: its head (person or agency) was not found with the gold's name;
- ROLE: both ends were found and the role itself is wrong or missing: the
  role rules' own errors.

Sets: seeds, examples, unseen (``tests/data/unseen-2026-11``), dev (the
development part of ``../shared/corpus/dev``), third (the held-out third,
``tests/data/heldout.txt``: a regression set), heldout-2 to heldout-12
(each scored blind, then development data; ``VALIDATION`` names the one that is summary rows only).  Never reads a blind set outside the
repository or the real-world corpus.

    .venv/bin/python bench/role_errors.py [--sets dev,third] [--out /tmp/role-errors] [--list]
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import logging
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
# The session's validation set: scored for summary rows only, its items never listed by a bench script.
# The one place this is decided; each session moves it to the newest scored blind set (heldout-6 in the ninth
# session; heldout-7, the ninth session's estimate, in the tenth; heldout-8, the tenth's, in the eleventh;
# heldout-9, the eleventh's, in the twelfth; heldout-10, the twelfth's, in the thirteenth; heldout-11, the
# thirteenth's, in the fourteenth; heldout-12, the fourteenth's, from the fifteenth on).
VALIDATION = ("heldout-12",)
ROLES = ("SIGNED", "CHAIRED", "HOLDS_POSITION", "WITNESSED", "SPOKE_AT", "ORGANIZED", "PARTICIPATED", "SUPPORTED")


def sets() -> dict[str, tuple[list[Path], Path]]:
    held = {line.strip() for line in (ROOT / "tests/data/heldout.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    dev = SHARED / "corpus/dev"
    out = {
        "seeds": (sorted((SHARED / "corpus/seeds").glob("*.txt")), SHARED / "corpus/gold"),
        "examples": (sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html")),
                     ROOT / "tests/data/examples-gold"),
        "unseen": (sorted((ROOT / "tests/data/unseen-2026-11/releases").glob("*.txt")),
                   ROOT / "tests/data/unseen-2026-11/gold"),
        "dev": (sorted(p for p in (dev / "texts").glob("*.txt") if p.name not in held), dev / "gold"),
        "third": (sorted(p for p in (dev / "texts").glob("*.txt") if p.name in held), dev / "gold"),
        "heldout-2": (sorted((ROOT / "tests/data/heldout-2/texts").glob("*.txt")), ROOT / "tests/data/heldout-2/gold"),
        "heldout-3": (sorted((ROOT / "tests/data/heldout-3/texts").glob("*.txt")), ROOT / "tests/data/heldout-3/gold"),
        "heldout-4": (sorted((ROOT / "tests/data/heldout-4/texts").glob("*.txt")), ROOT / "tests/data/heldout-4/gold"),
        "heldout-5": (sorted((ROOT / "tests/data/heldout-5/texts").glob("*.txt")), ROOT / "tests/data/heldout-5/gold"),
        "heldout-6": (sorted((ROOT / "tests/data/heldout-6/texts").glob("*.txt")), ROOT / "tests/data/heldout-6/gold"),
        "heldout-7": (sorted((ROOT / "tests/data/heldout-7/texts").glob("*.txt")), ROOT / "tests/data/heldout-7/gold"),
        "heldout-8": (sorted((ROOT / "tests/data/heldout-8/texts").glob("*.txt")), ROOT / "tests/data/heldout-8/gold"),
        "heldout-9": (sorted((ROOT / "tests/data/heldout-9/texts").glob("*.txt")), ROOT / "tests/data/heldout-9/gold"),
        "heldout-10": (sorted((ROOT / "tests/data/heldout-10/texts").glob("*.txt")), ROOT / "tests/data/heldout-10/gold"),
        "heldout-11": (sorted((ROOT / "tests/data/heldout-11/texts").glob("*.txt")), ROOT / "tests/data/heldout-11/gold"),
        "heldout-12": (sorted((ROOT / "tests/data/heldout-12/texts").glob("*.txt")), ROOT / "tests/data/heldout-12/gold"),
    }
    assert len(out["dev"][0]) == 27 and len(out["third"][0]) == 13, "the dev set's split changed"
    return out


@contextlib.contextmanager
def quiet_if_validation(name: str):
    """Extraction of a validation set logs nothing: what it drops names its items (file and name)."""
    loaders_log = logging.getLogger("edugraph.loaders")
    level = loaders_log.level
    if name in VALIDATION:
        loaders_log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        loaders_log.setLevel(level)


def _scorer_module():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_ids(gold: dict, system: dict, scorer) -> tuple[dict, set, dict]:
    """Each system entity's gold id (``sys:<id>`` when it matches none), the gold ids found, and every id's name."""
    key_to_gold = {key: e["id"] for e in gold["entities"] for key in scorer.entity_keys(e)}
    to_gold, hit = {}, set()
    for entity in system["entities"]:
        match = next((key_to_gold[k] for k in sorted(scorer.entity_keys(entity)) if k in key_to_gold), None)
        to_gold[entity["id"]] = match or "sys:" + entity["id"]
        hit |= {match} if match else set()
    names = {e["id"]: e.get("name") or f"{e.get('event_type')} {e.get('date')}" for e in gold["entities"]}
    names.update({"sys:" + e["id"]: e.get("name") or f"{e.get('event_type')} {e.get('date')}"
                  for e in system["entities"]})
    return to_gold, hit, names


def causes(gold: dict, system: dict, scorer) -> list[tuple[str, str, str, str, str]]:
    """(relation, FN|FP, EVENT|ACTOR|ROLE, head, tail) for every role relation the system gets wrong.

    >>> gold = {"entities": [{"id": "p1", "type": "Person", "name": "ก ข"},
    ...                      {"id": "e1", "type": "Event", "event_type": "signing", "date": "2024-01-02"}],
    ...         "relations": [{"type": "SIGNED", "head": "p1", "tail": "e1"}]}
    >>> system = {"entities": [{"id": "P1", "type": "Person", "name": "ก ข"},
    ...                        {"id": "E1", "type": "Event", "event_type": "signing", "date": "2024-01-02"}],
    ...           "relations": [{"type": "CHAIRED", "head": "P1", "tail": "E1"}]}
    >>> causes(gold, system, _scorer_module())
    [('SIGNED', 'FN', 'ROLE', 'ก ข', 'signing 2024-01-02'), ('CHAIRED', 'FP', 'ROLE', 'ก ข', 'signing 2024-01-02')]
    """
    to_gold, hit, names = gold_ids(gold, system, scorer)
    gold_rel = {(r["type"], r["head"], r["tail"]) for r in gold["relations"] if r["type"] in ROLES}
    sys_rel = {(r["type"], to_gold[r["head"]], to_gold[r["tail"]]) for r in system["relations"] if r["type"] in ROLES}
    out = []
    for kind, head, tail in sorted(gold_rel - sys_rel):
        cause = "EVENT" if tail not in hit else "ACTOR" if head not in hit else "ROLE"
        out.append((kind, "FN", cause, names[head], names[tail]))
    for kind, head, tail in sorted(sys_rel - gold_rel):
        cause = "EVENT" if tail.startswith("sys:") else "ACTOR" if head.startswith("sys:") else "ROLE"
        out.append((kind, "FP", cause, names[head], names[tail]))
    return out


def measure(name: str, paths: list[Path], gold: Path, out: Path, scorer, classify=None) -> tuple[dict, list]:
    """Scores of one set and its errors, as ``classify(gold, system, scorer)`` (default :func:`causes`) lists them."""
    from edugraph.loaders import extract_to_folder

    system_dir, gold_dir = out / name, out / (name + "-gold")
    for folder in (system_dir, gold_dir):
        shutil.rmtree(folder, ignore_errors=True)
    gold_dir.mkdir(parents=True)
    with quiet_if_validation(name):
        _, quarantined = extract_to_folder(paths, system_dir)
    assert not quarantined, quarantined
    for path in paths:
        shutil.copy(gold / (path.stem + ".json"), gold_dir)
    result = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(system_dir), "--json"],
                            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    scores = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    golds, systems = scorer.load(gold_dir), scorer.load(system_dir)
    errors = [(doc, *e) for doc, g in sorted(golds.items())
              for e in (classify or causes)(g, systems.get(doc, {"entities": [], "relations": []}), scorer)]
    return scores, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="seeds,examples,unseen,dev,third,heldout-2,heldout-3,heldout-4")
    parser.add_argument("--out", type=Path, default=None, help="keep outputs and error lists here")
    parser.add_argument("--list", action="store_true", help="print every role error")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="role-errors-"))
    scorer = _scorer_module()
    lines = ["| set | entity F1 | relation F1 | Event F1 | relation | P | R | F1 | tp/fp/fn | FN event/actor/role | FP event/actor/role |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    listing = []
    for name, (paths, gold) in sets().items():
        if name not in args.sets.split(","):
            continue
        scores, errors = measure(name, paths, gold, out, scorer)
        listing += [(name, *e) for e in errors]
        tally = Counter((e[1], e[2], e[3]) for e in errors)
        first = True
        for kind in ROLES:
            b = scores["relation"]["by_type"].get(kind)
            if not b:
                continue
            head = (f"| {name} | {scores['entity']['f1']:.3f} | {scores['relation']['f1']:.3f} | "
                    f"{scores['entity']['by_type'].get('Event', {}).get('f1', 0):.3f} " if first else "| | | | ")
            first = False
            fn = "/".join(str(tally[(kind, "FN", c)]) for c in ("EVENT", "ACTOR", "ROLE"))
            fp = "/".join(str(tally[(kind, "FP", c)]) for c in ("EVENT", "ACTOR", "ROLE"))
            lines.append(f"{head}| {kind} | {b['p']:.3f} | {b['r']:.3f} | {b['f1']:.3f} | "
                         f"{b['tp']}/{b['fp']}/{b['fn']} | {fn} | {fp} |")
    report(lines, listing if args.list else [])
    return 0


def report(lines: list[str], listing: list[tuple]) -> None:
    """The table, then every listed error on its own tab-separated line."""
    print("\n".join(lines))
    for row in listing:
        print("\t".join(row))


if __name__ == "__main__":
    sys.exit(main())
