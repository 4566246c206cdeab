"""The embedded FalkorDB store (the default).

FalkorDB specifics handled here and only here:

* a uniqueness constraint needs the exact-match index first
  (``CREATE INDEX FOR (n:L) ON (n.key)``, then ``GRAPH.CONSTRAINT CREATE``),
  and is built asynchronously: :meth:`FalkorStore.ensure_schema` waits for it;
* the read-only guard is ``GRAPH.RO_QUERY``;
* there are no multi-statement transactions: a unit runs its statements one
  after the other, each atomic on its own.  (Not MULTI/EXEC: FalkorDB 4.16
  crashes replaying a MULTI/EXEC block of GRAPH.QUERY writes from the
  append-only file on restart — an assertion on ``server.in_exec`` — so the
  data directory would not start again.)  The importer's write protocol
  (docs/ARCHITECTURE.md §2: hash written last, stale marks) makes an
  interrupted unit converge on the next run;
* the import lock is an fcntl lock on ``<home>/import.lock``, which also
  names its holder (host, pid).  The kernel releases it when its holder dies,
  however it dies: a run after a ``kill -9`` takes it at once, and its report
  says whose lock it took over.
"""
from __future__ import annotations

import codecs
import contextlib
import fcntl
import gc
import json
import re
import time
from pathlib import Path
from typing import Iterator

import redis
from falkordb import FalkorDB
from falkordb.query_result import QueryResult

from edugraph.errors import (LockHeldError, QueryError, QueryLimitError, StoreError,
                             StoreUnavailableError, UndecodableTextError, WriteRefusedError)
from edugraph.graph.schema import load_schema
from edugraph.graph.store import embedded
from edugraph.graph.store.base import (COUNTER_NAMES, DERIVED_LABELS, PROJECTION_INDEXES, GraphStore,
                                       LockHolder, QueryLimits, Statement, schema_template, took_over)
from edugraph.queries.files import internal_cypher

GRAPH_NAME = "edugraph"
EMBEDDED_TARGETS = ("embedded", "falkordb")
_READ_ONLY_MESSAGE = "to be executed only on read-only queries"
_TIMED_OUT_MESSAGE = "Query timed out"
_MEMORY_MESSAGE = "mem consumption exceeded capacity"
_INVALID_UTF8_MESSAGE = "Invalid UTF8 string"
#: FalkorDB's whole answer when the constraint being created already exists (for an index: _already_indexed).
_CONSTRAINT_EXISTS = "Constraint already exists"
_CONNECTION_ERRORS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
#: Added to the client's wait beyond the server's own limits (see :func:`client_timeout_s`).
_CLIENT_GRACE_S = 5.0


def client_timeout_s(limits: QueryLimits) -> float | None:
    """How long the client waits for any answer of the embedded server, in seconds.

    The server ends a query at its limit itself; this bound is for a server that
    no longer answers at all (stopped, swapped out, deadlocked), so that a
    scheduled job fails with an error instead of hanging for ever.  A query may
    first wait behind another client's write, so the bound is twice the longest
    limit, plus a grace.  With a limit of 0 (no limit) the client waits as long.

    >>> client_timeout_s(QueryLimits(read_timeout_ms=60_000, write_timeout_ms=3_600_000))
    7205.0
    >>> client_timeout_s(QueryLimits(read_timeout_ms=0)) is None
    True
    """
    if not limits.read_timeout_ms or not limits.write_timeout_ms:
        return None
    return 2 * max(limits.read_timeout_ms, limits.write_timeout_ms) / 1000 + _CLIENT_GRACE_S


#: What the client makes of bytes that are not UTF-8: one lone surrogate per
#: byte (``surrogateescape``), which :func:`_rows` finds and reports.  The
#: handler also counts its calls, so that only a reply that held such bytes
#: is scanned (scanning every reply costs about a tenth of a full read).
_UNDECODED = re.compile("[\udc80-\udcff]")
_DECODE_ERRORS = "edugraph-undecoded"
_undecoded_replies = [0]


def _escape_undecoded(err: UnicodeDecodeError) -> tuple[str, int]:
    _undecoded_replies[0] += 1
    return codecs.lookup_error("surrogateescape")(err)


codecs.register_error(_DECODE_ERRORS, _escape_undecoded)
#: A per-query timeout meaning "no limit" (0 would mean the server's default).
_NO_LIMIT_MS = 2**31 - 1


def _undecoded(value) -> str | None:
    """The first text in ``value`` (a cell: scalar, list or map) that held bytes not UTF-8."""
    if isinstance(value, str):
        return value if _UNDECODED.search(value) else None
    if isinstance(value, (list, tuple)):
        return next((bad for bad in map(_undecoded, value) if bad is not None), None)
    if isinstance(value, dict):
        return _undecoded(list(value.values()))
    return None


def _row_key(row: dict) -> str | None:
    """The node key a row is about: a ``key``/``..._key`` column, or a map's ``key``."""
    for name, value in row.items():
        if (name == "key" or name.endswith("_key")) and isinstance(value, str):
            return value
    for value in row.values():
        if isinstance(value, dict) and isinstance(value.get("key"), str):
            return value["key"]
    return None


def _rows(result: QueryResult, *, check: bool = True) -> list[dict]:
    names = [column[1] for column in result.header]
    rows = [dict(zip(names, row)) for row in result.result_set]
    for number, row in enumerate(rows if check else (), start=1):
        for name, value in row.items():
            bad = _undecoded(value)
            if bad is None:
                continue
            key = _row_key(row)
            where = f"node {key}" if key else f"row {number}"
            shown = bad.encode("utf-8", "backslashreplace").decode("utf-8")
            raise UndecodableTextError(
                f"the store holds text that is not valid UTF-8 ({where}, column {name!r}, "
                f"{len(shown)} characters, starting {shown[:60]!r}); it cannot be shown. "
                "Withdraw and import again the documents that mention it "
                "(or start from an empty data directory)")
    return rows


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a reply is parsed.  The client
    makes a short-lived list for every value of a reply (thousands for a
    page of cosignatory pairs with their events); reference counting frees
    them all, but their count set off collections of the whole process, a
    full one every tenth or so query: 50–100 ms spikes on 6 ms queries (the
    issue-16 benchmark's p95).  Left as it was if something else paused it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _unless_answered(answer: str) -> Iterator[None]:
    """Ignore a store error whose server answer is exactly ``answer``."""
    try:
        yield
    except StoreError as err:
        if not isinstance(err.__cause__, redis.exceptions.ResponseError) or str(err.__cause__) != answer:
            raise


def _already_indexed(prop: str) -> str:
    return f"Attribute '{prop}' is already indexed"


def _counters(result: QueryResult) -> dict[str, int]:
    return {name: int(getattr(result, name)) for name in COUNTER_NAMES}


class FalkorStore(GraphStore):
    """edugraph's graph in the embedded FalkorDB server of data directory ``home``."""

    #: FalkorDB has no undirected ``shortestPath`` (edugraph.graph.canned answers with a search in the store).
    needs_fallback_for = frozenset({"undirected_shortest_path"})
    #: The redis client does not re-open a lost unix socket: edugraph.retry does it for an import.
    reconnects_by_itself = False
    #: FalkorDB's procedures that only read.
    read_procedures = frozenset({
        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.indexes", "db.constraints",
        "db.meta.stats", "db.idx.fulltext.queryNodes", "db.idx.fulltext.queryRelationships",
        "db.idx.vector.queryNodes", "db.idx.vector.queryRelationships",
        "algo.BFS", "algo.pageRank", "algo.SPpaths", "algo.SSpaths", "algo.WCC", "algo.betweenness",
        "algo.labelPropagation"})

    @staticmethod
    def handles(target: str) -> bool:
        """Whether ``target`` names the embedded store."""
        return target.strip().lower() in EMBEDDED_TARGETS

    @classmethod
    def describe_target(cls, target: str, *, home: Path | None, settings: dict) -> str:
        """The description a store opened from ``target`` would give, without opening it."""
        return f"falkordb (embedded) at {cls._home(home)}"

    @classmethod
    def open(cls, target: str, *, home: Path | None, settings: dict,
             limits: QueryLimits) -> "FalkorStore":
        """The embedded store of data directory ``home`` with query ``limits`` (no other setting)."""
        return cls(cls._home(home), limits=limits)

    @staticmethod
    def _home(home: Path | None) -> Path:
        if home is None:
            raise StoreError("the embedded store needs a data directory (edugraph.settings.data_home())")
        return Path(home).resolve()

    def __init__(self, home: Path, *, graph: str = GRAPH_NAME, limits: QueryLimits = QueryLimits()):
        self.home = Path(home).resolve()
        self.description = f"falkordb (embedded) at {self.home}"
        self.limits = limits
        socket, self._token = embedded.acquire(self.home, limits=limits)
        try:
            # Not strict: one bad byte must not abort the whole reply (and
            # hide which node holds it); _rows reports it with the node's key.
            self._db = FalkorDB(unix_socket_path=str(socket), encoding_errors=_DECODE_ERRORS,
                                socket_timeout=client_timeout_s(limits), socket_connect_timeout=10)
            self._graph = self._db.select_graph(graph)
            self._graph_name = graph
            self._create_graph()
        except Exception:
            embedded.release(self.home, self._token)
            raise
        self._closed = False

    def _create_graph(self) -> None:
        # FalkorDB refuses read-only queries on a graph that does not exist
        # yet; any write query creates it (this one changes nothing).
        self._run(internal_cypher("falkor_create_graph"), None, read_only=False)

    # -- queries -----------------------------------------------------------------

    def _run(self, cypher: str, params: dict | None, *, read_only: bool) -> QueryResult:
        limit = self.limits.read_timeout_ms if read_only else self.limits.write_timeout_ms
        try:
            with _no_cycle_collection():
                if read_only:
                    return self._graph.ro_query(cypher, params, timeout=limit or _NO_LIMIT_MS)
                return self._graph.query(cypher, params, timeout=limit or _NO_LIMIT_MS)
        except ValueError as err:       # the client's own check of parameter names (a backtick ...)
            raise QueryError(f"cannot pass these parameters to FalkorDB: {err}") from err
        except _CONNECTION_ERRORS as err:
            raise self._unavailable(err) from err
        except redis.exceptions.ResponseError as err:
            message = str(err)
            if _TIMED_OUT_MESSAGE in message:
                if read_only:
                    raise QueryLimitError(
                        f"query timed out after {limit} ms; raise EDUGRAPH_QUERY_TIMEOUT_MS "
                        "(0 = no limit) if it should run longer") from err
                raise QueryLimitError(
                    f"a write timed out after {limit} ms and was undone; raise "
                    "EDUGRAPH_WRITE_TIMEOUT_MS (0 = no limit) and run it again") from err
            if _INVALID_UTF8_MESSAGE in message:
                # A string function met such text inside the server: find its node.
                self.read(internal_cypher("dump_nodes"))
                raise UndecodableTextError(
                    "the store holds text that is not valid UTF-8 and the query applies a "
                    "string function to it") from err
            if _MEMORY_MESSAGE in message:
                raise QueryLimitError(
                    "query needed more memory than the embedded server gives one query; raise "
                    "EDUGRAPH_QUERY_MEMORY_MB (0 = no limit; read when the server starts)") from err
            if read_only and _READ_ONLY_MESSAGE in message:
                raise WriteRefusedError(
                    "this query would write to the store; only read-only queries are allowed here") from err
            if read_only:
                raise QueryError(f"the store rejected the query: {message}") from err
            raise StoreError(f"FalkorDB refused a write: {message}") from err

    def read(self, cypher: str, params: dict | None = None) -> list[dict]:
        self.refuse_unsafe_read(cypher)
        before = _undecoded_replies[0]
        result = self._run(cypher, params, read_only=True)
        return _rows(result, check=_undecoded_replies[0] != before)

    def write(self, cypher: str, params: dict | None = None) -> list[dict]:
        before = _undecoded_replies[0]
        result = self._run(cypher, params, read_only=False)
        return _rows(result, check=_undecoded_replies[0] != before)

    def write_unit(self, statements: list[Statement]) -> list[dict[str, int]]:
        counters = []
        for index, (cypher, params) in enumerate(statements):
            try:
                counters.append(_counters(self._run(cypher, params, read_only=False)))
            except StoreError as err:
                if isinstance(err, StoreUnavailableError):
                    raise
                raise StoreError(f"statement {index + 1} of {len(statements)} of a write unit "
                                 f"failed: {err}") from err
        return counters

    # -- schema --------------------------------------------------------------------

    def ensure_schema(self) -> None:
        self._create_schema(*self._existing_schema())
        self._wait_for_constraints()

    def _existing_schema(self) -> tuple[set[tuple[str, str]], set[str]]:
        """(label or type, property) pairs that are indexed, and labels whose key is constrained."""
        indexes = self.read(internal_cypher("falkor_indexes"))
        indexed = {(row["label"], prop) for row in indexes for prop in row["properties"]}
        return indexed, {row[1] for row in self._constraints()}

    def _create_schema(self, indexed: set[tuple[str, str]], constrained: set[str]) -> None:
        """Create what the lists lacked.  Another process (two commands starting at
        once on a new data directory) may create the same index or constraint
        between the listing and here: FalkorDB then answers with exactly one
        message, which means the thing is there, as wanted.  Any other answer
        is still an error."""
        for label in load_schema().labels + DERIVED_LABELS:
            if (label, "key") not in indexed:
                with _unless_answered(_already_indexed("key")):
                    self.write(schema_template("create_key_index", label=label))
            if label not in constrained:
                with _unless_answered(_CONSTRAINT_EXISTS):
                    self._command("GRAPH.CONSTRAINT", "CREATE", self._graph_name, "UNIQUE", "NODE",
                                  label, "PROPERTIES", 1, "key")
        for name, prop, is_relationship in PROJECTION_INDEXES:
            if (name, prop) not in indexed:
                template = "create_relationship_index" if is_relationship else "create_property_index"
                with _unless_answered(_already_indexed(prop)):
                    self.write(schema_template(template, **{"type" if is_relationship else "label": name},
                                               property=prop))

    def _constraints(self) -> list[list]:
        # Rows: [type, label, properties, entity kind, status]
        return [row for row in self._graph.ro_query(internal_cypher("falkor_constraints")).result_set
                if row[0] == "UNIQUE" and row[2] == ["key"]]

    def _wait_for_constraints(self, timeout: float = 60.0) -> None:
        """Constraints are built in the background; writing before they hold would race."""
        deadline = time.monotonic() + timeout
        while True:
            statuses = {row[1]: row[4] for row in self._constraints()}
            failed = sorted(label for label, status in statuses.items() if status == "FAILED")
            if failed:
                raise StoreError(f"FalkorDB could not build the key constraint of {failed}: "
                                 "two nodes share a key")
            if all(status == "OPERATIONAL" for status in statuses.values()):
                return
            if time.monotonic() > deadline:
                raise StoreError("FalkorDB is still building its key constraints")
            time.sleep(0.02)

    def _unavailable(self, err: Exception) -> StoreUnavailableError:
        if isinstance(err, redis.exceptions.TimeoutError):
            return StoreUnavailableError(
                f"the embedded FalkorDB server ({self.home}) gave no answer within "
                f"{client_timeout_s(self.limits):g} s (twice the longest query limit, plus "
                f"{_CLIENT_GRACE_S:g} s): it is stopped or hung; see "
                f"{embedded.server_paths(self.home).log}")
        return StoreUnavailableError(f"lost the embedded FalkorDB server ({self.home}): {err}")

    def _command(self, *args) -> object:
        try:
            return self._db.connection.execute_command(*args)
        except _CONNECTION_ERRORS as err:
            raise self._unavailable(err) from err
        except redis.exceptions.ResponseError as err:
            raise StoreError(f"FalkorDB refused {args[0]}: {err}") from err

    def clear(self) -> None:
        # Deleting the whole graph key is instant and also drops indexes;
        # the next ensure_schema builds them again.
        with contextlib.suppress(redis.exceptions.ResponseError):
            self._db.connection.execute_command("GRAPH.DELETE", self._graph_name)
        self._create_graph()

    # -- import lock -----------------------------------------------------------------

    @property
    def _lock_path(self) -> Path:
        return self.home / "import.lock"

    @staticmethod
    def _recorded_holder(handle) -> LockHolder | None:
        handle.seek(0)
        try:
            data = json.loads(handle.read() or "null")
            return LockHolder(str(data["host"]), int(data["pid"]), data.get("started"))
        except (ValueError, TypeError, KeyError):
            return None

    @contextlib.contextmanager
    def import_lock(self, *, wait: bool = False) -> Iterator[str | None]:
        with open(self._lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                holder = self._recorded_holder(handle)
                raise LockHeldError(
                    f"another edugraph import is writing to {self.home} ({holder or 'another process'}); "
                    "wait for it to finish, or run again with --wait") from None
            # A holder that released the lock cleared its name; one still named was killed.
            left = self._recorded_holder(handle)
            notice = took_over(left) if left is not None else None
            try:
                handle.seek(0)
                handle.truncate()
                me = LockHolder.this_process()
                handle.write(json.dumps({"host": me.host, "pid": me.pid, "started": me.started}))
                handle.flush()
                yield notice
            finally:
                handle.seek(0)
                handle.truncate()
                fcntl.flock(handle, fcntl.LOCK_UN)

    def lock_holder(self) -> str | None:
        with open(self._lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return str(self._recorded_holder(handle) or "another process")
            fcntl.flock(handle, fcntl.LOCK_UN)
            return None

    def break_lock(self) -> str | None:
        with open(self._lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = self._recorded_holder(handle)
                raise LockHeldError(
                    f"the import lock of {self.home} is held by a running process "
                    f"({holder or 'another process'}): it is not stale; stop that import instead") from None
            try:
                left = self._recorded_holder(handle)
                handle.seek(0)
                handle.truncate()
                return str(left) if left else None
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            self._db.close()
        embedded.release(self.home, self._token)
