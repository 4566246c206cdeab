"""Programme and Agency names the extractor writes on 200 real-world records no sample or gold set holds.

A check of name rules in the wild before judging: dump the names with one version of the code, dump
them again with another, and read the difference (``--diff A.json B.json``).  100 records of
``thaigov-education.jsonl`` (seed 13141) and 100 of ``thaigov-sample.jsonl`` (seed 13142), drawn from
records that are in no judged sample or held-out set, nor any set being annotated blind
(``tools/evaluation_ids.py``, ``EDUGRAPH_BLIND_IDS``; checked on every record extracted).

    .venv/bin/python bench/wild_names.py OUT.json
    .venv/bin/python bench/wild_names.py --diff BEFORE.json AFTER.json

``--relations`` dumps the relations to a Programme (ORGANIZED, SUPPORTED, PILOT_OF, PART_OF) with their
evidence instead of the names; ``--count N --seed S`` draws N records of each file with seeds S, S+1.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT.parent / "shared" / "corpus" / "realworld"
DRAWS = (("thaigov-education.jsonl", 100, 13141), ("thaigov-sample.jsonl", 100, 13142))


def _excluded() -> set[str]:
    """The judged samples' and the held-out sets' records, and any set being annotated blind (EDUGRAPH_BLIND_IDS)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from evaluation_ids import blind_ids, set_ids

    ids = blind_ids()
    for name in ("realworld-sample", "realworld-sample-2", "realworld-sample-3",
                 "heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6", "heldout-7", "heldout-8",
                 "heldout-9", "heldout-10", "heldout-11", "heldout-12"):
        ids |= set_ids(name)
    return ids


PROGRAMME_RELATIONS = ("ORGANIZED", "SUPPORTED", "PILOT_OF", "PART_OF")


def _programme_relations(record: dict) -> list[str]:
    keys = {e["id"]: (e["type"], e.get("name") or f'{e.get("event_type")}|{e.get("date")}') for e in record["entities"]}
    return sorted(f'R {r["type"]} {keys[r["head"]][0]}|{keys[r["head"]][1]} -> {keys[r["tail"]][1]}'
                  f'\t{r.get("evidence", "")}' for r in record["relations"]
                  if r["type"] in PROGRAMME_RELATIONS and keys[r["tail"]][0] == "Programme")


def dump(out: Path, *, relations: bool = False, count: int | None = None, seed: int | None = None) -> int:
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import SourceDocument, iter_sources

    excluded = _excluded()
    names = {}
    draws = DRAWS if count is None else tuple((c, count, seed + i) for i, (c, _, _) in enumerate(DRAWS))
    for corpus, count, seed in draws:
        path = REALWORLD / corpus
        ids = [json.loads(line).get("id") for line in path.open(encoding="utf-8")]
        pool = sorted(i for i in ids if i and i not in excluded)
        picked = set(random.Random(seed).sample(pool, count))
        for item in iter_sources([path]):
            record_id = item.source_id.rsplit("#", 1)[-1] if isinstance(item, SourceDocument) else None
            if record_id in picked:
                assert record_id not in excluded, record_id
                record = extract_document(item)
                names[record_id] = _programme_relations(record) if relations else sorted(
                    f'{e["type"]}|{e["name"]}' for e in record["entities"] if e["type"] in ("Programme", "Agency"))
    out.write_text(json.dumps(names, ensure_ascii=False, indent=0), encoding="utf-8")
    return len(names)


def diff(before: Path, after: Path) -> list[str]:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    lines = []
    for record in sorted(b):
        old, new = set(a.get(record, [])), set(b[record])
        lines += [f"{record} + {n}" for n in sorted(new - old)] + [f"{record} - {n}" for n in sorted(old - new)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--relations", action="store_true", help="relations to a Programme, with evidence")
    parser.add_argument("--count", type=int, help="records drawn from each file (default 100)")
    parser.add_argument("--seed", type=int, default=13141)
    args = parser.parse_args(argv)
    if args.diff:
        print("\n".join(diff(*args.diff)))
    elif args.out:
        print(dump(args.out, relations=args.relations, count=args.count, seed=args.seed), "records")
    else:
        parser.error("give OUT.json or --diff BEFORE AFTER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
