"""The one module that reads edugraph's environment; everything else receives values.

- ``EDUGRAPH_HOME``: the data directory (default ``./edugraph-data``); the
  embedded store, locks, run reports and the quarantine live under it;
- ``EDUGRAPH_STORE``, then ``NEO4J_URI``: the store a command uses when it is
  given none (else the embedded FalkorDB);
- ``NEO4J_USER`` (or ``NEO4J_USERNAME``), ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``:
  how a Neo4j store is opened — never logged (:func:`secret_values`).

- ``EDUGRAPH_GAZETTEER``: the user's extra gazetteer files (several
  separated by ``os.pathsep``), merged into the built-in data.

>>> store_target(None, environ={}.get)
'embedded'
>>> store_target(None, environ={"NEO4J_URI": "bolt://db:7687"}.get)
'bolt://db:7687'
>>> store_target("embedded", environ={"NEO4J_URI": "bolt://db:7687"}.get)
'embedded'
>>> neo4j_settings({"NEO4J_USERNAME": "reader"}.get)
{'user': 'reader', 'password': None, 'database': None}
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

DEFAULT_HOME = "edugraph-data"
#: Environment variables whose values are scrubbed from logs and reports.
SECRET_VARIABLES = ("NEO4J_PASSWORD",)
#: Shorter values are not scrubbed: starring every "a" would make logs unreadable.
MIN_SECRET_LENGTH = 4

Environ = Callable[[str], "str | None"]


def data_home(explicit: str | os.PathLike | None = None, environ: Environ = os.environ.get) -> Path:
    """The data directory: ``explicit``, else ``$EDUGRAPH_HOME``, else ``./edugraph-data``."""
    chosen = explicit or environ("EDUGRAPH_HOME") or DEFAULT_HOME
    return Path(chosen).expanduser().resolve()


def store_target(explicit: str | None = None, environ: Environ = os.environ.get) -> str:
    """The store a command uses: ``explicit`` > ``$EDUGRAPH_STORE`` > ``$NEO4J_URI`` > embedded."""
    return explicit or environ("EDUGRAPH_STORE") or environ("NEO4J_URI") or "embedded"


def neo4j_settings(environ: Environ = os.environ.get) -> dict[str, str | None]:
    """How to open a Neo4j store: ``user``, ``password``, ``database`` (each may be None)."""
    return {"user": environ("NEO4J_USER") or environ("NEO4J_USERNAME"),
            "password": environ("NEO4J_PASSWORD"),
            "database": environ("NEO4J_DATABASE")}


def gazetteer_paths(environ: Environ = os.environ.get) -> list[Path]:
    """The user's extra gazetteer files named in ``$EDUGRAPH_GAZETTEER``.

    >>> gazetteer_paths({"EDUGRAPH_GAZETTEER": "/a.yaml" + os.pathsep + " "}.get)
    [PosixPath('/a.yaml')]
    """
    value = environ("EDUGRAPH_GAZETTEER") or ""
    return [Path(part.strip()).expanduser() for part in value.split(os.pathsep) if part.strip()]


def secret_values(environ: Environ = os.environ.get) -> list[str]:
    """The values of :data:`SECRET_VARIABLES` that are set (and long enough to scrub)."""
    values = (environ(name) for name in SECRET_VARIABLES)
    return [value for value in values if value and len(value) >= MIN_SECRET_LENGTH]
