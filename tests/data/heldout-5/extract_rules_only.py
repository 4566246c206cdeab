"""Extract the set's texts by the date rules alone.

At ced8cec, where the rules-only row of README.md was made, the learned date chooser was on by default and this
script turned it off (``edugraph.loaders.date_model.use_date_model(False)``, as ``EDUGRAPH_DATE_MODEL=off`` did in
the CLI).  Since the eighth session the rules are the only shipped path, so this is plain extraction."""
import sys
from pathlib import Path

from edugraph.loaders import extract_to_folder

written, quarantined = extract_to_folder([Path(sys.argv[1])], Path(sys.argv[2]))
print(written, len(quarantined))
