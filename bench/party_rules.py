"""Each signing-party rule of ``loaders/parties.py`` judged against the in-sample gold.

A measuring tool, not a benchmark (issue 13: "measure each rule's precision on all in-sample gold before
keeping it").  Every SIGNED fact a rule of ``parties.py`` gives on the in-sample sets (seeds, examples, unseen,
dev with its held-out third, heldout-2, heldout-3; never heldout-4 or a blind set) is matched by name (or alias,
white space aside, as the scorer does) to the gold's SIGNED heads of that release, and counted right or wrong.
Only the rules' own facts are judged: whether another rule finds the same fact is not asked.

    .venv/bin/python bench/party_rules.py [--list]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RULES = {"headline": "_headline_parties", "counted list": "_parties_referred",
         "representative": "_represented_by_signers", "unnamed party": "_parties_unnamed_elsewhere"}


def in_sample_sets() -> dict[str, tuple[Path, Path]]:
    dev = SHARED / "corpus/dev"
    return {"seeds": (SHARED / "corpus/seeds", SHARED / "corpus/gold"),
            "examples": (ROOT / "examples", ROOT / "tests/data/examples-gold"),
            "unseen": (ROOT / "tests/data/unseen-2026-11/releases", ROOT / "tests/data/unseen-2026-11/gold"),
            "dev": (dev / "texts", dev / "gold"),
            "heldout-2": (ROOT / "tests/data/heldout-2/texts", ROOT / "tests/data/heldout-2/gold"),
            "heldout-3": (ROOT / "tests/data/heldout-3/texts", ROOT / "tests/data/heldout-3/gold")}


def _flat(name: str) -> str:
    return "".join(name.split())


def gold_signers(gold: dict) -> set[str]:
    """Every name and alias of the gold's SIGNED heads, white space removed.

    >>> gold_signers({"entities": [{"id": "a", "name": "กรม ก", "aliases": ["กก."]}],
    ...               "relations": [{"type": "SIGNED", "head": "a", "tail": "e"}]}) == {"กรมก", "กก."}
    True
    """
    names = {e["id"]: [e.get("name") or ""] + list(e.get("aliases") or []) for e in gold["entities"]}
    return {_flat(n) for r in gold["relations"] if r["type"] == "SIGNED" for n in names[r["head"]] if n}


def judge(list_all: bool = False) -> list[str]:
    import edugraph.loaders.parties as parties
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import iter_sources

    captured: list[tuple[str, object, object]] = []

    def spy(rule: str, find):
        def wrapped(*args):
            facts = find(*args)
            captured.extend((rule, fact, args[0]) for fact in facts)
            return facts
        return wrapped

    for rule, name in RULES.items():
        setattr(parties, name, spy(rule, getattr(parties, name)))
    tally: Counter = Counter()
    listing = []
    for set_name, (texts, gold_dir) in in_sample_sets().items():
        paths = sorted(p for p in texts.iterdir() if p.suffix in (".txt", ".html"))
        for source in iter_sources(paths):
            captured.clear()
            extract_document(source)
            stem = Path(source.source_id).stem
            signers = gold_signers(json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8")))
            seen = set()
            for rule, fact, reading in captured:
                if (rule, fact.head, fact.tail) in seen:
                    continue
                seen.add((rule, fact.head, fact.tail))
                entity = reading.entity(fact.head)
                right = any(_flat(n) in signers for n in [entity["name"]] + list(entity.get("aliases") or []))
                tally[(rule, right)] += 1
                listing.append(f"{set_name}\t{stem}\t{rule}\t{'right' if right else 'WRONG'}\t{entity['name']}")
    lines = ["| rule | facts | right | wrong | precision |", "|---|---|---|---|---|"]
    for rule in RULES:
        right, wrong = tally[(rule, True)], tally[(rule, False)]
        precision = f"{right / (right + wrong):.2f}" if right + wrong else "—"
        lines.append(f"| {rule} | {right + wrong} | {right} | {wrong} | {precision} |")
    return lines + (listing if list_all else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every judged fact")
    args = parser.parse_args(argv)
    print("\n".join(judge(args.list)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
