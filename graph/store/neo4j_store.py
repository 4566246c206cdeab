"""The Neo4j store (official driver; bolt://, neo4j://, neo4j+s:// ... URIs).

Neo4j specifics handled here and only here:

* every statement runs in a managed transaction (``execute_read`` /
  ``execute_write``) so the driver retries transient failures, and a unit is
  one transaction;
* the read-only guard, in three steps: the text first
  (:meth:`GraphStore.refuse_unsafe_read`: LOAD CSV, procedures off
  :attr:`Neo4jStore.read_procedures`, administration and schema commands,
  EXPLAIN/PROFILE), then ``EXPLAIN <query>`` and refuse unless the summary's
  ``query_type`` is ``'r'``, then the query in a read transaction.  On Neo4j
  5.26 a read transaction (``AccessMode`` READ) itself refuses CREATE, MERGE,
  SET, DELETE and schema writes even on a single server; what gets through it
  is LOAD CSV (which Neo4j classes as a read, and which reads the server's
  files and fetches URLs) and DBMS procedures, which is why the text is
  checked first;
* the driver's notifications (deprecations, "null value eliminated" ...)
  go to edugraph's logger at debug level instead of stderr;
* the database is opened at connect time, so a wrong ``NEO4J_DATABASE`` says
  that the database does not exist on the server;
* credentials come from ``NEO4J_USER``/``NEO4J_PASSWORD`` (never from the
  command line, never in a message or repr);
* the import lock is one ``EdugraphLock`` node (``key: "import"``) holding an
  owner id, the holder's host, pid and process start time, and an expiry in
  server time.  Acquiring it is a write transaction that first takes the
  node's write lock (so two acquirers serialise), then claims it when it is
  free or expired.  The holder extends the expiry from a background thread.
  A holder that died on the same host (``kill -9``) is taken over at once; a
  holder on another host keeps the lock until it expires, :data:`LOCK_TTL_MS`
  after its last refresh; ``edugraph unlock`` removes a lock a person knows is
  stale.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

from edugraph.errors import (AuthenticationError, LockHeldError, QueryError, QueryLimitError,
                             ReadRefusedError, StoreError, StoreUnavailableError,
                             UndecodableTextError, WriteRefusedError)
from edugraph.graph.schema import load_schema
from edugraph.graph.store.base import (COUNTER_NAMES, DERIVED_LABELS, LOCK_LABEL, PROJECTION_INDEXES,
                                       GraphStore, LockHolder, QueryLimits, Statement, schema_template,
                                       took_over)
from edugraph.queries.files import internal_cypher

NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
LOCK_TTL_MS = 10 * 60 * 1000
LOCK_REFRESH_SECONDS = 60.0
LOCK_POLL_SECONDS = 2.0
#: The driver logs every notification the server sends through this logger (neo4j >= 5.21).
NOTIFICATIONS_LOGGER = "neo4j.notifications"
DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"


class _NotificationsAtDebug(logging.Handler):
    """Passes the driver's notifications to edugraph's logger at debug level."""

    def emit(self, record: logging.LogRecord) -> None:
        logging.getLogger("edugraph.neo4j").debug(
            record.getMessage(), extra={"event": "neo4j.notification", "fields": {}})


def route_notifications() -> None:
    """Send the driver's notifications to edugraph's debug log, never raw to stderr (idempotent)."""
    notifications = logging.getLogger(NOTIFICATIONS_LOGGER)
    if not any(isinstance(handler, _NotificationsAtDebug) for handler in notifications.handlers):
        notifications.addHandler(_NotificationsAtDebug())
    notifications.setLevel(logging.DEBUG)     # every severity reaches edugraph's log, at debug
    notifications.propagate = False


def is_neo4j_uri(target: str) -> bool:
    """Whether ``target`` names a Neo4j server.

    >>> is_neo4j_uri("neo4j+s://abc.databases.neo4j.io"), is_neo4j_uri("embedded")
    (True, False)
    """
    return urlsplit(target).scheme.lower() in NEO4J_SCHEMES


def describe_uri(uri: str, database: str | None) -> str:
    """The URI without any user information, plus the database.

    >>> describe_uri("bolt://localhost:7687", None)
    'bolt://localhost:7687/(default database)'
    """
    parts = urlsplit(uri)
    address = parts.netloc.rsplit("@", 1)[-1]
    return f"{parts.scheme}://{address}/{database or '(default database)'}"


class Neo4jStore(GraphStore):
    """edugraph's graph in a Neo4j 5 database."""

    #: Neo4j runs every canned statement itself.
    needs_fallback_for: frozenset[str] = frozenset()
    #: The driver's connection pool re-connects by itself.
    reconnects_by_itself = True
    #: Neo4j 5's procedures that only read the database (``dbms.*`` is never among them).
    read_procedures = frozenset({
        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.info", "db.ping",
        "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
        "db.index.vector.queryNodes", "db.index.vector.queryRelationships"})

    @staticmethod
    def handles(target: str) -> bool:
        """Whether ``target`` is a Neo4j URI."""
        return is_neo4j_uri(target)

    @classmethod
    def describe_target(cls, target: str, *, home: Path | None, settings: dict) -> str:
        """The description a store opened from ``target`` would give, without opening it."""
        return describe_uri(target, settings.get("database"))

    @classmethod
    def open(cls, target: str, *, home: Path | None, settings: dict,
             limits: QueryLimits) -> "Neo4jStore":
        """A store for URI ``target`` with ``settings`` ``user``, ``password``, ``database``."""
        return cls(target, user=settings.get("user"), password=settings.get("password"),
                   database=settings.get("database"), limits=limits)

    def __init__(self, uri: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, limits: QueryLimits = QueryLimits()):
        self.limits = limits
        parts = urlsplit(uri)
        if parts.password is not None or parts.username is not None:
            raise StoreError("put the Neo4j user and password in NEO4J_USER and NEO4J_PASSWORD, "
                             "not in the store URI")
        self._database = database or None
        self.description = describe_uri(uri, self._database)
        try:
            parts.port
        except ValueError as err:
            raise StoreError(f"not a usable Neo4j URI ({self.description}): {err}") from err
        auth = (user or "neo4j", password) if password is not None else None
        route_notifications()
        try:
            self._driver = GraphDatabase.driver(uri, auth=auth)
        except (ValueError, neo4j_errors.ConfigurationError) as err:
            raise StoreError(f"not a usable Neo4j URI ({self.description}): {err}") from err
        with self._translated(reading=False):
            self._driver.verify_connectivity()
            self._open_database()

    def _open_database(self) -> None:
        """Run a trivial query in the configured database: a wrong name fails now, clearly."""
        try:
            with self._session() as session:
                session.execute_read(lambda tx: tx.run(internal_cypher("neo4j_ping")).consume())
        except neo4j_errors.ClientError as err:
            if err.code == DATABASE_NOT_FOUND:
                raise StoreError(f"database {self._database or '(default)'!r} does not exist on this "
                                 f"server ({self.description}); check NEO4J_DATABASE") from err
            raise

    # -- errors ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _translated(self, *, reading: bool) -> Iterator[None]:
        try:
            yield
        except neo4j_errors.AuthError as err:
            raise AuthenticationError(
                f"Neo4j at {self.description} rejected the credentials "
                "(check NEO4J_USER and NEO4J_PASSWORD)") from err
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as err:
            raise StoreUnavailableError(f"Neo4j at {self.description} is unavailable: {err}") from err
        except neo4j_errors.Neo4jError as err:
            if "TransactionTimedOut" in (err.code or ""):
                setting, limit = (("EDUGRAPH_QUERY_TIMEOUT_MS", self.limits.read_timeout_ms) if reading
                                  else ("EDUGRAPH_WRITE_TIMEOUT_MS", self.limits.write_timeout_ms))
                raise QueryLimitError(f"query timed out after {limit} ms; raise {setting} "
                                      "(0 = no limit) if it should run longer") from err
            if not isinstance(err, neo4j_errors.ClientError):
                raise StoreError(f"Neo4j at {self.description} failed: {err}") from err
            if reading:
                raise QueryError(f"Neo4j rejected the query: {err.message}") from err
            raise StoreError(f"Neo4j refused a write: {err.message}") from err
        except neo4j_errors.DriverError as err:
            raise StoreError(f"Neo4j at {self.description} failed: {err}") from err
        except UnicodeDecodeError as err:
            raise UndecodableTextError(
                f"Neo4j at {self.description} returned text that is not valid UTF-8 ({err}); "
                "it cannot be shown") from err

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self._database)

    # -- queries -----------------------------------------------------------------------

    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        params = params or {}
        self.refuse_unsafe_read(cypher)
        with self._translated(reading=True), self._session() as session:
            query_type = session.execute_read(
                lambda tx: tx.run("EXPLAIN " + cypher, params).consume().query_type)
            if query_type == "s":
                raise ReadRefusedError("refused: the statement changes the schema (indexes, constraints); "
                                       "only read-only queries are allowed here")
            if query_type != "r":
                raise WriteRefusedError(
                    "this query would write to the store; only read-only queries are allowed here")
            return session.execute_read(_timed(lambda tx: tx.run(cypher, params).data(),
                                               self.limits.read_timeout_ms))

    def write(self, cypher: str, params: dict | None = None) -> list[dict]:
        with self._translated(reading=False), self._session() as session:
            return session.execute_write(_timed(lambda tx: tx.run(cypher, params or {}).data(),
                                                self.limits.write_timeout_ms))

    def write_unit(self, statements: list[Statement]) -> list[dict[str, int]]:
        def unit(tx: neo4j.ManagedTransaction) -> list[dict[str, int]]:
            counters = []
            for cypher, params in statements:
                summary = tx.run(cypher, params).consume()
                counters.append({name: getattr(summary.counters, name) for name in COUNTER_NAMES})
            return counters

        if not statements:
            return []
        with self._translated(reading=False), self._session() as session:
            return session.execute_write(_timed(unit, self.limits.write_timeout_ms))

    # -- schema ----------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        with self._translated(reading=False), self._session() as session:
            statements = [schema_template("neo4j_key_constraint", label=label)
                          for label in load_schema().labels + DERIVED_LABELS + (LOCK_LABEL,)]
            for name, prop, is_relationship in PROJECTION_INDEXES:
                if is_relationship:
                    statements.append(schema_template("neo4j_relationship_index", type=name, property=prop))
                else:
                    statements.append(schema_template("neo4j_property_index", label=name, property=prop))
            for statement in statements:
                session.execute_write(lambda tx, s=statement: tx.run(s).consume())

    def clear(self) -> None:
        # Deleting in batches keeps a large database within transaction memory;
        # CALL { } IN TRANSACTIONS needs an auto-commit transaction.
        with self._translated(reading=False), self._session() as session:
            session.run(internal_cypher("neo4j_clear_in_batches")).consume()

    # -- import lock -----------------------------------------------------------------------------

    def _lock_call(self, name: str, owner: str = "", **extra) -> dict:
        me = LockHolder.this_process()
        params = {"name": "import", "owner": owner, "ttl": LOCK_TTL_MS, "holder": str(me),
                  "host": me.host, "pid": me.pid, "started": me.started, **extra}
        rows = self.write(schema_template(name, label=LOCK_LABEL), params)
        return rows[0] if rows else {}

    @staticmethod
    def _holder_of(row: dict) -> LockHolder | None:
        if row.get("host") is None or row.get("pid") is None:
            return None          # a lock written by an older edugraph: only its expiry frees it
        return LockHolder(row["host"], int(row["pid"]), row.get("started"))

    @staticmethod
    def _describe(row: dict) -> str:
        remaining = row.get("remaining")
        expiry = "" if remaining is None else (
            f", expires in {max(1, round(remaining / 60000))} min" if remaining > 0 else ", expired")
        return f"{row.get('holder') or 'unknown holder'}{expiry}"

    @contextlib.contextmanager
    def import_lock(self, *, wait: bool = False) -> Iterator[str | None]:
        owner = uuid.uuid4().hex
        notice = None
        while True:
            claim = self._lock_call("neo4j_lock_acquire", owner)
            if claim.get("acquired"):
                break
            holder = self._holder_of(claim)
            if holder is not None and holder.is_dead_here():
                taken = self._lock_call("neo4j_lock_take_over", owner, previous=claim.get("owner"))
                if taken.get("acquired"):
                    notice = took_over(holder)
                    break
                continue              # someone else claimed it meanwhile: ask again
            if not wait:
                raise LockHeldError(
                    f"another edugraph import is writing to {self.description} "
                    f"({self._describe(claim)}); wait for it to finish, or run again with --wait")
            time.sleep(LOCK_POLL_SECONDS)
        stop = threading.Event()
        keeper = threading.Thread(target=self._keep_lock, args=(owner, stop), daemon=True)
        keeper.start()
        try:
            yield notice
        finally:
            stop.set()
            keeper.join()
            with contextlib.suppress(StoreError):
                self._lock_call("neo4j_lock_release", owner)

    def _keep_lock(self, owner: str, stop: threading.Event) -> None:
        while not stop.wait(LOCK_REFRESH_SECONDS):
            with contextlib.suppress(StoreError):
                self._lock_call("neo4j_lock_refresh", owner)

    def _lock_row(self) -> dict | None:
        rows = self.read(schema_template("neo4j_lock_holder", label=LOCK_LABEL), {"name": "import"})
        return rows[0] if rows else None

    def lock_holder(self) -> str | None:
        row = self._lock_row()
        return self._describe(row) if row else None

    def break_lock(self) -> str | None:
        row = self._lock_row()
        if row is None:
            return None
        holder = self._holder_of(row)
        if holder is not None and holder.host == LockHolder.this_process().host and not holder.is_dead_here():
            raise LockHeldError(f"the import lock of {self.description} is held by a running process "
                                f"({holder}): it is not stale; stop that import instead")
        rows = self.write(schema_template("neo4j_lock_break", label=LOCK_LABEL), {"name": "import"})
        return rows[0]["holder"] if rows else None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._driver.close()


def _timed(work: Callable, limit_ms: int) -> Callable:
    """``work`` as a transaction function the server stops after ``limit_ms`` (0: no limit)."""
    return neo4j.unit_of_work(timeout=limit_ms / 1000)(work)
