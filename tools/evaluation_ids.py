"""Which records of the real-world corpus the evaluation sets hold, so that nothing learned from the
corpus (mined names, experiments over unjudged records) reads a record it will be judged on.

Every set's ids are committed: ``tests/data/<set>/ids.txt`` (the held-out sets and the judged samples)
and the dev texts' file names (``shared/corpus/dev/texts/d*_thaigov-N.txt``).  A set still being annotated
blind lives outside the clone until it is scored: its id files are named in ``EDUGRAPH_BLIND_IDS``
(paths separated by ``os.pathsep``), and :func:`blind_ids` reads them.

>>> sorted(set_ids("heldout-4"))[:2]
['thaigov-69795', 'thaigov-71255']
>>> set_ids("no-such-set")
Traceback (most recent call last):
...
ValueError: no evaluation set no-such-set (tests/data/no-such-set/ids.txt)
"""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEV_TEXTS = ROOT.parent / "shared" / "corpus" / "dev" / "texts"
_RECORD_ID = re.compile(r"thaigov-\d+")


def _ids_in(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def set_ids(name: str) -> set[str]:
    """The record ids of the committed evaluation set ``name`` (heldout-2, realworld-sample, ...)."""
    path = DATA / name / "ids.txt"
    if not path.is_file():
        raise ValueError(f"no evaluation set {name} ({path.relative_to(ROOT)})")
    return _ids_in(path)


def dev_ids() -> set[str]:
    """The real-world records among the shared dev texts."""
    return {m for p in DEV_TEXTS.glob("*.txt") for m in _RECORD_ID.findall(p.name)}


def all_evaluation_ids() -> set[str]:
    """Every record any committed set or the dev texts hold, and any set being annotated blind."""
    ids = dev_ids() | blind_ids()
    for path in DATA.glob("*/ids.txt"):
        ids |= _ids_in(path)
    return ids


def blind_ids(environ=os.environ) -> set[str]:
    """The ids of sets being annotated blind, from the files ``EDUGRAPH_BLIND_IDS`` names (none when unset).

    >>> blind_ids({})
    set()
    """
    ids: set[str] = set()
    for name in filter(None, environ.get("EDUGRAPH_BLIND_IDS", "").split(os.pathsep)):
        path = Path(name)
        if not path.is_file():
            raise FileNotFoundError(f"EDUGRAPH_BLIND_IDS names {path}, which is not a file")
        ids |= _ids_in(path)
    return ids
