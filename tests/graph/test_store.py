"""The two stores behind one interface, on real servers (FalkorDB always, Neo4j with NEO4J_URI)."""
from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from edugraph.errors import (LockHeldError, ParameterError, QueryError, ReadRefusedError, StoreError,
                             StoreUnavailableError, WriteRefusedError)
from edugraph.graph.store import open_store
from edugraph.graph.store import embedded
from edugraph.graph.store import falkor
from edugraph.graph.store.base import LOCK_LABEL, QueryLimits, schema_template
from edugraph.graph.store.falkor import FalkorStore
from edugraph.queries import run_cypher
from lock_holder import hold_lock, kill_9

NASTY = ["<script>alert(1)</script>", "') DETACH DELETE n //", 'say "hi"\\n', "บรรทัด\nใหม่ ๑๒๓",
         "{label}", "$rows", "`backtick`"]


# -- both stores -------------------------------------------------------------------

def test_read_returns_scalars_maps_and_lists(clean_store):
    clean_store.write("UNWIND $keys AS k CREATE (:Person {key: k, aliases: ['x', 'y']})",
                      {"keys": ["Person:ก", "Person:ข"]})
    rows = clean_store.read("MATCH (n:Person) RETURN n.key AS key, n.aliases AS aliases, "
                            "{key: n.key} AS item ORDER BY key")
    assert rows == [{"key": "Person:ก", "aliases": ["x", "y"], "item": {"key": "Person:ก"}},
                    {"key": "Person:ข", "aliases": ["x", "y"], "item": {"key": "Person:ข"}}]


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Person {key: 'Person:x'})",
    "MERGE (n:Person {key: 'Person:x'}) RETURN n.key",
    "MATCH (n:Person) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Person) REMOVE n.name",
])
def test_read_refuses_any_write(clean_store, cypher):
    clean_store.write("CREATE (:Person {key: 'Person:keep', name: 'keep'})")
    with pytest.raises(WriteRefusedError, match="would write"):
        clean_store.read(cypher)
    assert clean_store.read("MATCH (n:Person) RETURN n.key AS key, n.name AS name") == [
        {"key": "Person:keep", "name": "keep"}]


def test_write_unit_reports_counters_per_statement(clean_store):
    counters = clean_store.write_unit([
        ("UNWIND $rows AS row MERGE (n:Agency {key: row}) ", {"rows": ["Agency:a", "Agency:b"]}),
        ("MATCH (a:Agency {key: 'Agency:a'}), (b:Agency {key: 'Agency:b'}) "
         "MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['d']", {}),
        ("MATCH (n:Agency {key: 'Agency:b'}) DETACH DELETE n", {}),
    ])
    assert [c["nodes_created"] for c in counters] == [2, 0, 0]
    assert [c["relationships_created"] for c in counters] == [0, 1, 0]
    assert counters[2]["nodes_deleted"] == 1 and counters[2]["relationships_deleted"] == 1


def test_keys_are_unique_per_label(clean_store):
    clean_store.ensure_schema()          # idempotent
    clean_store.write("CREATE (:Agency {key: 'Agency:x'})")
    with pytest.raises(StoreError):
        clean_store.write("CREATE (:Agency {key: 'Agency:x'})")
    clean_store.write("CREATE (:Person {key: 'Agency:x'})")   # another label may share it
    assert clean_store.read("MATCH (n {key: 'Agency:x'}) RETURN count(n) AS total") == [{"total": 2}]


def test_values_travel_only_as_parameters_and_come_back_verbatim(clean_store):
    clean_store.write("UNWIND $names AS name CREATE (:Person {key: 'Person:' + name, name: name})",
                      {"names": NASTY})
    rows = clean_store.read("MATCH (n:Person) RETURN n.name AS name ORDER BY name")
    assert sorted(r["name"] for r in rows) == sorted(NASTY)
    assert clean_store.read("MATCH (n) RETURN count(n) AS total") == [{"total": len(NASTY)}]


def test_schema_templates_take_only_schema_names():
    assert schema_template("count_label", label="Agency") == "MATCH (n:Agency) RETURN count(n) AS total"
    with pytest.raises(ValueError, match="not a label or type of the schema"):
        schema_template("count_label", label="Agency) DETACH DELETE (n")


def test_import_lock_refuses_or_waits(clean_store):
    with clean_store.import_lock():
        with pytest.raises(LockHeldError, match="--wait"):
            with clean_store.import_lock():
                pass
    events = []
    released = threading.Event()

    def second_importer():
        with clean_store.import_lock(wait=True):
            events.append("second got the lock")

    with clean_store.import_lock():
        worker = threading.Thread(target=second_importer)
        worker.start()
        time.sleep(0.3)
        events.append("first releases")
        released.set()
    worker.join(timeout=30)
    assert events == ["first releases", "second got the lock"]


@pytest.mark.parametrize("cypher, message", [
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV reads files and URLs on the server"),
    ("LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN count(row) AS n", "LOAD CSV"),
    ("CALL dbms.components() YIELD name RETURN name", "the procedure dbms.components is not one of the read"),
    ("CALL dbms.security.listUsers()", "the procedure dbms.security.listUsers is not one"),
    ("SHOW USERS", "SHOW is an administration or schema command, not a query of the graph"),
    ("CREATE INDEX FOR (n:Person) ON (n.name)", "CREATE INDEX is an administration or schema command"),
    ("USE system SHOW USERS", "USE reads another database"),
    ("EXPLAIN MATCH (n) RETURN n.key AS key", "EXPLAIN shows a query plan, not rows"),
    ("PROFILE MATCH (n) RETURN count(n) AS c", "PROFILE shows a query plan, not rows"),
])
def test_read_refuses_what_is_not_a_graph_query_whoever_calls_it(clean_store, cypher, message):
    with pytest.raises(ReadRefusedError, match=message):
        clean_store.read(cypher)


def test_read_runs_the_stores_read_procedures(clean_store):
    clean_store.write("CREATE (:Province {key: 'Province:ตาก', name: 'ตาก'})")
    rows = clean_store.read("CALL db.labels() YIELD label RETURN label")
    assert "Province" in [row["label"] for row in rows]


def test_a_parameter_name_with_a_backtick_is_a_clear_error(clean_store):
    with pytest.raises(ParameterError, match="parameter name 'a`b' cannot be passed"):
        run_cypher(clean_store, "RETURN $x AS x", {"a`b": 1, "x": 2})
    with pytest.raises(QueryError):            # whoever calls the store itself
        clean_store.read("RETURN $x AS x", {"a`b": 1, "x": 2})


def test_a_lock_names_its_host_and_pid(clean_store):
    with clean_store.import_lock() as notice:
        assert notice is None
        holder = clean_store.lock_holder()
        assert socket.gethostname() in holder and f"pid {os.getpid()}" in holder
        with pytest.raises(LockHeldError, match="held by a running process"):
            clean_store.break_lock()        # a live holder on this host is never stale
    assert clean_store.lock_holder() is None


def test_a_lock_whose_holder_was_killed_on_this_host_is_taken_over_at_once(clean_store, store_target,
                                                                           falkor_home):
    holder = hold_lock(store_target, falkor_home)
    try:
        with pytest.raises(LockHeldError, match=f"pid {holder.pid}"):
            with clean_store.import_lock():
                pass
    finally:
        pid = kill_9(holder)
    started = time.monotonic()
    with clean_store.import_lock() as notice:
        waited = time.monotonic() - started
        assert notice == (f"took over the import lock left by {socket.gethostname()} pid {pid} (that process "
                          "is gone, killed or crashed); this run completes what it left")
    assert waited < 60                       # not the ten minutes of the lock's expiry
    with clean_store.import_lock() as notice:
        assert notice is None                # released cleanly this time


@pytest.mark.neo4j
def test_a_neo4j_lock_held_from_another_host_is_respected_until_a_person_removes_it(neo4j_store):
    neo4j_store.break_lock()
    neo4j_store.write(schema_template("neo4j_lock_acquire", label=LOCK_LABEL), {
        "name": "import", "owner": "elsewhere", "ttl": 600_000, "holder": "elsewhere.example pid 4242",
        "host": "elsewhere.example", "pid": 4242, "started": "1"})
    try:
        with pytest.raises(LockHeldError, match=r"elsewhere\.example pid 4242, expires in 10 min"):
            with neo4j_store.import_lock():
                pass
        assert neo4j_store.lock_holder() == "elsewhere.example pid 4242, expires in 10 min"
        assert neo4j_store.break_lock() == "elsewhere.example pid 4242"
        with neo4j_store.import_lock() as notice:
            assert notice is None
    finally:
        neo4j_store.break_lock()


@pytest.mark.neo4j
def test_a_wrong_neo4j_database_is_named_at_connect_time(neo4j_store):
    from edugraph.settings import neo4j_settings

    settings = {**neo4j_settings(), "database": "edugraphnosuchdb"}
    with pytest.raises(StoreError, match="database 'edugraphnosuchdb' does not exist on this server"):
        open_store(os.environ["NEO4J_URI"], settings=settings)


@pytest.mark.neo4j
def test_neo4j_notifications_go_to_the_debug_log_not_stderr(neo4j_store, capfd, caplog):
    caplog.set_level("DEBUG", logger="edugraph")
    capfd.readouterr()
    # A deprecated subquery form: the server sends a deprecation warning with the result.
    rows = neo4j_store.read("MATCH (n) CALL { WITH n RETURN n.key AS k } RETURN count(k) AS c")
    assert rows and "c" in rows[0]
    assert capfd.readouterr().err == ""
    assert any(record.name == "edugraph.neo4j" and record.levelname == "DEBUG" for record in caplog.records)


# -- target resolution and Neo4j errors without a server -------------------------------

def test_unknown_target_is_a_clear_error():
    with pytest.raises(StoreError, match="unknown store 'mysql://x'"):
        open_store("mysql://x")


def test_password_in_uri_is_refused_without_echoing_it():
    with pytest.raises(StoreError) as info:
        open_store("bolt://neo4j:s3cr3t-pw@localhost:7687")
    assert "s3cr3t-pw" not in str(info.value)
    assert "NEO4J_PASSWORD" in str(info.value)


def test_unreachable_neo4j_is_store_unavailable_and_never_shows_the_password():
    settings = {"user": "neo4j", "password": "s3cr3t-pw"}
    with pytest.raises(StoreUnavailableError) as info:
        open_store("bolt://127.0.0.1:9", settings=settings)   # the discard port: nothing listens
    text = f"{info.value} {info.value!r} {info.value.__cause__!r}"
    assert "s3cr3t-pw" not in text
    assert "bolt://127.0.0.1:9" in str(info.value)


# -- the embedded server's lifecycle ----------------------------------------------------

def _alive(pid: int) -> bool:
    return embedded.process_start_time(pid) is not None


def test_server_is_shared_and_stopped_by_its_last_user(fresh_home):
    first = FalkorStore(fresh_home)
    pid = embedded.server_pid(fresh_home)
    assert pid and _alive(pid)
    second = FalkorStore(fresh_home)
    assert embedded.server_pid(fresh_home) == pid           # reused, not a second server
    first.close()
    assert _alive(pid) and second.read("RETURN 1 AS one") == [{"one": 1}]
    second.close()
    assert not _alive(pid)
    assert not embedded.server_running(fresh_home)
    assert "redis.sock" not in os.listdir(fresh_home / "falkordb")


def _wait_for_log(home, text: str, seconds: float = 5.0) -> None:
    """Until the append-only log holds ``text`` (the server writes it within about 2 s)."""
    wanted = text.encode("utf-8")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        logs = (home / "falkordb" / "appendonlydir").glob("*.aof")
        if any(wanted in path.read_bytes() for path in logs):
            return
        time.sleep(0.05)
    raise AssertionError(f"{text!r} not in the append-only log after {seconds} s")


def test_data_survives_restarts_and_a_killed_server(fresh_home):
    with FalkorStore(fresh_home) as store:
        store.ensure_schema()
        store.write("CREATE (:Province {key: 'Province:สตูล', name: 'สตูล'})")
    with FalkorStore(fresh_home) as store:          # restarted from the append-only file
        assert store.read("MATCH (n:Province) RETURN n.name AS name") == [{"name": "สตูล"}]
        store.write("CREATE (:Province {key: 'Province:ตาก', name: 'ตาก'})")
        # a write unit too: its append-only log must replay on restart
        store.write_unit([("CREATE (:Province {key: 'Province:น่าน', name: 'น่าน'})", {}),
                          ("MATCH (n:Province {key: 'Province:น่าน'}) SET n.aliases = ['นน.']", {})])
        # appendfsync everysec: a write reaches the log within about two seconds
        # (Redis postpones it while an fsync is pending, as under heavy disk load);
        # what is in the log must survive the kill.
        _wait_for_log(fresh_home, "นน.")
        os.kill(embedded.server_pid(fresh_home), signal.SIGKILL)
        time.sleep(0.2)
    with FalkorStore(fresh_home) as store:          # stale pid file and socket recovered
        names = store.read("MATCH (n:Province) RETURN n.name AS name ORDER BY name")
        assert names == [{"name": "ตาก"}, {"name": "น่าน"}, {"name": "สตูล"}]


def test_stale_pid_file_and_socket_from_a_crash_are_recovered(fresh_home):
    paths = embedded.server_paths(fresh_home)
    paths.dir.mkdir(parents=True)
    paths.pidfile.write_text("999999999\n")           # no such process
    paths.socket.write_text("not a socket")
    (paths.clients).mkdir()
    (paths.clients / "1-dead").write_text("999999998 1 dead\n")   # a client killed with -9
    with FalkorStore(fresh_home) as store:
        assert store.read("RETURN 1 AS one") == [{"one": 1}]
        pid = embedded.server_pid(fresh_home)
    assert not _alive(pid)                            # the dead client did not keep it running


def test_long_data_directory_uses_a_short_socket_path(tmp_path):
    home = tmp_path / ("ข้อมูล-" * 12) / "edugraph-data"
    assert len(os.fsencode(str(home / "falkordb" / "redis.sock"))) > 107
    try:
        with FalkorStore(home) as store:
            store.write("CREATE (:Agency {key: 'Agency:x', name: 'x'})")
            assert store.read("MATCH (n:Agency) RETURN n.name AS name") == [{"name": "x"}]
            socket = embedded.server_paths(home).socket
            assert len(os.fsencode(str(socket))) <= embedded.MAX_SOCKET_PATH
            assert (home / "falkordb" / "redis.sock").resolve() == socket
    finally:
        embedded.stop_server(home)


def test_schema_created_by_another_process_between_listing_and_creating_is_accepted(fresh_home):
    # The race of two commands starting at once on a new data directory, in
    # the order that used to fail: one lists (nothing yet), the other creates
    # every index and constraint, then the first creates what its list lacked.
    first, second = FalkorStore(fresh_home), FalkorStore(fresh_home)
    try:
        listed = first._existing_schema()
        assert listed == (set(), set())
        second.ensure_schema()
        first._create_schema(*listed)            # "already indexed" / "already exists": fine
        first.ensure_schema()
        first.write("CREATE (:Agency {key: 'Agency:x'})")
        with pytest.raises(StoreError):
            second.write("CREATE (:Agency {key: 'Agency:x'})")
        # Only that exact answer is tolerated: the other one still raises.
        with pytest.raises(StoreError, match="Constraint already exists"):
            with falkor._unless_answered(falkor._already_indexed("key")):
                first._command("GRAPH.CONSTRAINT", "CREATE", "edugraph", "UNIQUE", "NODE",
                               "Agency", "PROPERTIES", 1, "key")
    finally:
        first.close()
        second.close()


def test_stop_server_when_none_runs(fresh_home):
    assert embedded.stop_server(fresh_home) is False
    FalkorStore(fresh_home)                             # left open on purpose
    assert embedded.stop_server(fresh_home) is True
    assert not embedded.server_running(fresh_home)


def test_description_names_the_data_directory(fresh_home):
    with open_store(home=fresh_home) as store:
        assert store.description.startswith("falkordb (embedded) at ")
        assert str(Path(fresh_home).resolve()) in store.description
        assert str(fresh_home.resolve()) in repr(store)


def test_a_grown_log_is_compacted_on_stop_so_the_next_start_is_quick(fresh_home):
    with FalkorStore(fresh_home) as store:
        # The log records each query with its parameters: 3,000 names of ~1 kB.
        store.write_unit([("UNWIND $names AS name CREATE (:Agency {key: 'Agency:' + name, name: name})",
                           {"names": [f"{batch}-{i}-" + "สำนักงาน" * 40 for i in range(100)]})
                          for batch in range(30)])
    logs = embedded.server_paths(fresh_home).dir / "appendonlydir"
    incremental = [p for p in logs.iterdir() if p.name.endswith(".incr.aof")]
    assert incremental and all(p.stat().st_size < embedded.COMPACT_BYTES for p in incremental)
    assert any(p.name.endswith(".base.rdb") and p.stat().st_size > 100_000 for p in logs.iterdir())
    with FalkorStore(fresh_home) as store:
        assert store.read("MATCH (n:Agency) RETURN count(n) AS total") == [{"total": 3000}]


def test_a_server_whose_only_user_was_killed_stops_by_itself(fresh_home):
    import subprocess
    import sys

    user = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from edugraph.graph.store import open_store; "
         "store = open_store(home=sys.argv[1]); print('open', flush=True); time.sleep(120)",
         str(fresh_home)], stdout=subprocess.PIPE, text=True)
    assert user.stdout.readline().strip() == "open"
    pid = embedded.server_pid(fresh_home)
    assert pid and _alive(pid)
    user.kill()                                     # kill -9: no close, no release
    user.wait(timeout=30)
    deadline = time.monotonic() + 10 * embedded.WATCH_INTERVAL
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)


@pytest.mark.slow
def test_a_server_that_stops_answering_is_an_error_not_a_hang(fresh_home):
    # A scheduled job must end when the server is stopped or hung (here: SIGSTOP),
    # after twice the longest query limit plus the grace, with an error that says so.
    limits = QueryLimits(read_timeout_ms=500, write_timeout_ms=500)
    with FalkorStore(fresh_home, limits=limits) as store:
        store.write("CREATE (:Province {key: 'Province:สตูล', name: 'สตูล'})")
        pid = embedded.server_pid(fresh_home)
        os.kill(pid, signal.SIGSTOP)
        try:
            with pytest.raises(StoreUnavailableError) as info:
                store.read("MATCH (n:Province) RETURN n.name AS name")
        finally:
            os.kill(pid, signal.SIGCONT)
        assert "gave no answer within 6 s" in str(info.value)
        assert "stopped or hung" in str(info.value)
        # the server answers again once it runs: nothing was lost
        assert store.read("MATCH (n:Province) RETURN n.name AS name") == [{"name": "สตูล"}]
