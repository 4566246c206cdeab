"""The one interface both stores implement (docs/ARCHITECTURE.md §3).

A store runs Cypher given as text plus parameters and returns rows as plain
dicts of scalars, maps and lists.  Everything that differs between FalkorDB
and Neo4j (schema statements, the read-only guard, multi-statement units, the
import lock) lives in the two store classes, nowhere else.  What the rest of
edugraph must know of a store it reads from the store's capability
attributes (:attr:`GraphStore.needs_fallback_for`,
:attr:`GraphStore.reconnects_by_itself`) and its ``description``, never
from which kind of store it is.
"""
from __future__ import annotations

import contextlib
import os
import re
import socket
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from edugraph.errors import ReadRefusedError
from edugraph.graph.schema import load_schema
from edugraph.queries.cypher_text import read_refusal
from edugraph.queries.files import internal_cypher, internal_statement

#: Counters every write reports, whatever the store.
COUNTER_NAMES = ("nodes_created", "nodes_deleted", "relationships_created",
                 "relationships_deleted", "properties_set")

Statement = tuple[str, dict]
_PLACEHOLDER = re.compile(r"\{(label|type|head|tail|property)\}")
#: Labels and relationship types of derived data (edugraph.graph.projections):
#: the name lookup's nodes, and the relationships the importer keeps in step.
DERIVED_LABELS = ("NameKey", "NameGram")
DERIVED_RELATIONSHIPS = ("NAMES", "GRAM_OF", "CO_SIGNED")
#: Secondary indexes the projections' queries seek on: (label or type, property, is_relationship).
PROJECTION_INDEXES = (("Person", "reach_province_count", False),
                      ("Agency", "reach_province_count", False),
                      ("Event", "date", False),
                      ("CO_SIGNED", "count", True))


def schema_template(name: str, **placeholders: str) -> str:
    """An internal Cypher template with ``{label}``/``{type}``... filled in.

    Placeholders may only be labels or relationship types of the validated
    schema, the store's own lock label, or the derived labels, types and
    indexed properties named here: they are never user input.

    >>> schema_template("count_label", label="Person")
    'MATCH (n:Person) RETURN count(n) AS total'
    >>> schema_template("count_label", label="Person) DETACH DELETE (m")
    Traceback (most recent call last):
    ...
    ValueError: not a label or type of the schema: 'Person) DETACH DELETE (m'
    """
    schema = load_schema()
    allowed = (set(schema.labels) | set(schema.relation_types) | {LOCK_LABEL}
               | set(DERIVED_LABELS) | set(DERIVED_RELATIONSHIPS) | {p for _, p, _ in PROJECTION_INDEXES})
    for value in placeholders.values():
        if value not in allowed:
            raise ValueError(f"not a label or type of the schema: {value!r}")
    body = internal_statement(name)

    def fill(match: re.Match) -> str:
        if match.group(1) not in placeholders:
            raise ValueError(f"{name}.cypher needs a value for {{{match.group(1)}}}")
        return placeholders[match.group(1)]

    # Only the named placeholders are replaced: Cypher maps use braces too.
    return _PLACEHOLDER.sub(fill, body).strip()


#: Label of the Neo4j import-lock node (never part of the graph model).
LOCK_LABEL = "EdugraphLock"


@dataclass(frozen=True)
class QueryLimits:
    """How long a query may run and how much memory it may take; 0 = no limit.

    The caller reads them (:func:`edugraph.settings.query_limits`) and passes
    them to the store it opens; a store given none uses these defaults.
    """

    #: A read query (``EDUGRAPH_QUERY_TIMEOUT_MS``).
    read_timeout_ms: int = 60_000
    #: One write statement or unit (``EDUGRAPH_WRITE_TIMEOUT_MS``): long, so an import is never cut.
    write_timeout_ms: int = 3_600_000
    #: One query's memory in the embedded server, set when the server starts
    #: (``EDUGRAPH_QUERY_MEMORY_MB``); Neo4j's is the server's own configuration.
    memory_mb: int = 2048


def process_start_time(pid: int) -> str | None:
    """The kernel's start time of ``pid`` (tells a live process from a reused pid)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None if not pid_exists(pid) else "?"
    # The command name (field 2) may hold spaces; fields after it are fixed.
    fields = stat[stat.rindex(")") + 2:].split()
    if fields[0] == "Z":         # a zombie has finished
        return None
    return fields[19]


def pid_exists(pid: int) -> bool:
    """Whether a process ``pid`` exists (one we may not signal counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LockHolder:
    """The process an import lock names: its host, pid and the kernel's start time of that pid."""

    host: str
    pid: int
    started: str | None = None

    @classmethod
    def this_process(cls) -> "LockHolder":
        return cls(socket.gethostname(), os.getpid(), process_start_time(os.getpid()))

    def __str__(self) -> str:
        return f"{self.host} pid {self.pid}"

    def is_dead_here(self) -> bool:
        """True when the holder ran on this host and is gone (its pid ended or was reused).

        >>> LockHolder("elsewhere.example", 1).is_dead_here()
        False
        >>> LockHolder.this_process().is_dead_here()
        False
        """
        if self.host != socket.gethostname():
            return False          # another machine: only the lock's expiry says it is gone
        now = process_start_time(self.pid)
        return now is None or (self.started not in (None, "?") and now not in ("?", self.started))


def took_over(holder: LockHolder) -> str:
    """The run report's line for a lock taken over from a dead holder."""
    return (f"took over the import lock left by {holder} (that process is gone, killed or crashed); "
            "this run completes what it left")


class GraphStore(ABC):
    """A graph store edugraph reads and writes; also a context manager."""

    #: How the store names itself in messages and reports (never with a password).
    description: str
    #: Cypher features (``// needs:`` of a canned query) the store cannot run:
    #: such queries are answered by their fallback (edugraph.graph.canned).
    needs_fallback_for: frozenset[str] = frozenset()
    #: Whether the store's client re-opens a lost connection by itself; when not,
    #: an unattended import wraps it in edugraph.retry.ReconnectingStore.
    reconnects_by_itself: bool = False
    #: How many times the connection was lost and re-opened (the run report shows it).
    reconnects: int = 0
    #: Procedures that only read (``CALL db.labels()``): :meth:`read` refuses every other one.
    read_procedures: frozenset[str] = frozenset()

    @staticmethod
    def handles(target: str) -> bool:
        """Whether this adapter opens the store named by ``target``."""
        return False

    @classmethod
    def open(cls, target: str, *, home, settings: dict, limits: QueryLimits) -> "GraphStore":
        """Open the store named by ``target`` (data directory ``home``, adapter ``settings``,
        query ``limits``)."""
        raise NotImplementedError

    @classmethod
    def describe_target(cls, target: str, *, home, settings: dict) -> str:
        """The ``description`` a store opened from ``target`` would have, without opening it."""
        raise NotImplementedError

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the key index and uniqueness constraint of every label (idempotent)."""

    @abstractmethod
    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        """Run a read-only query; a query that would write raises WriteRefusedError."""

    def refuse_unsafe_read(self, cypher: str) -> None:
        """Raise ReadRefusedError for LOAD CSV, a procedure off :attr:`read_procedures`,
        an administration or schema command, EXPLAIN or PROFILE (whoever calls :meth:`read`)."""
        refusal = read_refusal(cypher, self.read_procedures)
        if refusal:
            raise ReadRefusedError(refusal)

    @abstractmethod
    def write(self, cypher: str, params: dict | None = None) -> list[dict]:
        """Run one statement that may write; returns its rows."""

    @abstractmethod
    def write_unit(self, statements: list[Statement]) -> list[dict[str, int]]:
        """Run several statements as one unit; returns each statement's counters.

        Neo4j: one transaction (all or nothing).  FalkorDB: the statements
        one after the other, each atomic; a unit interrupted half-way is
        completed or undone by the next import (the importer's protocol).
        """

    @abstractmethod
    def import_lock(self, *, wait: bool = False) -> contextlib.AbstractContextManager[str | None]:
        """Hold the store's import lock; raise LockHeldError at once unless ``wait``.

        A lock records the holder's host and pid.  A holder on this host that
        has died (``kill -9``) is taken over at once; the context then yields a
        one-line notice saying so (else None).  A holder on another host keeps
        the lock until its expiry.
        """

    @abstractmethod
    def break_lock(self) -> str | None:
        """Remove the import lock a person knows is stale; returns who held it (None: no lock).

        Raises LockHeldError when the holder is a live process on this host.
        """

    @abstractmethod
    def lock_holder(self) -> str | None:
        """Who holds the import lock now ("host pid N ..."), or None."""

    def clear(self) -> None:
        """Delete every node and relationship (tests, and ``edugraph`` never calls it itself)."""
        self.write(internal_cypher("clear_all"))

    def close(self) -> None:
        """Release the connection (and, embedded, this process's hold on the server)."""

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.description}>"
