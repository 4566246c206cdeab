"""A process that holds a store's import lock until it is killed (tests of lock recovery)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_HOLD = """
import sys, time
from pathlib import Path
from edugraph.graph.store import open_store
from edugraph.settings import neo4j_settings
store = open_store(sys.argv[1], home=Path(sys.argv[2]), settings=neo4j_settings())
with store.import_lock():
    print("held", flush=True)
    time.sleep(600)
"""


def hold_lock(target: str, home: Path) -> subprocess.Popen:
    """Start a process holding the import lock of ``target``; returns once it holds it."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, target, str(home)],
                              stdout=subprocess.PIPE, text=True)
    line = holder.stdout.readline().strip()
    if line != "held":
        holder.kill()
        raise RuntimeError(f"the lock holder did not start: {line!r}")
    return holder


def kill_9(holder: subprocess.Popen) -> int:
    """``kill -9`` the holder (it never releases its lock); its pid."""
    holder.kill()
    holder.wait(timeout=30)
    holder.stdout.close()
    return holder.pid
