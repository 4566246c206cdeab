"""Draw a twelfth untouched evaluation set: 40 records of thaigov-education.jsonl, annotated blind.

heldout-11 was scored once in the thirteenth session and is now the validation set.  This set was drawn at the
start of the fourteenth session (2026-12-06 05:00 UTC), before any of its extraction work.  Stratified like
heldout-3 to heldout-11, fixed before any text was read: 20 records whose body names a signing (ลงนาม or MOU)
and 20 from the rest.  Disjoint from the dev records, the three real-world precision samples and heldout-2 to heldout-11,
and, new with this set, from near copies of any record they hold (the corpus re-issues releases under new ids).
Bodies longer than 4,000 characters are left out for annotation cost, as before.
Run from the worktree: ``python tests/data/heldout-12/draw.py`` (writes ids.txt and texts/).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
from draw_stratified import draw  # noqa: E402  (tests/data holds scripts)

draw(Path(__file__).resolve().parent, seed=20261214,
     left_out=("realworld-sample", "realworld-sample-2", "realworld-sample-3")
     + ("heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6", "heldout-7", "heldout-8", "heldout-9")
     + ("heldout-10", "heldout-11"),
     left_out_words="heldout-2 to heldout-11", skip_near_copies=True)
