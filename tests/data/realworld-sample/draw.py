"""Draw the real-world precision sample once: 40 records of thaigov-education.jsonl.

Run from the worktree: ``python tests/data/realworld-sample/draw.py > tests/data/realworld-sample/ids.txt``.
The ten records that are development data (``shared/corpus/dev`` d01–d10) are left out of the draw.
"""
import json
import random
from pathlib import Path

SEED = 20261204
SIZE = 40
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"
DEV = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "dev" / "texts"

in_dev = {p.stem.split("_", 1)[1] for p in DEV.glob("d*_thaigov-*.txt")}
ids = [json.loads(line)["id"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
population = sorted(i for i in ids if i not in in_dev)
print(f"# {SIZE} of {len(population)} records of thaigov-education.jsonl (dev records left out), seed {SEED}")
print("\n".join(sorted(random.Random(SEED).sample(population, SIZE))))
