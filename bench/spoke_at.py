"""SPOKE_AT recall and precision per speech cue on real, unannotated releases (issue 13).

In-sample gold no longer shows what SPOKE_AT misses (heldout-5: 0 of 10), so this measures it on a seeded
random draw of speech-cue occurrences from ``thaigov-education.jsonl`` that no evaluation set or blind set
holds (``tools/evaluation_ids.py``; run with ``EDUGRAPH_BLIND_IDS=/work/notes/blind6-exclude.txt``, asserted).
Each drawn occurrence was judged by hand against the contract (ANNOTATION.md: SPOKE_AT is giving the report,
the welcome, a lecture, an opening or policy address; a quotation alone is not): ``speaker`` is the named
person who speaks at an event the release reports, or null where the contract asks for no SPOKE_AT (no named
speaker, a speech only planned, someone who listens).  The table counts, per cue, whether the extractor gave
that person SPOKE_AT anywhere in the release (found), and any SPOKE_AT it gave to another person named in the cue's sentence (wrong).

    EDUGRAPH_BLIND_IDS=/work/notes/blind6-exclude.txt .venv/bin/python bench/spoke_at.py [--sample NAME] [--list]
    EDUGRAPH_BLIND_IDS=... .venv/bin/python bench/spoke_at.py --draw SEED --size N   # a new unjudged draw
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"
SAMPLES = ROOT / "bench" / "data" / "spoke_at"
# the speech cues of the contract's kinds, named for the table (the first that matches names an occurrence)
CUES = {
    "กล่าวรายงาน": r"กล่าวรายงาน",
    "กล่าวต้อนรับ": r"กล่าว(?:แสดง(?:ความ|การ)?)?ต้อนรับ",
    "กล่าวเปิด": r"กล่าวเปิด",
    "กล่าวปิด": r"กล่าวปิด",
    "กล่าวแสดงความยินดี": r"กล่าวแสดงความยินดี",
    "กล่าวให้โอวาท": r"(?:กล่าว)?ให้โอวาท",
    "ปาฐกถา": r"ปาฐกถา",
    "บรรยาย": r"บรรยาย",
    "มอบนโยบาย": r"มอบนโยบาย",
    "เป็นวิทยากร": r"วิทยากร",
}
_ANY_CUE = re.compile("|".join(f"(?:{p})" for p in CUES.values()))
_REACH = 220                   # characters either side of a cue that make up its sentence


def cue_name(text: str) -> str:
    """The table row of a cue occurrence.

    >>> cue_name("กล่าวแสดงการต้อนรับ")
    'กล่าวต้อนรับ'
    """
    return next(name for name, pattern in CUES.items() if re.match(pattern, text))


def _excluded() -> set[str]:
    from tools.evaluation_ids import all_evaluation_ids, blind_ids
    blind = blind_ids()
    assert blind, "set EDUGRAPH_BLIND_IDS=/work/notes/blind6-exclude.txt: the blind set must be skipped"
    excluded = all_evaluation_ids()
    assert blind <= excluded
    return excluded


def _records(wanted: set[str] | None = None):
    excluded = _excluded()
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in excluded or (wanted is not None and record["id"] not in wanted):
                continue
            yield record


def draw(seed: int, size: int, taken: set[str]) -> list[dict]:
    """``size`` cue occurrences drawn at random, one per record, from records not in ``taken``."""
    occurrences = []
    for record in _records():
        spots = [(record["id"], m.start(), cue_name(m.group())) for m in _ANY_CUE.finditer(record["body"])]
        if spots and record["id"] not in taken:
            occurrences.append(spots)
    rng = random.Random(seed)
    chosen = rng.sample(occurrences, size)
    return [dict(zip(("id", "at", "cue"), rng.choice(spots)), speaker="?") for spots in chosen]


def _flat(name: str) -> str:
    return "".join(name.split())


def judge(sample: list[dict]) -> tuple[dict, list[str]]:
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import SourceDocument, iter_sources

    wanted = {item["id"] for item in sample}
    bodies = {r["id"]: r["body"] for r in _records(wanted)}
    records = {}
    for item in iter_sources([CORPUS]):
        if isinstance(item, SourceDocument):
            record_id = item.source_id.rsplit("#", 1)[-1]
            if record_id in wanted:
                records[record_id] = extract_document(item)
    table: dict[str, Counter] = {}
    lines = []
    for item in sample:
        record, body = records[item["id"]], bodies[item["id"]]
        window = _flat(body[max(0, item["at"] - _REACH):item["at"] + _REACH])
        names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in record["entities"] if e["type"] == "Person"}
        spoke = {names[r["head"]][0] for r in record["relations"] if r["type"] == "SPOKE_AT" and r["head"] in names}
        near = {n for n in spoke if any(_flat(a) in window for a in names_of(n, names))}
        row = table.setdefault(item["cue"], Counter())
        want = item["speaker"]
        wanted = [want] if isinstance(want, str) else list(want or [])
        if wanted:
            row["asked"] += len(wanted)
            missed = [w for w in wanted if not any(_flat(w) == _flat(n) for n in spoke)]
            row["found"] += len(wanted) - len(missed)
            row["wrong"] += len([n for n in near if _flat(n) not in {_flat(w) for w in wanted}])
            hit = not missed
        else:
            row["none asked"] += 1
            row["wrong"] += len(near)
            hit = not near
        if not hit:
            lines.append(f'{item["id"]}@{item["at"]} {item["cue"]}: asked {want}, gave {sorted(near)}')
    return table, lines


def names_of(name: str, names: dict) -> list[str]:
    return next((aliases for aliases in names.values() if aliases[0] == name), [name])


def print_table(title: str, table: dict) -> None:
    print(f"\n{title}\n| cue | asked | found | recall | none asked | wrong given | precision |\n|---|---|---|---|---|---|---|")
    total = Counter()
    for cue in [*CUES, "all"]:
        row = total if cue == "all" else table.get(cue)
        if not row:
            continue
        if cue != "all":
            total.update(row)
        recall = f'{row["found"] / row["asked"]:.2f}' if row["asked"] else "-"
        given = row["found"] + row["wrong"]
        precision = f'{row["found"] / given:.2f}' if given else "-"
        print(f'| {cue} | {row["asked"]} | {row["found"]} | {recall} | {row["none asked"]} | {row["wrong"]} | {precision} |')


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", action="append", help="a judged sample under bench/data/spoke_at (default: all)")
    parser.add_argument("--list", action="store_true", help="list the occurrences where the extractor is wrong")
    parser.add_argument("--draw", type=int, metavar="SEED", help="draw a new sample and print it as JSON")
    parser.add_argument("--size", type=int, default=25)
    args = parser.parse_args(argv)
    paths = sorted(SAMPLES.glob("*.json"))
    if args.draw is not None:
        taken = {i["id"] for p in paths for i in json.loads(p.read_text(encoding="utf-8"))}
        print(json.dumps(draw(args.draw, args.size, taken), ensure_ascii=False, indent=1))
        return 0
    for path in paths:
        if args.sample and path.stem not in args.sample:
            continue
        table, lines = judge(json.loads(path.read_text(encoding="utf-8")))
        print_table(path.stem, table)
        if args.list:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    if "EDUGRAPH_BLIND_IDS" not in os.environ:
        sys.exit("set EDUGRAPH_BLIND_IDS=/work/notes/blind6-exclude.txt")
    sys.exit(main())
