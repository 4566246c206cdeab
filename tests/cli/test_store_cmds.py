"""``edugraph import``, ``stats``, ``explain`` in-process, and several processes at once."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.importer import import_records, stored_documents
from edugraph.graph.readside import canonical_dump, graph_stats
from edugraph.graph.store import open_store
from edugraph.graph.store.embedded import server_paths, server_running

KSS = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _has_extractor() -> bool:
    try:
        import edugraph.loaders.extract  # noqa: F401
    except ImportError:
        return False
    return True


needs_extractor = pytest.mark.skipif(not _has_extractor(),
                                     reason="edugraph.loaders.extract is not written yet")


def invoke(args, env):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def _edugraph(*args, home: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "EDUGRAPH_HOME": str(home), "EDUGRAPH_STORE": "embedded"}
    env.pop("NEO4J_URI", None)
    command = [sys.executable, "-c", "import sys; from edugraph.cli import main; sys.exit(main())"]
    return subprocess.Popen([*command, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


# -- stats and explain -------------------------------------------------------------------

def test_stats_json_has_the_agreed_shape(clean_store, store_cli_env):
    result = invoke(["stats", "--json"], store_cli_env)
    assert result.exit_code == 0
    stats = json.loads(result.output)
    assert list(stats) == ["documents", "nodes", "relationships"]
    assert stats["nodes"] == {"Agency": 0, "Event": 0, "Person": 0, "Programme": 0, "Province": 0}
    assert len(stats["relationships"]) == 12 and set(stats["relationships"].values()) == {0}


def test_stats_json_is_identical_after_importing_twice(clean_store, store_cli_env, gold_records):
    import_records(clean_store, gold_records)
    first = invoke(["stats", "--json"], store_cli_env).output
    import_records(clean_store, gold_records)
    assert invoke(["stats", "--json"], store_cli_env).output == first
    assert json.loads(first) == graph_stats(clean_store)
    table = invoke(["stats"], store_cli_env).output
    assert "documents: 5" in table and "SIGNED" in table


def test_explain_a_key_and_a_name(clean_store, store_cli_env, gold_records):
    import_records(clean_store, gold_records)
    by_key = invoke(["explain", f"Agency:{KSS}"], store_cli_env)
    assert by_key.exit_code == 0
    assert f"name: {KSS}" in by_key.output and "กสศ." in by_key.output
    assert "002_919af7156d5b0178.txt" in by_key.output
    by_name = invoke(["explain", "--json", "กสศ."], store_cli_env)
    assert json.loads(by_name.output)["key"] == f"Agency:{KSS}"
    missing = CliRunner().invoke(cli, ["explain", "ไม่มีชื่อนี้"], env=store_cli_env)
    assert missing.exit_code == 2
    assert "no node has the key or name" in missing.output


def test_an_unknown_store_is_a_clear_error(store_cli_env):
    result = CliRunner().invoke(cli, ["stats", "--store", "mysql://x"], env=store_cli_env)
    assert result.exit_code == 2
    assert "unknown store 'mysql://x'" in result.output


# -- import ---------------------------------------------------------------------------------

def test_import_refuses_while_another_import_holds_the_lock(clean_store, store_cli_env, tmp_path):
    (tmp_path / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    with clean_store.import_lock():
        result = CliRunner().invoke(cli, ["import", str(tmp_path)], env=store_cli_env)
    assert result.exit_code == 2
    assert "another edugraph import is writing" in result.output and "--wait" in result.output
    assert stored_documents(clean_store) == {}


def test_import_of_a_missing_path_is_a_usage_error(store_cli_env, tmp_path):
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "nope")], env=store_cli_env)
    assert result.exit_code == 2 and "does not exist" in result.output


@needs_extractor
def test_import_examples_twice_then_prune(clean_store, store_cli_env, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("0*")):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.txt").write_bytes(b"")
    first = CliRunner().invoke(cli, ["import", str(folder)], env=store_cli_env)
    assert first.exit_code == 1, first.output                  # the empty file is quarantined
    assert "quarantined: " in first.output and "broken.txt: empty file" in first.output
    stats = invoke(["stats", "--json"], store_cli_env).output
    dump = canonical_dump(clean_store)
    second = CliRunner().invoke(cli, ["import", str(folder)], env=store_cli_env)
    assert " 0 new, 0 changed" in second.output
    assert invoke(["stats", "--json"], store_cli_env).output == stats
    assert canonical_dump(clean_store) == dump
    (folder / "broken.txt").unlink()
    removed = sorted(folder.glob("0*"))[0]
    removed.unlink()
    third = CliRunner().invoke(cli, ["import", "--prune", str(folder)], env=store_cli_env)
    assert third.exit_code == 0, third.output
    assert "1 removed" in third.output
    assert f"{folder.as_posix()}/{removed.name}" not in stored_documents(clean_store)


# -- several processes against one data directory ---------------------------------------------

def test_two_commands_started_at_once_on_a_fresh_data_dir_both_succeed(fresh_home):
    # A data directory nobody wrote is "empty" without a server (see the next
    # test); one whose server directory exists has the server started.
    server_paths(fresh_home).dir.mkdir(parents=True)
    runs = [_edugraph("stats", "--json", home=fresh_home) for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    assert len({out for out, _ in outputs}) == 1
    assert not server_running(fresh_home)                     # the last one stopped it


READ_COMMANDS = [
    ["render", "--out", "{tmp}/view.html"],
    ["query", "signatories", "--param", "province=ศรีสะเกษ"],
    ["export", "--format", "json", "--out", "{tmp}/graph.json"],
    ["analyze", "degree"],
    ["explain", "กสศ."],
    ["cypher", "MATCH (n) RETURN count(n) AS nodes"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_on_a_missing_store_warn_exit_3_and_create_nothing(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)            # the default data directory: ./edugraph-data
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    result = invoke(args, {"EDUGRAPH_HOME": None, "EDUGRAPH_STORE": "embedded"})
    assert result.exit_code == 3, result.output
    home = tmp_path.resolve() / "edugraph-data"
    assert result.stderr.strip() == f"edugraph: warning: the store at {home} is empty: run edugraph import first"
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_on_an_empty_store_warn_and_exit_3(command, clean_store, store_cli_env, tmp_path):
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    result = invoke(args, store_cli_env)
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("edugraph: warning: the store at ")
    assert result.stderr.rstrip().endswith(" is empty: run edugraph import first")
    assert not (tmp_path / "view.html").exists() and not (tmp_path / "graph.json").exists()


def test_stats_on_a_missing_store_warns_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(["stats"], {"EDUGRAPH_HOME": None, "EDUGRAPH_STORE": "embedded"})
    assert result.exit_code == 3 and "is empty: run edugraph import first" in result.stderr
    assert list(tmp_path.iterdir()) == []


def _generated_corpus(folder: Path, count: int) -> Path:
    """``count`` generated signing releases in one JSON Lines file (bench/hostile.py's corpus)."""
    from hostile_inputs import generated_corpus

    return generated_corpus(folder, count)


@pytest.mark.slow
@needs_extractor
def test_two_imports_at_once_never_corrupt_the_store(tmp_path):
    corpus = _generated_corpus(tmp_path, 120)
    home, clean_home = tmp_path / "home", tmp_path / "clean"
    try:
        waiting = [_edugraph("import", "--wait", str(corpus), home=home) for _ in range(2)]
        results = [run.communicate(timeout=600) for run in waiting]
        assert [run.returncode for run in waiting] == [0, 0], results
        impatient = [_edugraph("import", str(corpus), home=home) for _ in range(2)]
        results = [run.communicate(timeout=600) for run in impatient]
        for run, (out, err) in zip(impatient, results):
            assert run.returncode == 0 or (run.returncode == 2 and "another edugraph import" in err), err
        clean = _edugraph("import", str(corpus), home=clean_home)
        assert clean.wait(timeout=600) == 0
        with open_store(home=home) as store, open_store(home=clean_home) as fresh:
            assert canonical_dump(store) == canonical_dump(fresh)
    finally:
        from edugraph.graph.store.embedded import stop_server
        stop_server(home)
        stop_server(clean_home)


@pytest.mark.slow
@needs_extractor
@pytest.mark.parametrize("workers", ["1", "2"])
def test_import_killed_mid_write_converges_on_rerun(tmp_path, workers):
    corpus = _generated_corpus(tmp_path, 400)
    home, clean_home = tmp_path / "home", tmp_path / "clean"
    try:
        kills = []
        with open_store(home=home) as store:        # shares the server; keeps it alive between runs
            for _ in range(3):                      # kill -9 three runs at random points
                before = len(stored_documents(store))
                run = _edugraph("import", "--batch-size", "10", "--workers", workers, str(corpus), home=home)
                deadline = time.monotonic() + 300
                while (len(stored_documents(store)) == before and run.poll() is None
                       and time.monotonic() < deadline):
                    time.sleep(0.01)                # until it has started writing
                time.sleep(random.uniform(0.0, 0.4))
                run.send_signal(signal.SIGKILL)
                run.wait(timeout=60)
                kills.append(len(stored_documents(store)))
        assert 0 < kills[0] < 400, f"the import was not killed mid-way: {kills}"
        rerun = _edugraph("import", str(corpus), home=home)
        out, err = rerun.communicate(timeout=600)
        assert rerun.returncode == 0, err
        clean = _edugraph("import", str(corpus), home=clean_home)
        assert clean.wait(timeout=600) == 0
        with open_store(home=home) as store, open_store(home=clean_home) as fresh:
            assert stored_documents(store) == stored_documents(fresh)
            assert graph_stats(store) == graph_stats(fresh)
            assert canonical_dump(store) == canonical_dump(fresh)
            assert graph_stats(store)["documents"] == 400
    finally:
        from edugraph.graph.store.embedded import stop_server
        stop_server(home)
        stop_server(clean_home)
