"""The draw behind heldout-4 to heldout-10: 40 records of thaigov-education.jsonl, stratified.

Fixed before any text is read: 20 records whose body names a signing (ลงนาม or MOU) and 20 from the rest, from the
records with bodies of at most 4,000 characters (annotation cost) that no earlier set holds (the dev records and
the sets named).  Text files are the record's title, a blank line, then the body, as in ``shared/corpus/dev``.
Each set's ``draw.py`` calls :func:`draw` with its seed and the sets it leaves out, and writes its ``ids.txt``
and ``texts/``; a set drawn outside the clone passes the clone's ``tests/data`` folder as the first argument.
"""
import json
import random
import sys
from pathlib import Path

PER_STRATUM = 20
MAX_BODY = 4000
SIGNING_CUES = ("ลงนาม", "MOU")


def draw(here: Path, seed: int, left_out: tuple[str, ...], left_out_words: str) -> None:
    """Draw the set into ``here``: ``left_out`` names the sets under ``tests/data`` whose ids are excluded,
    ``left_out_words`` says so in the ``ids.txt`` header."""
    data = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else here.parent
    shared = data.parents[2] / "shared"
    corpus = shared / "corpus" / "realworld" / "thaigov-education.jsonl"
    used = {p.stem.split("_", 1)[1] for p in (shared / "corpus" / "dev" / "texts").glob("d*_thaigov-*.txt")}
    for name in left_out:
        used |= {line.strip() for line in (data / name / "ids.txt").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
    records = {}
    for line in corpus.open(encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            records[record["id"]] = record
    population = sorted(i for i, r in records.items() if i not in used and len(r["body"]) <= MAX_BODY)
    signing = [i for i in population if any(cue in records[i]["body"] for cue in SIGNING_CUES)]
    rest = [i for i in population if i not in set(signing)]
    rng = random.Random(seed)
    chosen = sorted(rng.sample(signing, PER_STRATUM)) + sorted(rng.sample(rest, PER_STRATUM))
    (here / "ids.txt").write_text(
        f"# {2 * PER_STRATUM} records of thaigov-education.jsonl (body <= {MAX_BODY} chars; dev records, the three"
        f" real-world samples, {left_out_words} left out), seed {seed}: {PER_STRATUM} of {len(signing)}"
        f" naming a signing, then {PER_STRATUM} of {len(rest)} others\n" + "\n".join(chosen) + "\n",
        encoding="utf-8")
    (here / "texts").mkdir(exist_ok=True)
    for n, record_id in enumerate(chosen, 1):
        record = records[record_id]
        (here / "texts" / f"w{n:02d}_{record_id}.txt").write_text(
            record["title"] + "\n\n" + record["body"], encoding="utf-8")
