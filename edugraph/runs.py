"""One import run as an unattended job: store, lock, quarantine ledger, report, exit code.

:func:`execute_run` is what ``edugraph import`` calls.  It opens the store
(re-connecting where that is safe, :mod:`edugraph.retry`), runs
:func:`~edugraph.pipeline.run_import`, and whatever happens — success,
quarantined inputs, a held lock, an unreachable store, bad credentials, a
``SIGTERM`` — writes a run report and returns it with its exit code:

====  =====================================================================
0     every input imported (or unchanged)
1     the run finished, but some inputs under the paths are quarantined
2     the run failed: store unreachable, credentials refused, lock held,
      a prune refused as a likely missing input, interrupted, or a bug
====  =====================================================================

Reports are JSON files ``$EDUGRAPH_HOME/runs/<UTC time>-<pid>.json`` (the
newest :data:`REPORTS_KEPT` are kept), a copy in ``runs/latest.json``, and
optionally one more copy where the caller says.  They never hold a password:
the store is named by its description (URIs without user information), and
error texts are scrubbed of ``NEO4J_PASSWORD`` besides.

The quarantine ledger ``$EDUGRAPH_HOME/quarantine.json`` maps each
quarantined source to its content hash, reason and when it was first and
last seen.  An input quarantined before whose content has not changed is
not extracted again (it is reported as ``known``, with the reason it had);
it is retried when its content changes, when edugraph's version changes,
or with ``retry_quarantined``.  Entries of inputs under the run's paths that
are no longer quarantined (fixed, or deleted) leave the ledger and are listed
in the report's ``quarantine_resolved``.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from edugraph import __version__
from edugraph.errors import (AuthenticationError, EdugraphError, InputError, LockHeldError, RunInterrupted,
                             StoreError, StoreUnavailableError)
from edugraph.graph.importer import DEFAULT_BATCH_SIZE
from edugraph.graph.resolve.judgements import load_judgements
from edugraph.constants import DEFAULT_MAX_BYTES
from edugraph.pipeline import Progress, RunResult, StopRequest, run_import, under_paths
from edugraph.retry import with_reconnect
from edugraph.graph.store.base import GraphStore
from edugraph.logs import log_event, printable, redact
from edugraph.settings import judgements_file, secret_values

REPORT_VERSION = 1
RUNS_DIR = "runs"
LATEST_REPORT = "latest.json"
LEDGER_FILE = "quarantine.json"
#: How earlier edugraph quarantined the document a stopped run had in hand: never its
#: fault, so such an entry is retried whatever its content.
INTERRUPTED_BY_MISTAKE = "extraction failed: RunInterrupted"
#: Reports kept in ``runs/`` (older ones are deleted): three months of nightly runs.
REPORTS_KEPT = 100

EXIT_OK, EXIT_QUARANTINED, EXIT_FAILED = 0, 1, 2


# -- small pure helpers ---------------------------------------------------------------------------

def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """``2025-01-02T02:30:00Z`` (seconds are enough for a nightly job's report)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def error_kind(err: BaseException) -> str:
    """A stable name for the kind of failure, for reports and alerting rules.

    >>> error_kind(LockHeldError("x")), error_kind(ValueError("x"))
    ('lock_held', 'internal')
    """
    for cls, kind in ((RunInterrupted, "interrupted"), (LockHeldError, "lock_held"),
                      (AuthenticationError, "authentication"),
                      (StoreUnavailableError, "store_unavailable"), (StoreError, "store"),
                      (InputError, "input"), (EdugraphError, "error")):
        if isinstance(err, cls):
            return kind
    return "internal"


def exit_code_of(errors: list, quarantined: list) -> int:
    """2 when anything failed, else 1 when inputs are quarantined, else 0.

    >>> exit_code_of([], []), exit_code_of([], [{"source": "a"}]), exit_code_of([{"kind": "x"}], [])
    (0, 1, 2)
    """
    if errors:
        return EXIT_FAILED
    return EXIT_QUARANTINED if quarantined else EXIT_OK


def _write_json_atomically(path: Path, data) -> None:
    """Write to a temporary file beside ``path`` and rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# -- the quarantine ledger ----------------------------------------------------------------------------

@dataclass
class LedgerEntry:
    hash: str | None
    reason: str
    origin: str | None
    first_seen: str
    last_seen: str
    edugraph: str = __version__     # the version that quarantined it: a new one retries


@dataclass
class QuarantineLedger:
    """Inputs quarantined by earlier runs: source → :class:`LedgerEntry`.

    >>> ledger = QuarantineLedger(Path("/nonexistent/quarantine.json"))
    >>> _ = ledger.update(["news"], [{"source": "news/a.txt", "reason": "empty file",
    ...                               "origin": "news/a.txt", "hash": "h1"}], "2025-01-01T00:00:00Z")
    >>> ledger.skip_reason("news/a.txt", "h1"), ledger.skip_reason("news/a.txt", "h2")
    ('empty file', None)
    >>> ledger.status("news/a.txt", "h1", "empty file"), ledger.status("news/a.txt", "h2", "empty file")
    ('known', 'new')
    >>> ledger.update(["news"], [], "2025-01-02T00:00:00Z")     # fixed or deleted
    ['news/a.txt']
    >>> _ = ledger.update(["news"], [{"source": "news/b.html", "reason": "internal: ImportError: no lxml",
    ...                               "origin": "news/b.html", "hash": "h3"}], "2025-01-03T00:00:00Z")
    >>> ledger.skip_reason("news/b.html", "h3") is None          # the install, not the file: retried
    True
    >>> _ = ledger.update(["news"], [{"source": "news/b.txt", "origin": "news/b.txt", "hash": "h1",
    ...     "reason": "extraction failed: RunInterrupted: interrupted by SIGTERM"}], "2025-01-03T00:00:00Z")
    >>> ledger.skip_reason("news/b.txt", "h1") is None      # a stopped run was never the input's fault
    True
    """

    path: Path
    entries: dict[str, LedgerEntry] = field(default_factory=dict)
    retry_all: bool = False
    warning: str | None = None       # set when the file could not be read

    @classmethod
    def load(cls, path: Path, *, retry_all: bool = False) -> QuarantineLedger:
        """The ledger in ``path``; missing is empty, unreadable is empty with a ``warning``."""
        ledger = cls(Path(path), retry_all=retry_all)
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            ledger.entries = {source: LedgerEntry(**entry) for source, entry in data["entries"].items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            ledger.warning = (f"the quarantine ledger {path} cannot be read ({type(err).__name__}: "
                              f"{err}); every quarantined input is retried and the ledger rewritten")
        return ledger

    def skip_reason(self, source: str, content_hash: str | None) -> str | None:
        """The earlier reason when ``source`` failed before with this very content, else None."""
        entry = self.entries.get(source)
        if self.retry_all or entry is None or not content_hash \
                or entry.reason.startswith(INTERRUPTED_BY_MISTAKE):
            return None
        if entry.reason.startswith("internal: "):
            return None       # a reader that crashed says nothing about the file: try it again

        if entry.hash == content_hash and entry.edugraph == __version__:
            return entry.reason
        return None

    def status(self, source: str, content_hash: str | None, reason: str) -> str:
        """'known' when ``source`` was quarantined before with this content, else 'new'."""
        entry = self.entries.get(source)
        if entry is None:
            return "new"
        same = entry.hash == content_hash if content_hash else entry.reason == reason
        return "known" if same else "new"

    def update(self, paths: list[str], quarantined: list[dict], now: str) -> list[str]:
        """Record this run's quarantined inputs; drop and return the resolved ones under ``paths``."""
        current = {item["source"] for item in quarantined}
        resolved = sorted(source for source in self.entries
                          if source not in current and under_paths(source, paths))
        for source in resolved:
            del self.entries[source]
        for item in quarantined:
            source = item["source"]
            known = self.entries.get(source)
            first_seen = known.first_seen if known and item.get("status") == "known" else now
            self.entries[source] = LedgerEntry(hash=item.get("hash"), reason=item["reason"],
                                               origin=item.get("origin"), first_seen=first_seen,
                                               last_seen=now)
        return resolved

    def save(self) -> None:
        _write_json_atomically(self.path, {
            "ledger_version": 1,
            "entries": {source: asdict(entry) for source, entry in sorted(self.entries.items())}})


# -- reports --------------------------------------------------------------------------------------

@dataclass
class RunOptions:
    """What the run was asked to do (recorded in the report)."""

    paths: list[str]
    incremental: bool = False
    prune: bool = False
    allow_mass_prune: bool = False
    wait: bool = False
    retry_quarantined: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = DEFAULT_BATCH_SIZE
    #: The identity judgements file (None: judgements.yaml in the data directory).
    judgements: str | None = None
    workers: int | None = None          # extraction processes; None: one per core

    @property
    def prunes(self) -> bool:
        return self.prune or self.incremental


@dataclass
class RunReport:
    """The report's content and the files it was written to."""

    data: dict
    files: list[Path] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return self.data["exit_code"]


def run_id(started: datetime, pid: int | None = None) -> str:
    """``20250102T023000.123Z-4242``: sorts by time; unique, since a process runs one at a time.

    >>> run_id(datetime(2025, 1, 2, 2, 30, 0, 123456, tzinfo=timezone.utc), 4242)
    '20250102T023000.123Z-4242'
    """
    moment = started.astimezone(timezone.utc)
    return f"{moment.strftime('%Y%m%dT%H%M%S')}.{moment.microsecond // 1000:03d}Z-{pid or os.getpid()}"


def build_report(*, options: RunOptions, result: RunResult | None, errors: list[dict],
                 store: str, started: datetime, finished: datetime, elapsed: float,
                 resolved: list[str], reconnects: int, identifier: str) -> dict:
    """The JSON report of one run (pure: no I/O).

    ``result`` is None when the run stopped before the end (store not
    reachable, lock held, interrupted): the counts are then ``null``, since
    what an interrupted run wrote is not known (the next run completes it).
    """
    quarantined = result.quarantined if result else []
    new = sum(1 for item in quarantined if item.get("status") != "known")
    exit_code = exit_code_of(errors, quarantined)
    report = {
        "report_version": REPORT_VERSION,
        "run_id": identifier,
        "edugraph_version": __version__,
        "command": "import",
        "profile": "incremental" if options.incremental else "manual",
        "outcome": {EXIT_OK: "ok", EXIT_QUARANTINED: "quarantined", EXIT_FAILED: "failed"}[exit_code],
        "exit_code": exit_code,
        "started": iso(started),
        "finished": iso(finished),
        "duration_seconds": round(elapsed, 3),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "store": store,
        "paths": list(options.paths),
        "options": {"prune": options.prunes, "allow_mass_prune": options.allow_mass_prune,
                    "wait": options.wait, "retry_quarantined": options.retry_quarantined,
                    "max_bytes": options.max_bytes, "batch_size": options.batch_size,
                    "workers": options.workers},
        "documents": None, "nodes": None, "relationships": None,
        "quarantined": quarantined,
        "quarantine_resolved": resolved,
        "store_reconnects": reconnects,
        "notices": list(result.notices) if result else [],
        "errors": errors,
    }
    if result is not None:
        report["documents"] = {
            "new": result.documents_new, "changed": result.documents_changed,
            "unchanged": result.documents_unchanged, "removed": result.documents_removed,
            "reresolved": result.documents_reresolved,
            "quarantined": len(quarantined), "quarantined_new": new,
            "quarantined_known": len(quarantined) - new}
        report["nodes"] = {"created": result.nodes_created, "updated": result.nodes_updated,
                           "removed": result.nodes_removed}
        report["relationships"] = {"created": result.relationships_created,
                                   "updated": result.relationships_updated,
                                   "removed": result.relationships_removed}
    return report


def prune_old_reports(runs: Path, keep: int = REPORTS_KEPT) -> None:
    """Delete all but the newest ``keep`` reports in ``runs`` (names sort by time)."""
    reports = sorted(path for path in runs.glob("*.json") if path.name != LATEST_REPORT)
    for old in reports[:-keep] if keep else reports:
        with contextlib.suppress(OSError):
            old.unlink()


def write_report(data: dict, home: Path, extra: Path | None = None) -> list[Path]:
    """Write ``runs/<run id>.json``, ``runs/latest.json`` and ``extra``; returns them.

    A file that cannot be written turns the run into a failure (``errors``
    gains the reason, the exit code becomes 2), and the files that could be
    written say so too.
    """
    runs = home / RUNS_DIR
    targets = [runs / f"{data['run_id']}.json", runs / LATEST_REPORT] + ([extra] if extra else [])
    written, failed = [], False
    for target in targets:
        try:
            _write_json_atomically(target, data)
            written.append(target)
        except OSError as err:
            failed = True
            data["errors"].append({"kind": "report",
                                   "message": f"cannot write the run report {target}: {err.strerror or err}"})
            data["exit_code"], data["outcome"] = EXIT_FAILED, "failed"
    if failed:
        for target in written:
            with contextlib.suppress(OSError):
                _write_json_atomically(target, data)
    with contextlib.suppress(OSError):
        prune_old_reports(runs)
    return written


def summary_text(report: RunReport, *, max_listed: int = 15) -> str:
    """The one-screen human summary of a run."""
    data = report.data
    d, n, r = data["documents"], data["nodes"], data["relationships"]
    headline = {"ok": "import finished", "quarantined": "import finished with quarantined inputs",
                "failed": "import FAILED"}[data["outcome"]]
    lines = [f"{headline} (exit {data['exit_code']})"]
    if d is None:
        lines.append(f"store: {data['store']}; the run stopped after {data['duration_seconds']:.1f} s, "
                     "before the end")
    else:
        lines.append(f"imported into {data['store']}: {d['new']} new, {d['changed']} changed, "
                     f"{d['unchanged']} unchanged, {d['removed']} removed, {d['quarantined']} quarantined "
                     f"({data['duration_seconds']:.1f} s)")
        lines.append(f"nodes: {n['created']} created, {n['updated']} updated, {n['removed']} removed; "
                     f"relationships: {r['created']} created, {r['updated']} updated, "
                     f"{r['removed']} removed")
    quarantined = data["quarantined"]
    if quarantined:
        known = sum(1 for item in quarantined if item["status"] == "known")
        lines.append(f"{len(quarantined)} input(s) quarantined ({len(quarantined) - known} new, "
                     f"{known} known from earlier runs):")
        for item in quarantined[:max_listed]:
            lines.append(f"  quarantined: {item['source']}: {item['reason']} [{item['status']}]")
        if len(quarantined) > max_listed:
            lines.append(f"  ... and {len(quarantined) - max_listed} more (see the report)")
    if data["quarantine_resolved"]:
        lines.append(f"{len(data['quarantine_resolved'])} input(s) no longer quarantined")
    if data["store_reconnects"]:
        lines.append(f"the store connection was lost and re-opened {data['store_reconnects']} time(s)")
    for notice in data.get("notices", []):
        lines.append(f"notice: {notice}")
    for error in data["errors"]:
        lines.append(f"error ({error['kind']}): {error['message']}")
    if report.files:
        lines.append(f"report: {report.files[0]}")
    # Ids, reasons and messages come from the inputs: no control character reaches the terminal.
    return "\n".join(printable(line) for line in lines)


# -- signals --------------------------------------------------------------------------------------

@contextlib.contextmanager
def interruptible(signals: tuple[int, ...] = (signal.SIGTERM, signal.SIGINT)) -> Iterator[StopRequest]:
    """Turn the first SIGTERM/SIGINT into a stop at the next document boundary (then the default again).

    Yields the :class:`~edugraph.pipeline.StopRequest` to hand to
    :func:`execute_run`.  While the run goes through its documents the signal
    only records the request, and the run ends at the next document boundary
    (the document in hand is not quarantined, a batch being written is
    finished); before that (opening the store, waiting for the lock) it raises
    :class:`RunInterrupted` at once.  The run then unwinds normally: the lock
    is released, the embedded server stopped cleanly, the report written.
    A second signal acts as usual.  Outside the main thread (where Python
    cannot set handlers) this does nothing.
    """
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {number: signal.getsignal(number) for number in signals}

    def on_signal(number, _frame):
        for restored in signals:
            signal.signal(restored, signal.SIG_DFL if restored == signal.SIGTERM
                          else signal.default_int_handler)
        stop.request(signal.Signals(number).name)
        if not stop.deferring:
            stop.check()

    for number in signals:
        signal.signal(number, on_signal)
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


# -- the run --------------------------------------------------------------------------------------

def execute_run(options: RunOptions, open_store: Callable[[], GraphStore], *, home: Path,
                store_description: str, report_path: Path | None = None,
                progress: Progress | None = None, logger: logging.Logger | None = None,
                extract: Callable | None = None, stop: StopRequest | None = None) -> RunReport:
    """Run one import as a job and report it (see the module's doc); never raises an EdugraphError.

    ``open_store`` opens the store (it is called again to reconnect the
    embedded store after a lost connection); ``store_description`` names it
    in the report should it not open.  ``home`` holds ``runs/`` and the ledger.
    ``stop`` (from :func:`interruptible`) ends the run at a document boundary.
    """
    log = logger or logging.getLogger("edugraph")
    secrets = secret_values()
    started, clock = utc_now(), time.monotonic()
    identifier = run_id(started)
    ledger = QuarantineLedger.load(home / LEDGER_FILE, retry_all=options.retry_quarantined)
    if ledger.warning:
        log_event(log, logging.WARNING, "ledger.unreadable", ledger.warning, path=str(ledger.path))
    log_event(log, logging.INFO, "import.started",
              f"import {identifier}: {len(options.paths)} path(s) into {store_description}",
              run_id=identifier, paths=options.paths, store=store_description,
              profile="incremental" if options.incremental else "manual", prune=options.prunes)

    def on_document(event: str, source: str) -> None:
        if event != "quarantined":          # logged with its reason once the run is over
            log_event(log, logging.DEBUG, f"document.{event}", f"{event}: {source}", source=source)
        if progress:
            progress(event, source)

    result, errors, resolved, reconnects = None, [], [], 0
    store = None
    try:
        store = with_reconnect(open_store(), open_store, logger=log)
        store_description = store.description
        judgements = load_judgements(judgements_file(home, options.judgements))
        result = run_import(options.paths, store, prune=options.prunes, max_bytes=options.max_bytes,
                            progress=on_document, wait=options.wait, batch_size=options.batch_size,
                            extract=extract, allow_mass_prune=options.allow_mass_prune, ledger=ledger,
                            judgements=judgements, workers=options.workers, stop=stop)
        errors.extend(result.errors)
        resolved = ledger.update(options.paths, result.quarantined, iso(utc_now()))
        try:
            ledger.save()
        except OSError as err:
            errors.append({"kind": "ledger", "message": f"cannot write the quarantine ledger "
                                                        f"{ledger.path}: {err.strerror or err}"})
    except Exception as err:  # noqa: BLE001 — an unattended run reports every failure, then exits 2
        message = redact(str(err), secrets) or type(err).__name__
        kind = error_kind(err)
        if kind == "internal":
            message = f"{type(err).__name__}: {message}"
        errors.append({"kind": kind, "message": message})
        # A bug's traceback goes to the log, for the report to stay one line.
        log_event(log, logging.ERROR, "import.failed", message, kind=kind,
                  exc_info=kind == "internal")
    finally:
        if store is not None:
            reconnects = store.reconnects
            with stop.deferred() if stop else contextlib.nullcontext(), contextlib.suppress(Exception):
                store.close()

    # The run is over: a signal from now on must not cut the report (or the embedded server's
    # stop) short, so it is only recorded.
    with stop.deferred() if stop else contextlib.nullcontext():
        return _report_run(options, result, errors, resolved, reconnects, home=home, log=log,
                           store_description=store_description, started=started, clock=clock,
                           identifier=identifier, report_path=report_path)


def _report_run(options: RunOptions, result: RunResult | None, errors: list[dict], resolved: list[str],
                reconnects: int, *, home: Path, log: logging.Logger, store_description: str,
                started: datetime, clock: float, identifier: str, report_path: Path | None) -> RunReport:
    """Log the outcome of a run, write its report and return it."""
    for error in errors:
        if error["kind"] in ("mass_prune_refused", "ledger"):
            log_event(log, logging.ERROR, "prune.refused" if error["kind"] == "mass_prune_refused"
                      else "ledger.unwritable", error["message"])
    for notice in (result.notices if result else []):
        log_event(log, logging.WARNING, "lock.taken_over", notice)
    for item in (result.quarantined if result else []):
        known = item["status"] == "known"
        log_event(log, logging.INFO if known else logging.WARNING, "document.quarantined",
                  f"{'still ' if known else ''}quarantined {item['source']}: {item['reason']}",
                  source=item["source"], reason=item["reason"], status=item["status"])

    data = build_report(options=options, result=result, errors=errors, store=store_description,
                        started=started, finished=utc_now(), elapsed=time.monotonic() - clock,
                        resolved=resolved, reconnects=reconnects, identifier=identifier)
    report = RunReport(data, write_report(data, home, report_path))
    for error in data["errors"]:
        if error["kind"] == "report":
            log_event(log, logging.ERROR, "report.unwritable", error["message"])
    summary = {key: data[key] for key in ("documents", "nodes", "relationships") if data[key]}
    log_event(log, logging.ERROR if data["exit_code"] == EXIT_FAILED else logging.INFO,
              "import.finished",
              f"import {identifier} {data['outcome']} (exit {data['exit_code']}) in "
              f"{data['duration_seconds']:.1f} s",
              run_id=identifier, outcome=data["outcome"], exit_code=data["exit_code"],
              duration_seconds=data["duration_seconds"], store=data["store"],
              report=str(report.files[0]) if report.files else None, **summary)
    return report
