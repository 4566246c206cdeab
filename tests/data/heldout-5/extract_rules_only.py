"""Extract the set's texts with the learned date chooser off (as EDUGRAPH_DATE_MODEL=off does in the CLI)."""
import sys
from pathlib import Path

from edugraph.loaders import extract_to_folder
from edugraph.loaders.date_model import use_date_model

use_date_model(False)
written, quarantined = extract_to_folder([Path(sys.argv[1])], Path(sys.argv[2]))
print(written, len(quarantined))
