"""Draw the held-out third of ../shared/corpus/dev once, by file name only.

Run from the worktree: ``python tests/data/draw_heldout.py > tests/data/heldout.txt``.
The draw never opens a text; it only lists names.

Pairs: h01 and h02 are second outlets' reports of seed events 000 and 003, which
are development data, so a score on them would not estimate unseen text: they
stay on the development side.  h18 and h19 report one event: they are one unit
and go wholly to one side, so no fact of the held-out side was seen in development.
"""
import random
from pathlib import Path

SEED = 20261204
TEXTS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "texts"
KEEP_IN_DEVELOPMENT = ("h01", "h02")
PAIRED = (("h18", "h19"),)

names = sorted(p.name for p in TEXTS.glob("*.txt"))
by_prefix = {n[:3]: n for n in names}
units = [[by_prefix[a] for a in pair] for pair in PAIRED]
paired = {n for unit in units for n in unit}
units += [[n] for n in names if n[:3] not in KEEP_IN_DEVELOPMENT and n not in paired]
units.sort()
random.Random(SEED).shuffle(units)
target = round(len(names) / 3)
held: list[str] = []
for unit in units:
    if len(held) >= target:
        break
    held += unit
print(f"# held-out third of shared/corpus/dev: drawn by tests/data/draw_heldout.py, seed {SEED}, "
      f"{len(held)} of {len(names)} files; h01/h02 kept in development, h18+h19 one unit")
print("\n".join(sorted(held)))
