"""Draw the third real-world precision sample: 25 records of thaigov-sample.jsonl, general government news.

Why this file: samples 1 and 2 (and heldout-2) come from ``thaigov-education.jsonl``, the education
collaborations.  The other 10,000 records of the real-world input are general news (``thaigov-sample.jsonl``),
where most agencies, programmes and people are not about education at all, and no sample has measured them.
This one does: the population is ``thaigov-sample.jsonl`` less every record that is also in
``thaigov-education.jsonl`` (497), so samples 1–2 estimate the education stratum and this one the rest.

Drawn in session five before any of its extraction work (issue 13), so its first judging is an
out-of-sample estimate.  Left out, and asserted: the dev records, samples 1 and 2, heldout-2, the blind set's
ids (``/work/notes/blind3-exclude.txt`` when present; all of them are education records anyway), and the 150
``thaigov-sample.jsonl`` records that helper i13h developed on (its harness's draw, seed 13082, re-done here).
Run from the worktree: ``python tests/data/realworld-sample-3/draw.py > tests/data/realworld-sample-3/ids.txt``.
"""
import json
import random
import re
from pathlib import Path

SEED = 20261207
SIZE = 25
HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared"
REALWORLD = SHARED / "corpus" / "realworld"
BLIND = HERE.parents[4] / "notes" / "blind3-exclude.txt"


def ids_in(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def record_ids(name: str) -> list[str]:
    return [json.loads(line)["id"] for line in (REALWORLD / name).open(encoding="utf-8") if line.strip()]


education = record_ids("thaigov-education.jsonl")
general = record_ids("thaigov-sample.jsonl")
dev = {m for p in (SHARED / "corpus" / "dev" / "texts").glob("*.txt") for m in re.findall(r"thaigov-\d+", p.name)}
samples = ids_in(HERE.parent / "realworld-sample" / "ids.txt") | ids_in(HERE.parent / "realworld-sample-2" / "ids.txt")
heldout_2 = ids_in(HERE.parent / "heldout-2" / "ids.txt")
blind = ids_in(BLIND) if BLIND.is_file() else set()


def i13h_development_ids() -> set[str]:
    """The records i13h's harness developed on: 150 of each file, sorted then shuffled (seeds 13081, 13082)."""
    left_out = dev | samples | heldout_2
    chosen: list[str] = []
    for ids, seed in ((education, 13081), (general, 13082)):
        pool = sorted(i for i in set(ids) if i not in left_out and i not in chosen)
        random.Random(seed).shuffle(pool)
        chosen += pool[:150]
    return set(chosen)


tuned_on = i13h_development_ids()
population = sorted(set(general) - set(education) - dev - samples - heldout_2 - blind - tuned_on)
chosen = sorted(random.Random(SEED).sample(population, SIZE))
assert not set(chosen) & (set(education) | dev | samples | heldout_2 | blind | tuned_on)
assert not blind - set(education), "a blind id outside the education file: check it is excluded"
print(f"# {SIZE} of {len(population)} records of thaigov-sample.jsonl (records also in thaigov-education.jsonl, dev"
      f" records, samples 1-2, heldout-2, the blind set and i13h's development records left out), seed {SEED}")
print("\n".join(chosen))
