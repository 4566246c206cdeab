"""Extract the set's texts with the code of the current checkout, as ``edugraph extract`` writes them:
``python tests/data/heldout-12/extract.py tests/data/heldout-12/texts OUT`` (score with PYTHONHASHSEED=0)."""
import sys
from pathlib import Path

from edugraph.loaders import extract_to_folder

written, quarantined = extract_to_folder([Path(sys.argv[1])], Path(sys.argv[2]))
print(written, len(quarantined))
