"""execute_run: what a nightly import does, says and returns (real stores, no mock).

The runs use the line-based extractor of test_pipeline, so that every count
a report gives can be stated exactly here; tests/cli/test_import_unattended.py
runs the real extractor through the command line.
"""
from __future__ import annotations

import io
import json
import os
import signal
import threading
import time

import pytest

from edugraph.errors import AuthenticationError, StoreUnavailableError
from edugraph.graph.importer import stored_documents
from edugraph.graph.readside import canonical_dump
from edugraph.retry import ReconnectingStore
from edugraph.runs import (LATEST_REPORT, LEDGER_FILE, RUNS_DIR, QuarantineLedger, RunInterrupted,
                                 RunOptions, execute_run, interruptible, prune_old_reports)
from edugraph.graph.store import open_store
from edugraph.graph.store.embedded import server_pid
from edugraph.graph.store.falkor import FalkorStore
from edugraph.logs import configured_logging
from edugraph.settings import neo4j_settings
from test_pipeline import LineExtractor, write


@pytest.fixture
def reopen(clean_store, store_target, falkor_home):
    """Opens another connection to ``clean_store`` (execute_run closes what it opens)."""
    return lambda: open_store(store_target, home=falkor_home, settings=neo4j_settings())


def run(folder, reopen, home, extractor=None, **options):
    options.setdefault("incremental", True)
    return execute_run(RunOptions(paths=[str(folder)], **options), reopen, home=home,
                       store_description="the test store", extract=extractor or LineExtractor())


def counts(report) -> tuple:
    d, n, r = report.data["documents"], report.data["nodes"], report.data["relationships"]
    return ((d["new"], d["changed"], d["unchanged"], d["removed"], d["quarantined"]),
            (n["created"], n["updated"], n["removed"]), (r["created"], r["updated"], r["removed"]))


def test_a_second_run_changes_nothing_and_reports_zero_changes(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก", "event signing 2024-01-05", "SIGNED มูลนิธิก")
    write(news, "b.txt", "agency มูลนิธิข", "event signing 2024-01-05", "SIGNED มูลนิธิข")
    extractor = LineExtractor()
    first = run(news, reopen, home, extractor)
    # Two agencies and two events (same day, nothing else in common: never one event).
    assert first.exit_code == 0 and counts(first) == ((2, 0, 0, 0, 0), (4, 0, 0), (2, 0, 0))
    dump = canonical_dump(clean_store)
    second = run(news, reopen, home, extractor)
    assert second.exit_code == 0 and second.data["outcome"] == "ok"
    assert counts(second) == ((0, 0, 2, 0, 0), (0, 0, 0), (0, 0, 0))
    assert second.data["errors"] == [] and second.data["quarantined"] == []
    assert len(extractor.calls) == 2                       # nothing extracted again
    assert canonical_dump(clean_store) == dump
    latest = json.loads((home / RUNS_DIR / LATEST_REPORT).read_text(encoding="utf-8"))
    assert latest == second.data
    assert second.files[0] == home / RUNS_DIR / f"{second.data['run_id']}.json"


def test_adding_editing_and_deleting_documents_gives_exact_counts(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    event = ("event signing 2024-01-05",)
    write(news, "a.txt", "agency มูลนิธิก", *event, "SIGNED มูลนิธิก")
    write(news, "b.txt", "agency มูลนิธิข", *event, "SIGNED มูลนิธิข")
    run(news, reopen, home)
    write(news, "b.txt", "agency มูลนิธิง", *event, "SIGNED มูลนิธิง")      # edited: another signer
    write(news, "c.txt", "agency มูลนิธิค", *event, "SIGNED มูลนิธิค")      # added
    (news / "a.txt").unlink()                                               # deleted
    report = run(news, reopen, home)
    assert report.exit_code == 0
    # Documents: c new, b changed, a removed.  Nodes: ง, ค and c's event
    # created; ข, ก and a's event removed; b's event (keyed by b: the three
    # releases share only the day) updated.  Relationships: two SIGNED
    # created, two removed.
    assert counts(report) == ((1, 1, 0, 1, 0), (3, 1, 3), (2, 0, 2))
    signers = sorted(r["head"] for r in canonical_dump(clean_store)["relationships"] if r["type"] == "SIGNED")
    assert signers == ["Agency:มูลนิธิค", "Agency:มูลนิธิง"]


def test_bad_inputs_give_exit_1_reasons_in_the_ledger_and_the_good_ones_imported(clean_store, reopen,
                                                                                tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "good.txt", "agency มูลนิธิก")
    write(news, "crash.txt", "boom")
    write(news, "contract.txt", "agency มูลนิธิข", "CHAIRED มูลนิธิข")
    (news / "empty.txt").write_bytes(b"")
    (news / "feed.jsonl").write_text('{"id": "r1", "title": "ข่าว", "body": "agency มูลนิธิค"}\n{oops\n',
                                     encoding="utf-8")
    report = run(news, reopen, home)
    assert report.exit_code == 1 and report.data["outcome"] == "quarantined"
    reasons = {item["source"].rsplit("/", 1)[1]: item["reason"] for item in report.data["quarantined"]}
    assert set(reasons) == {"crash.txt", "contract.txt", "empty.txt", "feed.jsonl#2"}
    assert reasons["crash.txt"] == "extraction failed: RuntimeError: extractor crashed"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["feed.jsonl#2"].startswith("invalid JSON")
    assert {item["status"] for item in report.data["quarantined"]} == {"new"}
    assert report.data["documents"]["quarantined_new"] == 4
    assert sorted(source.rsplit("/", 1)[1] for source in stored_documents(clean_store)) == \
        ["feed.jsonl#r1", "good.txt"]
    ledger = json.loads((home / LEDGER_FILE).read_text(encoding="utf-8"))["entries"]
    assert {source.rsplit("/", 1)[1]: entry["reason"] for source, entry in ledger.items()} == reasons
    assert all(entry["first_seen"] == entry["last_seen"] for entry in ledger.values())


def test_a_quarantined_input_is_retried_only_when_its_content_changes(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "good.txt", "agency มูลนิธิก")
    write(news, "crash.txt", "boom")
    extractor = LineExtractor()
    first = run(news, reopen, home, extractor)
    assert first.exit_code == 1 and any(call.endswith("crash.txt") for call in extractor.calls)
    calls = len(extractor.calls)
    again = run(news, reopen, home, extractor)
    assert len(extractor.calls) == calls                    # not extracted again
    assert again.exit_code == 1                             # still there, still said
    [known] = again.data["quarantined"]
    assert known["status"] == "known" and known["reason"] == "extraction failed: RuntimeError: extractor crashed"
    assert again.data["documents"]["quarantined_known"] == 1
    entry = QuarantineLedger.load(home / LEDGER_FILE).entries[known["source"]]
    assert entry.first_seen <= entry.last_seen
    forced = run(news, reopen, home, extractor, retry_quarantined=True)
    assert len(extractor.calls) == calls + 1 and forced.data["quarantined"][0]["status"] == "known"
    write(news, "crash.txt", "agency มูลนิธิข")            # fixed: new content
    fixed = run(news, reopen, home, extractor)
    assert fixed.exit_code == 0 and fixed.data["documents"]["new"] == 1
    assert fixed.data["quarantine_resolved"] == [f"{news.as_posix()}/crash.txt"]
    assert QuarantineLedger.load(home / LEDGER_FILE).entries == {}
    write(news, "crash.txt", "boom")                        # broken again: new again
    broken = run(news, reopen, home, extractor)
    assert broken.exit_code == 1 and broken.data["quarantined"][0]["status"] == "new"


def test_deleting_a_quarantined_input_resolves_it_and_other_paths_keep_theirs(clean_store, reopen,
                                                                              tmp_path):
    news, other, home = tmp_path / "news", tmp_path / "other", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก")
    (news / "empty.txt").write_bytes(b"")
    (other / "x.txt").parent.mkdir()
    (other / "x.txt").write_bytes(b"")
    assert run(other, reopen, home).exit_code == 1
    assert run(news, reopen, home).exit_code == 1
    (news / "empty.txt").unlink()
    report = run(news, reopen, home)
    assert report.exit_code == 0 and report.data["quarantine_resolved"] == [f"{news.as_posix()}/empty.txt"]
    assert list(QuarantineLedger.load(home / LEDGER_FILE).entries) == [f"{other.as_posix()}/x.txt"]


def test_a_prune_that_looks_like_a_missing_input_is_refused(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    for number in range(15):
        write(news, f"{number:02d}.txt", f"agency มูลนิธิ{number}")
    run(news, reopen, home)
    dump = canonical_dump(clean_store)
    moved = tmp_path / "moved"
    moved.mkdir()
    for path in sorted(news.iterdir())[:11]:                # 11 of 15 gone: more than half, more than 10
        path.rename(moved / path.name)
    refused = run(news, reopen, home)
    assert refused.exit_code == 2 and refused.data["outcome"] == "failed"
    [error] = refused.data["errors"]
    assert error["kind"] == "mass_prune_refused" and "11 of the 15" in error["message"]
    assert "--allow-mass-prune" in error["message"]
    assert refused.data["documents"]["removed"] == 0 and canonical_dump(clean_store) == dump
    for path in sorted(news.iterdir()):                    # the whole folder empty: an unmounted share?
        path.rename(moved / path.name)
    empty = run(news, reopen, home)
    assert empty.exit_code == 2 and "gave no document at all" in empty.data["errors"][0]["message"]
    allowed = run(news, reopen, home, allow_mass_prune=True)
    assert allowed.exit_code == 0 and allowed.data["documents"]["removed"] == 15
    assert stored_documents(clean_store) == {}


def test_a_few_deletions_are_pruned_without_asking(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    for number in range(3):
        write(news, f"{number}.txt", f"agency มูลนิธิ{number}")
    run(news, reopen, home)
    (news / "0.txt").unlink()
    (news / "1.txt").unlink()
    report = run(news, reopen, home)
    assert report.exit_code == 0 and report.data["documents"]["removed"] == 2
    manual = run(news, reopen, home, incremental=False)      # without --incremental nothing is pruned
    assert manual.data["options"]["prune"] is False and manual.data["profile"] == "manual"


def test_a_held_lock_gives_exit_2_and_a_report_and_wait_waits(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก")
    with clean_store.import_lock():
        held = run(news, reopen, home)
    assert held.exit_code == 2 and held.data["documents"] is None
    [error] = held.data["errors"]
    assert error["kind"] == "lock_held" and "another edugraph import" in error["message"]
    assert json.loads((home / RUNS_DIR / LATEST_REPORT).read_text(encoding="utf-8"))["exit_code"] == 2
    assert stored_documents(clean_store) == {}
    released = threading.Event()

    def hold_for_a_while():
        with clean_store.import_lock():
            holding.set()
            time.sleep(1.0)
            released.set()

    holding = threading.Event()
    holder = threading.Thread(target=hold_for_a_while)
    holder.start()
    holding.wait(10)
    waited = run(news, reopen, home, wait=True)
    holder.join()
    assert released.is_set() and waited.exit_code == 0 and waited.data["documents"]["new"] == 1


def test_the_embedded_server_killed_mid_run_is_restarted_and_the_run_completes(fresh_home, tmp_path):
    news, home, clean_home = tmp_path / "news", tmp_path / "home", tmp_path / "clean"
    for number in range(8):
        write(news, f"{number}.txt", f"agency มูลนิธิ{number}", "event signing 2024-01-05",
              f"SIGNED มูลนิธิ{number}")
    extractor = LineExtractor()
    killed = []

    def extract_then_kill_the_server(source):
        if len(extractor.calls) == 5 and not killed:       # after two batches of two were written
            pid = server_pid(fresh_home)
            os.kill(pid, signal.SIGKILL)
            while server_pid(fresh_home) == pid:
                time.sleep(0.01)
            killed.append(pid)
        return extractor(source)

    report = execute_run(RunOptions(paths=[str(news)], incremental=True, batch_size=2),
                         lambda: FalkorStore(fresh_home), home=home, store_description="test",
                         extract=extract_then_kill_the_server)
    assert killed and report.exit_code == 0, report.data["errors"]
    assert report.data["store_reconnects"] >= 1 and report.data["documents"]["new"] == 8
    # A killed server may have lost writes it had acknowledged (appendfsync everysec
    # postpones a log write while an fsync is pending): the next incremental run
    # re-imports what was lost, and then the graph is a clean import's.
    again = execute_run(RunOptions(paths=[str(news)], incremental=True), lambda: FalkorStore(fresh_home),
                        home=home, store_description="test", extract=LineExtractor())
    assert again.exit_code == 0, again.data["errors"]
    try:
        execute_run(RunOptions(paths=[str(news)]), lambda: FalkorStore(clean_home), home=home,
                    store_description="clean", extract=LineExtractor())
        with FalkorStore(fresh_home) as store, FalkorStore(clean_home) as clean:
            assert canonical_dump(store) == canonical_dump(clean)
    finally:
        from edugraph.graph.store.embedded import stop_server
        stop_server(clean_home)


def test_reconnecting_gives_up_after_its_retries(fresh_home):
    store = FalkorStore(fresh_home)
    waits = []

    def no_server():
        raise StoreUnavailableError("the embedded FalkorDB server did not come up")

    resilient = ReconnectingStore(store, no_server, attempts=3, first_delay=0.5, sleep=waits.append)
    try:
        os.kill(server_pid(fresh_home), signal.SIGKILL)
        with pytest.raises(StoreUnavailableError):
            resilient.read("RETURN 1 AS one")
        assert waits == [0.5, 1.0, 2.0] and resilient.reconnects == 0
    finally:
        store.close()


def test_refused_credentials_are_never_retried(fresh_home):
    store = FalkorStore(fresh_home)
    waits = []

    def credentials_refused():
        raise AuthenticationError("the store rejected the credentials")

    resilient = ReconnectingStore(store, credentials_refused, sleep=waits.append)
    try:
        os.kill(server_pid(fresh_home), signal.SIGKILL)
        with pytest.raises(AuthenticationError):
            resilient.read("RETURN 1 AS one")
        assert waits == [0.5]                                # one pause, then the refusal, at once
    finally:
        store.close()


def test_an_unreachable_store_fails_with_exit_2_and_no_password_anywhere(tmp_path, monkeypatch, closed_port):
    password = "Pw-" + os.urandom(8).hex()
    monkeypatch.setenv("NEO4J_USER", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก")
    uri = f"bolt://127.0.0.1:{closed_port}"
    logs = io.StringIO()
    with configured_logging("json", "debug", stream=logs) as logger:
        report = execute_run(RunOptions(paths=[str(news)], incremental=True), lambda: open_store(uri, settings=neo4j_settings()),
                             home=home, store_description=uri, logger=logger)
    assert report.exit_code == 2 and report.data["errors"][0]["kind"] == "store_unavailable"
    assert "is unavailable" in report.data["errors"][0]["message"]
    lines = [json.loads(line) for line in logs.getvalue().splitlines()]
    assert [line["event"] for line in lines] == ["import.started", "import.failed", "import.finished"]
    everything = logs.getvalue() + "".join(p.read_text(encoding="utf-8") for p in home.rglob("*.json"))
    assert password not in everything and uri in everything


def test_a_bug_is_a_failure_with_its_traceback_in_the_log(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก")

    def broken_progress(event, source):
        raise ZeroDivisionError("a bug in a progress display")

    logs = io.StringIO()
    with configured_logging("human", "info", stream=logs) as logger:
        report = execute_run(RunOptions(paths=[str(news)]), reopen, home=home, store_description="x",
                             progress=broken_progress, logger=logger, extract=LineExtractor())
    assert report.exit_code == 2
    assert report.data["errors"] == [{"kind": "internal",
                                      "message": "ZeroDivisionError: a bug in a progress display"}]
    assert "Traceback (most recent call last)" in logs.getvalue()


def test_interruptible_turns_the_first_sigterm_into_run_interrupted_then_restores_the_handler():
    def own_handler(number, frame):
        raise AssertionError("the run's handler should have run instead")

    previous = signal.signal(signal.SIGTERM, own_handler)
    try:
        with pytest.raises(RunInterrupted, match="interrupted by SIGTERM"), interruptible():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        assert signal.getsignal(signal.SIGTERM) is own_handler
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_reports_are_kept_within_bounds_and_an_unwritable_one_fails_the_run(clean_store, reopen, tmp_path):
    runs = tmp_path / "runs"
    runs.mkdir()
    for number in range(5):
        (runs / f"2025010{number}T000000Z-1.json").write_text("{}")
    (runs / LATEST_REPORT).write_text("{}")
    prune_old_reports(runs, keep=2)
    assert sorted(p.name for p in runs.iterdir()) == ["20250103T000000Z-1.json", "20250104T000000Z-1.json",
                                                      LATEST_REPORT]
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    report = execute_run(RunOptions(paths=[str(news)]), reopen, home=home, store_description="x",
                         report_path=blocker / "report.json", extract=LineExtractor())
    assert report.exit_code == 2 and report.data["errors"][0]["kind"] == "report"
    assert len(report.files) == 2                          # runs/<id>.json and latest.json still written
    assert json.loads(report.files[1].read_text(encoding="utf-8"))["exit_code"] == 2


def test_an_unwritable_ledger_fails_the_run_after_the_import(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    write(news, "a.txt", "agency มูลนิธิก")
    (home / LEDGER_FILE).mkdir(parents=True)                # a folder where the file should be
    report = execute_run(RunOptions(paths=[str(news)]), reopen, home=home, store_description="x",
                         extract=LineExtractor())
    assert report.exit_code == 2 and report.data["documents"]["new"] == 1
    assert report.data["errors"][0]["kind"] == "ledger" and LEDGER_FILE in report.data["errors"][0]["message"]


def test_an_unreadable_ledger_is_replaced_and_its_inputs_retried(clean_store, reopen, tmp_path):
    news, home = tmp_path / "news", tmp_path / "home"
    home.mkdir()
    (home / LEDGER_FILE).write_text("{not json", encoding="utf-8")
    (news / "x").parent.mkdir()
    (news / "empty.txt").write_bytes(b"")
    logs = io.StringIO()
    with configured_logging("json", "info", stream=logs) as logger:
        report = execute_run(RunOptions(paths=[str(news)]), reopen, home=home, store_description="x",
                             logger=logger, extract=LineExtractor())
    assert report.exit_code == 1
    assert json.loads(logs.getvalue().splitlines()[0])["event"] == "ledger.unreadable"
    assert list(QuarantineLedger.load(home / LEDGER_FILE).entries) == [f"{news.as_posix()}/empty.txt"]
