"""Draw a fifth untouched evaluation set: 40 records of thaigov-education.jsonl, annotated blind.

heldout-5 was scored once in the seventh session and is now a regression set.  This set was drawn at the
start of the eighth session (2026-12-05 ~11:35 UTC), before any of its extraction work.  Stratified like
heldout-3, fixed before any text was read: 20 records whose body names a signing (ลงนาม or MOU) and 20 from
the rest.  Disjoint from the dev records, the three real-world precision samples, heldout-2, heldout-3, heldout-4 and heldout-5.
Bodies longer than 4,000 characters are left out for annotation cost, as before.  Text files are the record's
title, a blank line, then the body, as in ``shared/corpus/dev``.
Run from the worktree: ``python tests/data/heldout-6/draw.py`` (writes ids.txt and texts/).
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261208
PER_STRATUM = 20
MAX_BODY = 4000
SIGNING_CUES = ("ลงนาม", "MOU")
HERE = Path(__file__).resolve().parent
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent
SHARED = Path("/work/shared") if len(sys.argv) > 1 else HERE.parents[3] / "shared"
CORPUS = SHARED / "corpus" / "realworld" / "thaigov-education.jsonl"
DEV = SHARED / "corpus" / "dev" / "texts"
USED_IDS = [DATA / name / "ids.txt" for name in
            ("realworld-sample", "realworld-sample-2", "realworld-sample-3", "heldout-2", "heldout-3", "heldout-4", "heldout-5")]

used = {p.stem.split("_", 1)[1] for p in DEV.glob("d*_thaigov-*.txt")}
for ids_file in USED_IDS:
    used |= {line.strip() for line in ids_file.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
records = {}
for line in CORPUS.open(encoding="utf-8"):
    if line.strip():
        record = json.loads(line)
        records[record["id"]] = record
population = sorted(i for i, r in records.items() if i not in used and len(r["body"]) <= MAX_BODY)
signing = [i for i in population if any(cue in records[i]["body"] for cue in SIGNING_CUES)]
rest = [i for i in population if i not in set(signing)]
rng = random.Random(SEED)
chosen = sorted(rng.sample(signing, PER_STRATUM)) + sorted(rng.sample(rest, PER_STRATUM))
(HERE / "ids.txt").write_text(
    f"# {2 * PER_STRATUM} records of thaigov-education.jsonl (body <= {MAX_BODY} chars; dev records, the three"
    f" real-world samples, heldout-2 to heldout-5 left out), seed {SEED}: {PER_STRATUM} of {len(signing)}"
    f" naming a signing, then {PER_STRATUM} of {len(rest)} others\n" + "\n".join(chosen) + "\n",
    encoding="utf-8")
(HERE / "texts").mkdir(exist_ok=True)
for n, record_id in enumerate(chosen, 1):
    record = records[record_id]
    (HERE / "texts" / f"w{n:02d}_{record_id}.txt").write_text(
        record["title"] + "\n\n" + record["body"], encoding="utf-8")
