"""Transient store errors during a run: the one place where they are retried.

* **Neo4j**: every statement runs in a managed transaction (``execute_read``
  / ``execute_write``), which the driver itself retries on transient errors
  and lost connections for up to 30 seconds.  Nothing is added here: re-opening
  the driver would also orphan the import lock that a background thread keeps
  alive on the old one.
* **Embedded FalkorDB**: a lost connection (the server was killed, restarted,
  or its socket vanished) raises :class:`~edugraph.errors.StoreUnavailableError`.
  :class:`ReconnectingStore` then re-opens the store (which starts the server
  again if it is gone), and runs the same call again, a bounded number of
  times with a growing pause.  Re-running a call is safe: the importer's
  writes are ``MERGE`` batches that add only what is missing, withdrawals
  that find nothing the second time, and a document's hash is written last
  (docs/ARCHITECTURE.md §2).  Acknowledged writes are in the append-only file
  before the server answers, so a killed server loses none of them.

Which of the two a store needs it says itself (``reconnects_by_itself``):
:func:`with_reconnect` never asks which kind of store it has.  Authentication
errors, refused queries and a held lock are never retried: they are not
transient.

>>> delays(3, first=0.5)
[0.5, 1.0, 2.0]
"""
from __future__ import annotations

import contextlib
import logging
import time
from typing import Callable

from edugraph.errors import StoreUnavailableError
from edugraph.graph.store.base import GraphStore, Statement
from edugraph.logs import log_event

#: Re-tries after the first failure, and the first pause (doubled each time).
RECONNECT_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 0.5


def delays(attempts: int, *, first: float) -> list[float]:
    """The pauses before each retry: ``first``, then doubling."""
    return [first * 2 ** number for number in range(attempts)]


class ReconnectingStore(GraphStore):
    """A store that re-opens itself and retries a call when the connection is lost.

    ``reopen`` opens a new connection to the same store; the old one is
    closed only after the new one is open, so that an embedded server is
    never stopped for lack of users in between.  ``reconnects`` counts the
    successful re-openings (the run report shows it).
    """

    def __init__(self, store: GraphStore, reopen: Callable[[], GraphStore], *,
                 attempts: int = RECONNECT_ATTEMPTS, first_delay: float = FIRST_DELAY_SECONDS,
                 logger: logging.Logger | None = None, sleep: Callable[[float], None] = time.sleep):
        self._store = store
        self._reopen = reopen
        self._delays = delays(attempts, first=first_delay)
        self._log = logger or logging.getLogger("edugraph")
        self._sleep = sleep
        self.reconnects = 0
        self.reconnects_by_itself = True

    @property
    def description(self) -> str:              # type: ignore[override]
        return self._store.description

    @property
    def needs_fallback_for(self) -> frozenset[str]:   # type: ignore[override]
        return self._store.needs_fallback_for

    @property
    def read_procedures(self) -> frozenset[str]:   # type: ignore[override]
        return self._store.read_procedures

    @property
    def inner(self) -> GraphStore:
        """The store currently in use."""
        return self._store

    def _call(self, name: str, *args):
        for attempt, delay in enumerate([*self._delays, None], start=1):
            try:
                return getattr(self._store, name)(*args)
            except StoreUnavailableError as err:
                if delay is None:
                    raise
                log_event(self._log, logging.WARNING, "store.retry",
                          f"lost the store ({err}); reconnecting in {delay:g} s "
                          f"(retry {attempt} of {len(self._delays)})",
                          store=self.description, retry=attempt, delay_seconds=delay)
                self._sleep(delay)
                self._replace()

    def _replace(self) -> None:
        try:
            fresh = self._reopen()
        except StoreUnavailableError as err:
            log_event(self._log, logging.WARNING, "store.reconnect_failed",
                      f"could not reopen the store yet: {err}", store=self.description)
            return
        old, self._store = self._store, fresh
        self.reconnects += 1
        with contextlib.suppress(Exception):
            old.close()

    def ensure_schema(self) -> None:
        return self._call("ensure_schema")

    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        return self._call("read", cypher, params)

    def write(self, cypher: str, params: dict | None = None) -> list[dict]:
        return self._call("write", cypher, params)

    def write_unit(self, statements: list[Statement]) -> list[dict[str, int]]:
        return self._call("write_unit", statements)

    def clear(self) -> None:
        return self._call("clear")

    def import_lock(self, *, wait: bool = False):
        # The lock belongs to the data directory or database, not to the
        # connection: it stays held across a reconnection.
        return self._store.import_lock(wait=wait)

    def lock_holder(self) -> str | None:
        return self._call("lock_holder")

    def break_lock(self) -> str | None:
        return self._call("break_lock")

    def close(self) -> None:
        self._store.close()


def with_reconnect(store: GraphStore, reopen: Callable[[], GraphStore], *,
                   logger: logging.Logger | None = None, **options) -> GraphStore:
    """``store`` made to survive lost connections where that is edugraph's job (see above)."""
    if store.reconnects_by_itself:
        return store
    return ReconnectingStore(store, reopen, logger=logger, **options)
