"""``edugraph import --incremental`` as cron and systemd run it: real extractor, real stores.

In-process (CliRunner) for the reports, exit codes, logs and secrets; as
separate processes for what only a process can show: kill -9 and SIGTERM
mid-run, and a progress bar on a terminal.  Also checks that the files in
deploy/ run a command line this edugraph accepts.
"""
from __future__ import annotations

import hashlib
import json
import os
import pty
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from edugraph import __version__
from edugraph.cli import cli
from edugraph.graph.importer import stored_documents
from edugraph.graph.readside import canonical_dump, graph_stats
from edugraph.runs import LATEST_REPORT, LEDGER_FILE, RUNS_DIR
from edugraph.graph.store import open_store
from edugraph.graph.store.embedded import stop_server
from hostile_inputs import HOSTILE_REASONS, write_hostile_jsonl
from lock_holder import hold_lock, kill_9
from test_store_cmds import _generated_corpus, needs_extractor

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DEPLOY = ROOT / "deploy"
COMMAND = [sys.executable, "-c", "import sys; from edugraph.cli import main; sys.exit(main())"]


def invoke(args, env):
    return CliRunner().invoke(cli, ["import", *args], env=env, catch_exceptions=False)


def latest(home: Path) -> dict:
    return json.loads((home / RUNS_DIR / LATEST_REPORT).read_text(encoding="utf-8"))


def copy_examples(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(EXAMPLES.glob("0*")):
        shutil.copyfile(path, folder / path.name)
    return folder


@pytest.fixture
def home(store_cli_env, tmp_path) -> Path:
    """Where runs/ and the ledger go: the embedded store's own data directory."""
    return Path(store_cli_env.get("EDUGRAPH_HOME") or tmp_path / "home")


@pytest.fixture
def env(store_cli_env, home) -> dict[str, str]:
    return {**store_cli_env, "EDUGRAPH_HOME": str(home)}


def _process(*args, home: Path, **kwargs) -> subprocess.Popen:
    environment = {**os.environ, "EDUGRAPH_HOME": str(home), "EDUGRAPH_STORE": "embedded"}
    environment.pop("NEO4J_URI", None)
    return subprocess.Popen([*COMMAND, *args], env=environment, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


# -- the proofs of issue 7 ---------------------------------------------------------------------

@needs_extractor
def test_a_second_run_changes_nothing_and_reports_zero_changes(clean_store, env, home, tmp_path):
    news = copy_examples(tmp_path / "news")
    extra = tmp_path / "reports" / "nightly.json"
    first = invoke(["--incremental", str(news)], env)
    assert first.exit_code == 0, first.output
    dump, stats = canonical_dump(clean_store), graph_stats(clean_store)
    second = invoke(["--incremental", "--report", str(extra), str(news)], env)
    assert second.exit_code == 0, second.output
    report = latest(home)
    assert json.loads(extra.read_text(encoding="utf-8")) == report
    assert report["documents"] == {"new": 0, "changed": 0, "unchanged": stats["documents"], "removed": 0,
                                   "reresolved": 0, "quarantined": 0, "quarantined_new": 0, "quarantined_known": 0}
    assert report["nodes"] == {"created": 0, "updated": 0, "removed": 0}
    assert report["relationships"] == {"created": 0, "updated": 0, "removed": 0}
    assert (report["outcome"], report["exit_code"], report["errors"]) == ("ok", 0, [])
    assert canonical_dump(clean_store) == dump
    assert "import finished (exit 0)" in second.stdout and " 0 new, 0 changed" in second.stdout
    assert f"report: {home / RUNS_DIR / report['run_id']}.json" in second.stdout


@needs_extractor
def test_adding_editing_and_deleting_documents_gives_exact_counts(clean_store, env, home, tmp_path):
    news = copy_examples(tmp_path / "news")
    invoke(["--incremental", str(news)], env)
    before = graph_stats(clean_store)
    names = sorted(p.name for p in news.iterdir())
    (news / names[0]).unlink()                                           # deleted
    edited = news / names[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nภาพประกอบข่าว\n", encoding="utf-8")
    shutil.copyfile(EXAMPLES / names[2], news / "copy-of-a-release.txt")  # added
    result = invoke(["--incremental", str(news)], env)
    assert result.exit_code == 0, result.output
    report = latest(home)
    assert report["documents"] == {"new": 1, "changed": 1, "unchanged": len(names) - 2, "removed": 1,
                                   "reresolved": report["documents"]["reresolved"], "quarantined": 0, "quarantined_new": 0, "quarantined_known": 0}
    after = graph_stats(clean_store)
    for kind in ("nodes", "relationships"):                 # what was created less what was removed
        grown = sum(after[kind].values()) - sum(before[kind].values())
        assert grown == report[kind]["created"] - report[kind]["removed"]
    assert report["nodes"]["removed"] > 0 and report["relationships"]["removed"] > 0
    sources = stored_documents(clean_store)
    assert f"{news.as_posix()}/{names[0]}" not in sources and f"{news.as_posix()}/copy-of-a-release.txt" in sources


@needs_extractor
def test_bad_files_mixed_in_give_exit_1_quarantine_entries_and_the_good_ones_imported(
        clean_store, env, home, tmp_path):
    news = copy_examples(tmp_path / "news")
    good = len(list(news.iterdir()))
    (news / "empty.txt").write_bytes(b"")
    (news / "mojibake.txt").write_bytes(bytes(range(128, 256)) * 4)
    (news / "feed.jsonl").write_text('{"id": "x", "title": "t"}\n', encoding="utf-8")
    result = invoke(["--incremental", str(news)], env)
    assert result.exit_code == 1, result.output
    report = latest(home)
    reasons = {item["source"].rsplit("/", 1)[1]: item["reason"] for item in report["quarantined"]}
    assert set(reasons) == {"empty.txt", "mojibake.txt", "feed.jsonl#x"}
    assert reasons["empty.txt"] == "empty file" and all(reasons.values())
    assert report["documents"]["new"] == good and len(stored_documents(clean_store)) == good
    ledger = json.loads((home / LEDGER_FILE).read_text(encoding="utf-8"))["entries"]
    assert {source.rsplit("/", 1)[1]: entry["reason"] for source, entry in ledger.items()} == reasons
    assert "quarantined: " in result.stdout and "empty.txt: empty file [new]" in result.stdout
    again = invoke(["--incremental", str(news)], env)
    assert again.exit_code == 1 and "3 known from earlier runs" in again.stdout


@needs_extractor
def test_a_document_that_makes_the_reader_or_extractor_raise_is_quarantined_and_the_rest_imported(
        clean_store, env, home, tmp_path, monkeypatch):
    import trafilatura

    import edugraph.loaders
    news = copy_examples(tmp_path / "news")
    (news / "README.md").unlink(missing_ok=True)
    good = len(list(news.iterdir())) - 2

    def broken_html_parser(*args, **kwargs):
        # What a venv whose pip dropped lxml's html-clean extra raised on HTML input.
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")

    real_extract = edugraph.loaders.extract_document

    def extractor_crashing_on_lampang(document):
        if "lampang" in document.source_id:
            raise KeyError("ลำปาง")
        return real_extract(document)

    monkeypatch.setattr(trafilatura, "bare_extraction", broken_html_parser)
    monkeypatch.setattr(edugraph.loaders, "extract_document", extractor_crashing_on_lampang)
    result = invoke([str(news)], env)
    assert result.exit_code == 1, result.output
    reasons = {item["source"].rsplit("/", 1)[1]: item["reason"] for item in latest(home)["quarantined"]}
    assert reasons == {
        "06_rayong-innovation-awards.html":
            "internal: ImportError: lxml.html.clean module is now a separate project lxml_html_clean.",
        "03_lampang-active-learning-training.txt": "extraction failed: KeyError: 'ลำปาง'",
    }
    stored = sorted(source.rsplit("/", 1)[1] for source in stored_documents(clean_store))
    assert len(stored) == good and stored[0].startswith("01_") and not any("lampang" in s for s in stored)


def test_an_interrupt_inside_one_document_stops_the_run_and_quarantines_nothing(
        clean_store, env, home, tmp_path, monkeypatch):
    import edugraph.loaders
    from edugraph.errors import RunInterrupted

    def interrupted(document):
        raise RunInterrupted("interrupted by SIGTERM; the next run picks up where this one stopped")

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("ข่าวกระทรวงศึกษาธิการ", encoding="utf-8")
    monkeypatch.setattr(edugraph.loaders, "extract_document", interrupted)
    result = invoke([str(news)], env)
    assert result.exit_code == 2
    report = latest(home)
    assert report["quarantined"] == [] and [e["kind"] for e in report["errors"]] == ["interrupted"]


def test_a_held_lock_gives_exit_2_a_clear_message_and_a_report(clean_store, env, home, tmp_path):
    (tmp_path / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    with clean_store.import_lock():
        result = invoke(["--incremental", str(tmp_path / "a.txt")], env)
    assert result.exit_code == 2
    assert "another edugraph import is writing" in result.stderr and "--wait" in result.stderr
    assert "import FAILED (exit 2)" in result.stdout
    assert latest(home)["errors"][0]["kind"] == "lock_held"
    assert stored_documents(clean_store) == {}


def test_wait_waits_for_the_lock_instead(clean_store, env, tmp_path):
    (tmp_path / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    holding, released = threading.Event(), threading.Event()

    def hold():
        with clean_store.import_lock():
            holding.set()
            time.sleep(1.0)
            released.set()

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    result = invoke(["--incremental", "--wait", str(tmp_path / "a.txt")], env)
    holder.join()
    assert released.is_set() and result.exit_code == 0, result.output


# -- logs and secrets ------------------------------------------------------------------------------

def test_json_logs_are_one_object_per_line(clean_store, env, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    (tmp_path / "news" / "empty.txt").write_bytes(b"")
    result = invoke(["--incremental", "--log-format", "json", "--log-level", "debug",
                     str(tmp_path / "news")], env)
    assert result.exit_code == 1
    assert result.stdout == ""                        # the summary is the last log line instead
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert all({"ts", "level", "event", "message"} <= set(line) for line in lines)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["ts"]) for line in lines)
    events = [line["event"] for line in lines]
    assert events[0] == "import.started" and events[-1] == "import.finished"
    assert "document.extracted" in events                          # debug level lists documents
    quarantined = next(line for line in lines if line["event"] == "document.quarantined")
    assert (quarantined["level"], quarantined["reason"], quarantined["status"]) == ("warning", "empty file", "new")
    assert lines[-1]["exit_code"] == 1 and lines[-1]["documents"]["quarantined"] == 1


def test_human_logs_and_no_progress_bar_without_a_terminal(clean_store, env, tmp_path):
    (tmp_path / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    result = invoke([str(tmp_path / "a.txt")], env)
    assert result.exit_code == 0
    assert re.match(r"\d{4}-\d\d-\d\dT\S+Z INFO +import \S+: 1 path\(s\) into ", result.stderr)
    assert "\x1b[" not in result.output and "\r" not in result.output


def test_a_password_never_appears_in_output_logs_or_reports(fresh_home, tmp_path, closed_port):
    password = "S3cret-" + os.urandom(8).hex()
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    base = {"EDUGRAPH_HOME": str(fresh_home), "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password}
    port = closed_port
    runs = [
        invoke([str(news)], {**base, "EDUGRAPH_STORE": "embedded"}),
        invoke(["--log-format", "json", str(news)], {**base, "EDUGRAPH_STORE": f"bolt://127.0.0.1:{port}"}),
        invoke([str(news)], {**base, "EDUGRAPH_STORE": f"bolt://neo4j:{password}@127.0.0.1:{port}"}),
    ]
    assert [run.exit_code for run in runs] == [0, 2, 2]
    assert "is unavailable" in runs[1].stderr
    assert "NEO4J_PASSWORD" in runs[2].stdout and f"bolt://127.0.0.1:{port}" in runs[2].stdout
    written = "".join(path.read_text(encoding="utf-8", errors="replace")
                      for path in fresh_home.rglob("*") if path.is_file() and path.suffix == ".json")
    assert written.count('"run_id"') == 3 + 1                       # three runs/<id>.json, one latest.json
    for text in [written] + [run.output for run in runs]:
        assert password not in text


@pytest.mark.neo4j
@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="needs a Neo4j server named by NEO4J_URI")
def test_refused_neo4j_credentials_fail_at_once_with_a_clear_message(tmp_path):
    wrong = "Wrong-" + os.urandom(8).hex()
    (tmp_path / "a.txt").write_text("ข่าว\nจังหวัดสตูล จัดประชุม", encoding="utf-8")
    home = tmp_path / "home"
    result = invoke([str(tmp_path / "a.txt")], {"EDUGRAPH_HOME": str(home), "NEO4J_PASSWORD": wrong,
                                                 "EDUGRAPH_STORE": os.environ["NEO4J_URI"]})
    assert result.exit_code == 2 and "rejected the credentials" in result.output
    report = latest(home)
    assert report["errors"][0]["kind"] == "authentication" and report["store_reconnects"] == 0
    assert wrong not in result.output and wrong not in json.dumps(report)


# -- processes: kill -9, SIGTERM, a terminal --------------------------------------------------------

def _wait_until_writing(store, run: subprocess.Popen, before: int) -> None:
    deadline = time.monotonic() + 120
    while len(stored_documents(store)) == before and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def _settled_documents(store) -> dict[str, str]:
    """Stored documents once the server has finished what a killed client had sent it."""
    previous = stored_documents(store)
    while True:
        time.sleep(0.5)
        current = stored_documents(store)
        if current == previous:
            return current
        previous = current


@needs_extractor
def test_kill_9_mid_run_then_a_rerun_converges_to_a_clean_runs_graph(tmp_path):
    corpus = _generated_corpus(tmp_path, 240)
    home, clean_home = tmp_path / "home", tmp_path / "clean"
    try:
        with open_store(home=home) as store:          # keeps the server up between the runs
            run = _process("import", "--incremental", "--batch-size", "5", str(corpus), home=home)
            _wait_until_writing(store, run, 0)
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=60)
            left = _settled_documents(store)
            complete = sum(1 for content_hash in left.values() if content_hash)
            assert 0 < len(left) < 240, f"the import was not killed mid-way: {len(left)} documents"
            rerun = _process("import", "--incremental", str(corpus), home=home)
            _, err = rerun.communicate(timeout=600)
            assert rerun.returncode == 0, err
            # What the killed run completed is kept; what it left half-written is done again.
            documents = latest(home)["documents"]
            assert (documents["unchanged"], documents["changed"], documents["new"]) == \
                (complete, len(left) - complete, 240 - len(left))
            clean = _process("import", "--incremental", str(corpus), home=clean_home)
            assert clean.wait(timeout=600) == 0
            with open_store(home=clean_home) as fresh:
                assert canonical_dump(store) == canonical_dump(fresh)
            third = _process("import", "--incremental", str(corpus), home=home)
            assert third.wait(timeout=600) == 0
            assert latest(home)["documents"]["unchanged"] == 240
            assert latest(home)["nodes"] == {"created": 0, "updated": 0, "removed": 0}
    finally:
        stop_server(home)
        stop_server(clean_home)


def _signal_after(run: subprocess.Popen, extracted: int, number: int) -> list[int]:
    """Send signal ``number`` once the run logged its ``extracted``-th document;
    returns the run's extraction workers then alive (its forks: same command line)."""
    lines = []
    for line in run.stderr:
        lines.append(line)
        if sum(1 for seen in lines if "extracted: " in seen) >= extracted:
            workers = _forks_of(run.pid)
            run.send_signal(number)
            return workers
    return []


def _forks_of(pid: int) -> list[int]:
    proc = Path("/proc")
    try:
        children = (proc / str(pid) / "task" / str(pid) / "children").read_text().split()
        command = (proc / str(pid) / "cmdline").read_bytes()
        return [int(child) for child in children if (proc / child / "cmdline").read_bytes() == command]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def signalled_corpus(tmp_path_factory):
    """A 240-document corpus and the canonical dump of its clean import."""
    folder = tmp_path_factory.mktemp("signalled")
    corpus = _generated_corpus(folder, 240)
    clean_home = folder / "clean"
    try:
        clean = _process("import", str(corpus), home=clean_home)
        assert clean.wait(timeout=600) == 0
        with open_store(home=clean_home) as fresh:
            yield corpus, canonical_dump(fresh)
    finally:
        stop_server(clean_home)


# The points: while extracting the first batch (nothing written yet), just after the first
# batches were written, and half-way.
# Extraction in this process (--workers 1) and in a pool (--workers 2, the default on two cores).
SIGNAL_POINTS = [pytest.param(name, point, workers,
                              marks=[] if (name, point) == ("SIGTERM", 7) else [pytest.mark.slow])
                 for name in ("SIGTERM", "SIGINT") for point in (1, 7, 120) for workers in ("1", "2")]


@needs_extractor
@pytest.mark.parametrize("signal_name, point, workers", SIGNAL_POINTS)
def test_a_signal_stops_the_run_at_a_document_boundary_and_a_rerun_converges(
        signalled_corpus, tmp_path, signal_name, point, workers):
    corpus, clean_dump = signalled_corpus
    home = tmp_path / "home"
    try:
        with open_store(home=home) as store:
            run = _process("import", "--incremental", "--batch-size", "5", "--log-level", "debug",
                           "--workers", workers, str(corpus), home=home)
            forks = _signal_after(run, point, getattr(signal, signal_name))
            out, rest = run.communicate(timeout=120)
            report = latest(home)
            assert run.returncode == 2, rest
            # The pool was shut down with the run: no worker is left holding the lock's file.
            assert len(forks) == (0 if workers == "1" else int(workers))
            assert not [pid for pid in forks if _alive(pid)]
            assert report["errors"] == [{"kind": "interrupted", "message":
                                         f"interrupted by {signal_name}; the next run completes what "
                                         "this one left"}]
            assert report["documents"] is None and "import FAILED (exit 2)" in out
            # Stopped at a boundary: no document was quarantined, the others were never read.
            assert report["quarantined"] == [] and not (home / LEDGER_FILE).exists()
            assert "Traceback" not in rest
            assert len(stored_documents(store)) < 240
            rerun = _process("import", "--incremental", str(corpus), home=home)   # the lock was released
            assert rerun.wait(timeout=600) == 0
            assert latest(home)["quarantined"] == []
            assert canonical_dump(store) == clean_dump
    finally:
        stop_server(home)


@needs_extractor
def test_a_document_an_earlier_version_quarantined_for_an_interruption_is_retried(clean_store, env, home,
                                                                                   tmp_path):
    news = copy_examples(tmp_path / "news")
    first = sorted(news.iterdir())[0]
    content_hash = hashlib.sha256(first.read_bytes()).hexdigest()
    (home / LEDGER_FILE).parent.mkdir(parents=True, exist_ok=True)
    (home / LEDGER_FILE).write_text(json.dumps({"ledger_version": 1, "entries": {
        first.as_posix(): {"hash": content_hash, "origin": str(first),
                           "reason": "extraction failed: RunInterrupted: interrupted by SIGTERM; the "
                                     "next run completes what this one left",
                           "first_seen": "2025-01-01T00:00:00Z", "last_seen": "2025-01-01T00:00:00Z",
                           "edugraph": __version__}}}), encoding="utf-8")
    result = invoke(["--incremental", str(news)], env)
    assert result.exit_code == 0, result.output
    assert first.as_posix() in stored_documents(clean_store)
    assert latest(home)["quarantine_resolved"] == [first.as_posix()]


def _run_on_a_terminal(args: list[str], home: Path) -> str:
    """Run edugraph with stderr on a pseudo-terminal; what the terminal received."""
    controller, terminal = pty.openpty()
    environment = {**os.environ, "EDUGRAPH_HOME": str(home), "EDUGRAPH_STORE": "embedded",
                   "COLUMNS": "120", "TERM": "xterm"}
    environment.pop("NEO4J_URI", None)
    process = subprocess.Popen([*COMMAND, *args], env=environment, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    received = b""
    while True:
        ready, _, _ = select.select([controller], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(controller, 65536)
        except OSError:                # the terminal closed: the process has finished
            break
        if not chunk:
            break
        received += chunk
    process.wait(timeout=120)
    os.close(controller)
    return received.decode(errors="replace")


@needs_extractor
def test_a_progress_bar_only_on_a_terminal_and_never_with_incremental(fresh_home, tmp_path):
    corpus = _generated_corpus(tmp_path, 150)
    shown = _run_on_a_terminal(["import", str(corpus)], fresh_home)
    assert "extracted" in shown and "\x1b[" in shown              # the live counts
    quiet = _run_on_a_terminal(["import", "--incremental", str(corpus)], fresh_home)
    assert "unchanged —" not in quiet and "INFO" in quiet


# -- deploy/ ---------------------------------------------------------------------------------------

def _accepted_by_edugraph(command_line: str) -> list[str]:
    """The edugraph arguments of a command line, after checking the import command accepts them.

    Options are checked before the paths, which do not exist on this
    machine: the only complaint allowed is about those.
    """
    words = shlex.split(command_line)
    args = words[next(i for i, word in enumerate(words) if word.endswith("/edugraph")) + 1:]
    assert args[0] == "import"
    from edugraph.cli.store_cmds import import_command
    with pytest.raises(click.BadParameter) as stopped:
        import_command.make_context("import", args[1:])
    assert "does not exist" in stopped.value.format_message()
    return args


def test_the_systemd_units_run_an_incremental_import_with_json_logs():
    service = (DEPLOY / "edugraph-import.service").read_text(encoding="utf-8")
    timer = (DEPLOY / "edugraph-import.timer").read_text(encoding="utf-8")
    exec_start = re.search(r"^ExecStart=(.+)$", service, re.M).group(1)
    args = _accepted_by_edugraph(exec_start)
    assert "--incremental" in args and args[args.index("--log-format") + 1] == "json"
    assert re.search(r"^Type=oneshot$", service, re.M)
    assert re.search(r"^Environment=EDUGRAPH_HOME=", service, re.M)
    assert re.search(r"^EnvironmentFile=", service, re.M)
    assert "NEO4J_PASSWORD" not in re.sub(r"^#.*$", "", service, flags=re.M)
    assert re.search(r"^OnCalendar=", timer, re.M) and re.search(r"^Persistent=true$", timer, re.M)
    assert re.search(r"^Unit=edugraph-import.service$", timer, re.M)


def test_the_cron_line_uses_flock_with_exit_2_on_conflict():
    lines = [line for line in (DEPLOY / "crontab.example").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#") and "=" not in line.split()[0]]
    [entry] = lines
    fields = entry.split(None, 5)
    assert len(fields) == 6 and all(re.fullmatch(r"[\d*/,-]+", f) for f in fields[:5])
    command = fields[5]
    flock = shlex.split(command)
    assert flock[0] == "flock" and "-n" in flock and flock[flock.index("-E") + 1] == "2"
    inner = re.search(r"exec (\S+/edugraph import [^'>]+)", command).group(1)
    args = _accepted_by_edugraph(inner)
    assert "--incremental" in args


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_accepts_the_units(tmp_path):
    unit_dir = tmp_path / "units"
    unit_dir.mkdir()
    for name in ("edugraph-import.service", "edugraph-import.timer"):
        text = (DEPLOY / name).read_text(encoding="utf-8")
        # The units name an installed edugraph and a service user; point them at this machine's.
        text = re.sub(r"^ExecStart=\S+", f"ExecStart={shutil.which('true')}", text, flags=re.M)
        text = re.sub(r"^(User|Group)=.*$", "", text, flags=re.M)
        (unit_dir / name).write_text(text, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit_dir / "edugraph-import.timer"),
                             str(unit_dir / "edugraph-import.service")],
                            capture_output=True, text=True, timeout=60, check=False)
    # verify exits 0 on unknown keys and unparsable values too: it only warns.
    complaints = [line for line in (result.stdout + result.stderr).splitlines() if "edugraph-import" in line]
    assert result.returncode == 0 and complaints == [], result.stdout + result.stderr


# -- values no store can take (issue 15) --------------------------------------------------------

@needs_extractor
def test_unstorable_records_are_quarantined_alone_and_the_others_imported(clean_store, env, home, tmp_path):
    feed = write_hostile_jsonl(tmp_path / "feed.jsonl")
    result = invoke([str(feed)], env)
    assert result.exit_code == 1, result.output
    report = latest(home)
    assert [item["reason"] for item in report["quarantined"]] == list(HOSTILE_REASONS.values())
    assert sorted(stored_documents(clean_store)) == [f"{feed.as_posix()}#good-1", f"{feed.as_posix()}#good-2"]
    again = invoke([str(feed)], env)                 # every night the same, never a failure
    assert again.exit_code == 1 and latest(home)["documents"]["unchanged"] == 2


def test_an_id_with_a_newline_and_an_ansi_escape_cannot_forge_a_log_line_or_clear_the_terminal(
        clean_store, env, home, tmp_path):
    forged = "x\n2025-01-01T00:00:00.000Z INFO    import finished (exit 0)\x1b[2J\x1b[H"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": forged, "title": "t\x1b[31m", "body": ""}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(feed)], env=env)
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert not [line for line in result.output.splitlines() if line.startswith("2025-01-01T00:00:00.000Z")]
    assert "x\\n2025-01-01T00:00:00.000Z INFO    import finished (exit 0)\\x1b[2J\\x1b[H" in result.output


# -- locks that recover alone (issue 15) ----------------------------------------------------------

def test_unlock_says_when_no_lock_is_held_and_never_removes_a_live_one(clean_store, env):
    result = CliRunner().invoke(cli, ["unlock"], env=env)
    assert result.exit_code == 0 and "no import lock is held" in result.output
    with clean_store.import_lock():
        refused = CliRunner().invoke(cli, ["unlock", "--force"], env=env)
    assert refused.exit_code == 2, refused.output
    assert "held by a running process" in refused.output and "not stale" in refused.output


def test_a_run_after_a_killed_lock_holder_takes_the_lock_over_and_says_so(clean_store, env, home,
                                                                          store_target, falkor_home, tmp_path):
    news = copy_examples(tmp_path / "news")
    pid = kill_9(hold_lock(store_target, falkor_home))
    result = invoke([str(news)], env)
    assert result.exit_code == 0, result.output
    notice = (f"took over the import lock left by {socket.gethostname()} pid {pid} (that process is gone, "
              "killed or crashed); this run completes what it left")
    assert latest(home)["notices"] == [notice]
    assert f"notice: {notice}" in result.output


@pytest.mark.neo4j
def test_unlock_asks_before_removing_a_neo4j_lock_held_from_another_host(neo4j_store, tmp_path):
    from edugraph.graph.store.base import LOCK_LABEL, schema_template

    env = {"EDUGRAPH_STORE": os.environ["NEO4J_URI"], "EDUGRAPH_HOME": str(tmp_path / "home")}
    neo4j_store.write(schema_template("neo4j_lock_acquire", label=LOCK_LABEL), {
        "name": "import", "owner": "elsewhere", "ttl": 600_000, "holder": "elsewhere.example pid 4242",
        "host": "elsewhere.example", "pid": 4242, "started": "1"})
    try:
        kept = CliRunner().invoke(cli, ["unlock"], input="n\n", env=env)
        assert kept.exit_code == 1 and "remove the import lock held by elsewhere.example pid 4242" in kept.output
        assert neo4j_store.lock_holder() is not None
        removed = CliRunner().invoke(cli, ["unlock"], input="y\n", env=env)
        assert removed.exit_code == 0, removed.output
        assert "removed the import lock held by elsewhere.example pid 4242" in removed.output
        assert neo4j_store.lock_holder() is None
    finally:
        neo4j_store.break_lock()
