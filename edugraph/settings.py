"""The one module that reads edugraph's environment; everything else receives values.

- ``EDUGRAPH_HOME``: the data directory (default ``./edugraph-data``); the
  embedded store, locks, run reports and the quarantine live under it;
- ``EDUGRAPH_STORE``, then ``NEO4J_URI``: the store a command uses when it is
  given none (else the embedded FalkorDB);
- ``NEO4J_USER`` (or ``NEO4J_USERNAME``), ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``:
  how a Neo4j store is opened — never logged (:func:`secret_values`).

- ``EDUGRAPH_GAZETTEER``: the user's extra gazetteer files (several
  separated by ``os.pathsep``), merged into the built-in data.
- ``EDUGRAPH_QUERY_TIMEOUT_MS``, ``EDUGRAPH_WRITE_TIMEOUT_MS``,
  ``EDUGRAPH_QUERY_MEMORY_MB``: the stores' query limits (:func:`query_limits`).
- ``EDUGRAPH_EVENT_YEARS``: the years an extracted event date may fall in
  (``FIRST-LAST``, e.g. ``1990-2030``); dates outside are dropped with a warning.

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
import re
from pathlib import Path
from typing import Callable

from edugraph.errors import SettingError
from edugraph.graph.store.base import QueryLimits

DEFAULT_HOME = "edugraph-data"
#: Environment variables whose values are scrubbed from logs and reports.
SECRET_VARIABLES = ("NEO4J_PASSWORD",)
#: Shorter values are not scrubbed: starring every "a" would make logs unreadable.
MIN_SECRET_LENGTH = 4

Environ = Callable[[str], "str | None"]
#: What a store gets when no limit is set (kept with the stores, which use it when given none).
_DEFAULT_LIMITS = QueryLimits()


def data_home(explicit: str | os.PathLike | None = None, environ: Environ = os.environ.get) -> Path:
    """The data directory: ``explicit``, else ``$EDUGRAPH_HOME``, else ``./edugraph-data``."""
    chosen = explicit or environ("EDUGRAPH_HOME") or DEFAULT_HOME
    return Path(chosen).expanduser().resolve()


def judgements_file(home: Path, explicit: str | os.PathLike | None = None) -> Path:
    """The user's identity judgements: ``explicit``, else ``judgements.yaml`` in the data directory.

    >>> judgements_file(Path("/data"))
    PosixPath('/data/judgements.yaml')
    """
    return Path(explicit).expanduser() if explicit else Path(home) / "judgements.yaml"


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


def event_years(environ: Environ = os.environ.get) -> tuple[int, int] | None:
    """The plausible years of an event date from ``$EDUGRAPH_EVENT_YEARS`` (None: the extractor's default).

    >>> event_years({"EDUGRAPH_EVENT_YEARS": "1995-2030"}.get)
    (1995, 2030)
    """
    value = (environ("EDUGRAPH_EVENT_YEARS") or "").strip()
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})\s*[-–:]\s*(\d{4})", value)
    if match is None or int(match.group(1)) > int(match.group(2)):
        raise SettingError(f"$EDUGRAPH_EVENT_YEARS must read FIRST-LAST (e.g. 1990-2030), not {value!r}")
    return int(match.group(1)), int(match.group(2))


def secret_values(environ: Environ = os.environ.get) -> list[str]:
    """The values of :data:`SECRET_VARIABLES` that are set (and long enough to scrub)."""
    values = (environ(name) for name in SECRET_VARIABLES)
    return [value for value in values if value and len(value) >= MIN_SECRET_LENGTH]


def _limit(name: str, default: int, environ: Environ) -> int:
    text = (environ(name) or "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise SettingError(f"{name} must be a whole number >= 0 (0 = no limit), not {text!r}")
    return value


def query_timeout_ms(environ: Environ = os.environ.get) -> int:
    """How long a read query may run: ``$EDUGRAPH_QUERY_TIMEOUT_MS`` (default 60 s; 0 = no limit).

    A runaway ad hoc query then fails with a clear message instead of pinning
    a core of the store's server.
    """
    return _limit("EDUGRAPH_QUERY_TIMEOUT_MS", _DEFAULT_LIMITS.read_timeout_ms, environ)


def write_timeout_ms(environ: Environ = os.environ.get) -> int:
    """How long one write statement may run: ``$EDUGRAPH_WRITE_TIMEOUT_MS`` (default 1 h; 0 = no limit).

    Separate from the read limit so that a short read limit never cuts an import.
    """
    return _limit("EDUGRAPH_WRITE_TIMEOUT_MS", _DEFAULT_LIMITS.write_timeout_ms, environ)


def query_memory_mb(environ: Environ = os.environ.get) -> int:
    """The memory one query may take in the embedded server, in MB:
    ``$EDUGRAPH_QUERY_MEMORY_MB`` (default 2048; 0 = no limit).  Read when the
    server starts."""
    return _limit("EDUGRAPH_QUERY_MEMORY_MB", _DEFAULT_LIMITS.memory_mb, environ)


def query_limits(environ: Environ = os.environ.get) -> QueryLimits:
    """The three limits above, as the stores take them (``open_store(..., limits=)``).

    >>> query_limits({"EDUGRAPH_QUERY_TIMEOUT_MS": "300"}.get)
    QueryLimits(read_timeout_ms=300, write_timeout_ms=3600000, memory_mb=2048)
    """
    return QueryLimits(read_timeout_ms=query_timeout_ms(environ),
                       write_timeout_ms=write_timeout_ms(environ),
                       memory_mb=query_memory_mb(environ))
