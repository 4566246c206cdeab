"""Extract the set's texts with the code of the current checkout (the date rules only since the eighth session;
at 0dad8a5, the `before` run, an extra argument `rules` switched the learned date chooser off)."""
import sys
from pathlib import Path

from edugraph.loaders import extract_to_folder

if len(sys.argv) > 3 and sys.argv[3] == "rules":
    from edugraph.loaders.date_model import use_date_model   # only at 0dad8a5 and before
    use_date_model(False)
written, quarantined = extract_to_folder([Path(sys.argv[1])], Path(sys.argv[2]))
print(written, len(quarantined))
