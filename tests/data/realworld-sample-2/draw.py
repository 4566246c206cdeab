"""Draw the second, out-of-sample real-world precision sample: 25 records of thaigov-education.jsonl.

Drawn (and committed) before the issue-13 name-shape work began, and judged only after it ended, so
its precision is an estimate for records nobody tuned on.  Disjoint from the first sample
(``../realworld-sample/ids.txt``) and from the ten dev records (``shared/corpus/dev`` d01–d10).
Run from the worktree: ``python tests/data/realworld-sample-2/draw.py > tests/data/realworld-sample-2/ids.txt``.
"""
import json
import random
from pathlib import Path

SEED = 20261205
SIZE = 25
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[3] / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"
DEV = HERE.parents[3] / "shared" / "corpus" / "dev" / "texts"

in_dev = {p.stem.split("_", 1)[1] for p in DEV.glob("d*_thaigov-*.txt")}
first = {line.strip() for line in (HERE.parent / "realworld-sample" / "ids.txt").read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")}
ids = [json.loads(line)["id"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
population = sorted(i for i in ids if i not in in_dev and i not in first)
print(f"# {SIZE} of {len(population)} records of thaigov-education.jsonl (dev records and sample 1 left out), seed {SEED}")
print("\n".join(sorted(random.Random(SEED).sample(population, SIZE))))
