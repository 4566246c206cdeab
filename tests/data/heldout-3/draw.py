"""Draw a third untouched evaluation set: 40 records of thaigov-education.jsonl, annotated blind.

heldout-2 was scored once in the fourth session and is now development data.  This set was drawn at the
start of the fifth session, before any of its extraction work.  Issue 13 asks first for SIGNED, CHAIRED and
their events, and heldout-2 (a plain random draw) held no signing at all, so the draw is stratified, fixed
before any text was read: 10 records whose body names a signing (ลงนาม or MOU) and 10 from the rest.
Disjoint from the dev records, both real-world precision samples and heldout-2.  Bodies longer than 4,000
characters are left out for annotation cost, as before.  Text files are the record's title, a blank line,
then the body, as in ``shared/corpus/dev``.
Run from the worktree: ``python tests/data/heldout-3/draw.py`` (writes ids.txt and texts/).
"""
import json
import random
from pathlib import Path

SEED = 20261205
PER_STRATUM = 10
#: A second draw of the same size, made when the first was annotated in minutes, to halve the estimate's
#: variance; it leaves out the first draw's ids and numbers its texts from v21.
SECOND_SEED = 20261207
MAX_BODY = 4000
SIGNING_CUES = ("ลงนาม", "MOU")
HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SHARED = HERE.parents[3] / "shared"
CORPUS = SHARED / "corpus" / "realworld" / "thaigov-education.jsonl"
DEV = SHARED / "corpus" / "dev" / "texts"
USED_IDS = [DATA / name / "ids.txt" for name in ("realworld-sample", "realworld-sample-2", "heldout-2")]

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
first = sorted(rng.sample(signing, PER_STRATUM)) + sorted(rng.sample(rest, PER_STRATUM))
rng = random.Random(SECOND_SEED)
signing2 = [i for i in signing if i not in first]
rest2 = [i for i in rest if i not in first]
second = sorted(rng.sample(signing2, PER_STRATUM)) + sorted(rng.sample(rest2, PER_STRATUM))
chosen = first + second
(HERE / "ids.txt").write_text(
    f"# {4 * PER_STRATUM} records of thaigov-education.jsonl (body <= {MAX_BODY} chars; dev records, both real-world"
    f" samples and heldout-2 left out) in two draws (seeds {SEED}, {SECOND_SEED}), each {PER_STRATUM} of"
    f" {len(signing)} naming a signing, then {PER_STRATUM} of {len(rest)} others\n" + "\n".join(chosen) + "\n",
    encoding="utf-8")
(HERE / "texts").mkdir(exist_ok=True)
for n, record_id in enumerate(chosen, 1):
    record = records[record_id]
    (HERE / "texts" / f"v{n:02d}_{record_id}.txt").write_text(
        record["title"] + "\n\n" + record["body"], encoding="utf-8")
