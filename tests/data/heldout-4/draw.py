"""Draw a fourth untouched evaluation set: 40 records of thaigov-education.jsonl, annotated blind.

heldout-3 was scored once in the fifth session and is now development data.  This set was drawn at the
start of the sixth session (2026-12-05 ~06:00 UTC), before any of its extraction work.  Stratified like
heldout-3, fixed before any text was read: 20 records whose body names a signing (ลงนาม or MOU) and 20 from
the rest.  Disjoint from the dev records, the three real-world precision samples, heldout-2 and heldout-3.
Bodies longer than 4,000 characters are left out for annotation cost, as before.
Run from the worktree: ``python tests/data/heldout-4/draw.py`` (writes ids.txt and texts/).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from draw_stratified import draw  # noqa: E402  (tests/data holds scripts)

draw(Path(__file__).resolve().parent, seed=20261206,
     left_out=("realworld-sample", "realworld-sample-2", "realworld-sample-3") + ("heldout-2", "heldout-3"),
     left_out_words="heldout-2 and heldout-3")
