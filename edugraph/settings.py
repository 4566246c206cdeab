"""Where edugraph keeps its data, from the environment.

``EDUGRAPH_HOME`` names the data directory (default ``./edugraph-data``); the
embedded store, locks, run reports and the quarantine live under it.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_HOME = "edugraph-data"


def data_home(explicit: str | os.PathLike | None = None) -> Path:
    """The data directory: ``explicit``, else ``$EDUGRAPH_HOME``, else ``./edugraph-data``."""
    chosen = explicit or os.environ.get("EDUGRAPH_HOME") or DEFAULT_HOME
    return Path(chosen).expanduser().resolve()
