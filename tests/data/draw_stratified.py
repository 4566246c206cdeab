"""The draw behind heldout-4 to heldout-12: 40 records of thaigov-education.jsonl, stratified.

Fixed before any text is read: 20 records whose body names a signing (ลงนาม or MOU) and 20 from the rest, from the
records with bodies of at most 4,000 characters (annotation cost) that no earlier set holds (the dev records and
the sets named).  Text files are the record's title, a blank line, then the body, as in ``shared/corpus/dev``.
Each set's ``draw.py`` calls :func:`draw` with its seed and the sets it leaves out, and writes its ``ids.txt``
and ``texts/``; a set drawn outside the clone passes the clone's ``tests/data`` folder as the first argument.

The corpus carries re-issued releases under new ids: heldout-11's w10 is heldout-4's w06 again (98% of its
8-character shingles), so that one record of the blind set had been read and tuned on.  Draws from heldout-12 on
pass ``skip_near_copies=True``: a drawn record whose body is a near copy of a text of the dev set or of a set left
out is passed over for the next one in the seed's order (earlier sets' draws are unchanged without it).
"""
import json
import random
import sys
from pathlib import Path

PER_STRATUM = 20
MAX_BODY = 4000
SIGNING_CUES = ("ลงนาม", "MOU")
NEAR_COPY = 0.8      # Jaccard of 8-character shingles; re-issued releases score 0.98, related stories under 0.7


def _shingles(text: str, size: int = 8) -> set[str]:
    text = "".join(text.split())
    return {text[i:i + size] for i in range(max(1, len(text) - size + 1))}


def _is_near_copy(body: set[str], known: list[set[str]]) -> bool:
    return any(len(body & other) >= NEAR_COPY * len(body | other) for other in known)


def draw(here: Path, seed: int, left_out: tuple[str, ...], left_out_words: str,
         skip_near_copies: bool = False) -> None:
    """Draw the set into ``here``: ``left_out`` names the sets under ``tests/data`` whose ids are excluded,
    ``left_out_words`` says so in the ``ids.txt`` header; ``skip_near_copies`` passes over re-issued releases."""
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
    if skip_near_copies:
        texts = [shared / "corpus" / "dev" / "texts"] + [data / name / "texts" for name in left_out]
        known = [_shingles(p.read_text(encoding="utf-8")) for folder in texts for p in sorted(folder.glob("*.txt"))]
        chosen = []
        for stratum in (signing, rest):
            chosen += sorted(_first_new(rng.sample(stratum, len(stratum)), records, known))
    else:
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


def _first_new(order: list[str], records: dict, known: list[set[str]]) -> list[str]:
    """The first PER_STRATUM ids of ``order`` whose text is no near copy of a known text."""
    picked = []
    for record_id in order:
        record = records[record_id]
        if not _is_near_copy(_shingles(record["title"] + "\n\n" + record["body"]), known):
            picked.append(record_id)
            if len(picked) == PER_STRATUM:
                break
    return picked
