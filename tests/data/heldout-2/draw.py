"""Draw a second untouched evaluation set: 16 records of thaigov-education.jsonl, annotated blind.

Issue 13's held-out third of the dev set was scored three times and is used up.  These 16 records were
drawn before the fourth session's extraction work, annotated by two team members who never ran or read the
extractor's output on them, and kept out of the repository until that work was merged; they were then
scored once.  Disjoint from the dev records (d01–d10) and both real-world precision samples.  Bodies
longer than 4,000 characters are left out for annotation cost (dev's d01–d10 are 2,400–3,300).
Text files are the record's title, a blank line, then the body, as in ``shared/corpus/dev``.
Run from the worktree: ``python tests/data/heldout-2/draw.py`` (writes ids.txt and texts/).
"""
import json
import random
from pathlib import Path

SEED = 20261206
SIZE = 16
MAX_BODY = 4000
HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared"
CORPUS = SHARED / "corpus" / "realworld" / "thaigov-education.jsonl"
DEV = SHARED / "corpus" / "dev" / "texts"
SAMPLES = [HERE.parent / name / "ids.txt" for name in ("realworld-sample", "realworld-sample-2")]

used = {p.stem.split("_", 1)[1] for p in DEV.glob("d*_thaigov-*.txt")}
for ids_file in SAMPLES:
    used |= {line.strip() for line in ids_file.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
records = {}
for line in CORPUS.open(encoding="utf-8"):
    if line.strip():
        record = json.loads(line)
        records[record["id"]] = record
population = sorted(i for i, r in records.items() if i not in used and len(r["body"]) <= MAX_BODY)
chosen = sorted(random.Random(SEED).sample(population, SIZE))
(HERE / "ids.txt").write_text(
    f"# {SIZE} of {len(population)} records of thaigov-education.jsonl (body <= {MAX_BODY} chars; dev records and"
    f" both real-world samples left out), seed {SEED}\n" + "\n".join(chosen) + "\n", encoding="utf-8")
(HERE / "texts").mkdir(exist_ok=True)
for n, record_id in enumerate(chosen, 1):
    record = records[record_id]
    (HERE / "texts" / f"u{n:02d}_{record_id}.txt").write_text(
        record["title"] + "\n\n" + record["body"], encoding="utf-8")
