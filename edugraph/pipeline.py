"""Sources → hash check → extraction → import: what ``edugraph import`` runs.

The content hash of every source is compared with the stored one *before*
extraction, so re-importing unchanged documents costs a file read and a hash,
never an extraction or a store write.  New and changed documents are
extracted and written in batches (see :mod:`edugraph.graph.importer`).

Pruning (``prune=True``) withdraws stored documents that this run's paths
would have produced but did not: their source id is one of the paths, or
lies under one (``<path>/...`` for folders, ``<path>#...`` for records of a
JSON file), the way :func:`~edugraph.loaders.sources.iter_sources` names
them.  Importing folder B therefore never prunes folder A's documents, and a
document that is present but quarantined this time keeps its stored version.

Pruning refuses to withdraw anything (and says why in ``errors``) when it
looks like a missing input rather than deleted releases: a path that gave no
document at all while the store holds documents from it (an unmounted share,
an emptied folder), or more than half of the stored documents under the
paths, when that is more than :data:`MASS_PRUNE_MIN_DOCUMENTS`.
``allow_mass_prune=True`` withdraws them all the same.

A ``stop`` (:class:`StopRequest`) lets a signal end the run between two
documents: the document in hand is neither written nor quarantined, the
documents queued for the next batch are dropped (the next run imports them),
a batch being written is finished, and :class:`~edugraph.errors.RunInterrupted`
is raised once the lock is released.

A ``ledger`` (:class:`~edugraph.runs.QuarantineLedger`) remembers
inputs quarantined before: one whose content did not change since is not
extracted again, and every quarantined input is marked ``new`` or ``known``.

>>> under_paths("news/a.txt", ["news"]), under_paths("news2/a.txt", ["news"])
(True, False)
>>> under_paths("feed.jsonl#thaigov-1", ["feed.jsonl"])
True
>>> prune_refusal(gone=3, stored=4, empty_paths=[]) is None      # a few releases deleted
True
>>> print(prune_refusal(gone=400, stored=500, empty_paths=[]))
would withdraw 400 of the 500 stored documents under the paths (more than half)
>>> print(prune_refusal(gone=2, stored=2, empty_paths=["/mnt/news"]))
/mnt/news gave no document at all while the store holds documents from it
"""
from __future__ import annotations

import contextlib
import gc
import os
import pickle
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Callable, Iterable, Iterator, Protocol

from edugraph.constants import DEFAULT_MAX_BYTES
from edugraph.errors import EdugraphError, RunInterrupted, internal_reason
from edugraph.graph.importer import DEFAULT_BATCH_SIZE, ChangeCounts, Importer
from edugraph.graph.resolve.judgements import Judgements
from edugraph.graph.store.base import GraphStore

#: Pruning more than this share of the stored documents under the paths ...
MASS_PRUNE_SHARE = 0.5
#: ... and more than this many documents needs ``allow_mass_prune``.
MASS_PRUNE_MIN_DOCUMENTS = 10

#: ``progress(event, source_id)`` with event one of "unchanged", "extracted",
#: "quarantined", "removed".
Progress = Callable[[str, str], None]


class StopRequest:
    """A request to end a run at the next document boundary (set by a signal handler).

    While :meth:`deferred` is active, :meth:`request` only records the
    request, which :meth:`check` turns into :class:`RunInterrupted` at the
    next document boundary; outside it (opening the store, waiting for the
    lock) the caller may raise at once.

    >>> stop = StopRequest()
    >>> stop.check()
    >>> stop.request("SIGTERM")
    >>> stop.check()
    Traceback (most recent call last):
    ...
    edugraph.errors.RunInterrupted: interrupted by SIGTERM; the next run completes what this one left
    """

    def __init__(self) -> None:
        self.reason: str | None = None
        self.deferring = False

    def request(self, signal_name: str) -> None:
        if self.reason is None:
            self.reason = f"interrupted by {signal_name}; the next run completes what this one left"

    @property
    def requested(self) -> bool:
        return self.reason is not None

    def check(self) -> None:
        """Raise :class:`RunInterrupted` when a stop was requested."""
        if self.reason is not None:
            raise RunInterrupted(self.reason)

    @contextlib.contextmanager
    def deferred(self):
        """Within: a request is only recorded, for :meth:`check` to act on at a boundary."""
        previous, self.deferring = self.deferring, True
        try:
            yield self
        finally:
            self.deferring = previous


class Ledger(Protocol):
    """What :func:`run_import` asks of a quarantine ledger."""

    def skip_reason(self, source: str, content_hash: str | None) -> str | None: ...
    def status(self, source: str, content_hash: str | None, reason: str) -> str: ...


@dataclass
class RunResult(ChangeCounts):
    """The outcome of one ``edugraph import`` run."""

    documents_quarantined: int = 0
    #: [{"source", "reason", "origin", "hash", "status": "new" | "known"}]
    quarantined: list[dict] = field(default_factory=list)
    duration_seconds: float = 0.0
    store: str = ""
    #: Problems that did not stop the run but make it a failure: [{"kind", "message"}]
    errors: list[dict] = field(default_factory=list)
    #: What the run did besides importing that someone should know (a lock taken over ...).
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _given(path: str | os.PathLike) -> str:
    return PurePath(path).as_posix()


def under_paths(source_id: str, paths: Iterable[str | os.PathLike]) -> bool:
    """Whether ``source_id`` is one a run over ``paths`` would produce."""
    for path in paths:
        given = _given(path)
        if source_id == given or source_id.startswith(given.rstrip("/") + "/") \
                or source_id.startswith(given + "#"):
            return True
    return False


def prune_refusal(*, gone: int, stored: int, empty_paths: list[str]) -> str | None:
    """Why withdrawing ``gone`` of ``stored`` documents looks like a missing input, or None."""
    if not gone:
        return None
    if empty_paths:
        return (f"{', '.join(empty_paths)} gave no document at all while the store holds "
                "documents from it")
    if gone > MASS_PRUNE_MIN_DOCUMENTS and gone > MASS_PRUNE_SHARE * stored:
        return f"would withdraw {gone} of the {stored} stored documents under the paths (more than half)"
    return None


def extraction_failure(err: Exception) -> str:
    """The quarantine reason when extracting one document raised ``err``.

    >>> extraction_failure(RuntimeError("extractor crashed"))
    'extraction failed: RuntimeError: extractor crashed'
    """
    what = str(err) if isinstance(err, EdugraphError) else f"{type(err).__name__}: {err}"
    return " ".join(f"extraction failed: {what}".split())


#: Documents handed to each extraction worker ahead of the writer, besides one
#: batch: while the writer (this process and the store's server, the serial
#: part of an import) writes a batch, the workers extract the next one instead
#: of waiting for it.  Memory stays bounded by that window.
WORKER_QUEUE_DEPTH = 8
#: Extraction processes run this much nicer than the writer: with more runnable
#: processes than cores (n workers + the writer on n cores), equal shares would
#: give the writer, the serial part, a fraction of a core and hold everyone
#: back; slightly lighter workers leave it a core of its own.  Not more: on a
#: machine busy with other work, much nicer workers would lose to everything
#: else (at +10, 2 workers ran slower than 1 at load 10).
WORKER_NICENESS = 2


def default_workers() -> int:
    """Extraction processes when none are asked for: one per core."""
    return os.cpu_count() or 1


def _worker_start(parent: int) -> None:
    """In each extraction process: die with the importing process.  A worker is
    a fork of it and holds its open files, the import lock included; one left
    running after ``kill -9`` of the import would keep the lock (Linux)."""
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    if os.getppid() != parent:          # the importer died before the line above
        os._exit(1)
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    with contextlib.suppress(Exception):
        import signal

        # The importer alone decides when to stop (at a document boundary) and
        # then shuts the pool down; a Ctrl-C or a service stop reaching the whole
        # process group must not kill a worker mid-document (a broken pool).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


#: The quarantine reason of a document whose extraction process died twice on it
#: (the second time alone): a crash in native code, or killed (memory).
WORKER_DIED = ("extraction failed: the extraction process died on this document twice "
               "(a crash in native code, or killed for its memory use)")


def _extract_in_worker(extract: Callable, item) -> tuple[dict | None, str | None]:
    """Run in an extraction process: the record, or the reason it failed.  A
    document read but not cleaned (a pending one) is cleaned here first, so that
    cleaning too runs in the workers; it may be quarantined for its text."""
    from edugraph.loaders.source_items import PendingDocument, Quarantined

    if isinstance(item, PendingDocument):
        item = item.finish()
        if isinstance(item, Quarantined):
            return None, item.reason
    try:
        return extract(item), None
    except RunInterrupted:
        raise                 # a stopped run is not this document's fault
    except Exception as err:  # noqa: BLE001 — reported as the document's quarantine reason
        return None, extraction_failure(err)


class _Extractions:
    """Extraction of documents in order: in this process (one worker), or in a
    pool of processes with a bounded window of documents in flight (a batch
    and a few per worker, see :data:`WORKER_QUEUE_DEPTH`), so that records
    reach the writer in the order the sources came (writes stay ordered and
    batched, whatever the number of workers).

    A worker process that dies (a crash in native code, the kernel's
    out-of-memory killer) breaks the whole pool: a new pool takes over, the
    first document it was extracting is run again alone, and quarantined when
    that kills its process too; the rest of the window is extracted again."""

    def __init__(self, extract: Callable, workers: int, batch_size: int):
        self.extract = extract
        self.workers = workers
        self.pool = self._new_pool() if workers > 1 else None
        self.window: deque[tuple[object, Future]] = deque()
        self.depth = batch_size + workers * WORKER_QUEUE_DEPTH

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, initializer=_worker_start, initargs=(os.getpid(),))

    def submit(self, item) -> list[tuple[object, dict | None, str | None]]:
        """Queue ``item``; returns the extractions that are done, in order."""
        if self.pool is None:
            return [(item, *_extract_in_worker(self.extract, item))]
        try:
            future = self.pool.submit(_extract_in_worker, self.extract, item)
        except BrokenProcessPool:
            self._recover()
            future = self.pool.submit(_extract_in_worker, self.extract, item)
        self.window.append((item, future))
        done = []
        while len(self.window) >= self.depth:
            done.append(self._next())
        return done

    def drain(self) -> Iterator[tuple[object, dict | None, str | None]]:
        """The extractions still in flight, in order, each as soon as it is done.
        Not all of them first: the writer then sat idle while the workers
        extracted the last window (a batch and more), and the workers sat idle
        while it wrote the last two batches; now it writes the next-to-last
        batch while they extract the last one.  Same order, same batches."""
        while self.window:
            yield self._next()

    def _next(self) -> tuple[object, dict | None, str | None]:
        while True:
            item, future = self.window[0]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                self._recover()
                continue
            self.window.popleft()
            return (item, *outcome)

    def _recover(self) -> None:
        """A worker died and the pool is broken: start a new one, settle the first
        document whose extraction was lost (run alone: extracted, or quarantined
        when it kills its process again) and extract the other lost ones again."""
        wait([future for _, future in self.window])
        self.pool.shutdown(wait=True)
        self.pool = self._new_pool()
        lost = [i for i, (_, future) in enumerate(self.window) if isinstance(future.exception(), BrokenProcessPool)]
        if not lost:
            return
        first, *others = lost
        item = self.window[first][0]
        settled: Future = Future()
        try:
            settled.set_result(self.pool.submit(_extract_in_worker, self.extract, item).result())
        except BrokenProcessPool:
            settled.set_result((None, WORKER_DIED))
            self.pool.shutdown(wait=True)
            self.pool = self._new_pool()
        self.window[first] = (item, settled)
        for i in others:
            item = self.window[i][0]
            self.window[i] = (item, self.pool.submit(_extract_in_worker, self.extract, item))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class _LongLivedHeap:
    """Keeps Python's cycle collector off what an import holds for the whole run.

    The importing process keeps every stored document's record and the
    resolution's parts (and, on one worker, the extractor's dictionaries),
    hundreds of thousands of objects that live until the run ends.  Each
    batch's temporary statements pushed them through the collector's
    generations, so a full collection walked all of them every few hundred
    statements: a fifth of this process's CPU (1.3 of 6 s per 1,000 releases on
    2 workers), in pauses of 0.1 s holding the interpreter lock, during which
    the pool's feeder and result threads could not run and the extraction
    workers could wait for work (1,000 releases at load 4.7: 1.9 s of waits
    over 20 ms between two documents, 0.4 s with this; bench/RESULTS.md).
    After every ``every`` documents what is alive is frozen
    (:func:`gc.freeze`: left out of collections), once the young garbage is
    collected; at the end of the run it is unfrozen (:func:`gc.unfreeze`), so a
    cycle that became garbage meanwhile is collected then.  Does nothing when
    the collector is off or something else froze objects (a preforking server).
    """

    def __init__(self, every: int):
        self.every = max(1, every)
        self.seen = 0
        self.active = False

    def __enter__(self) -> "_LongLivedHeap":
        self.active = gc.isenabled() and gc.get_freeze_count() == 0
        return self

    def noting(self, write: Callable) -> Callable:
        """``write``, followed by a freeze after every ``every`` documents written."""
        def written(*args) -> None:
            write(*args)
            self.seen += 1
            if self.active and self.seen % self.every == 0:
                gc.collect(1)
                gc.freeze()
        return written

    def __exit__(self, *exc) -> None:
        if self.active:
            gc.unfreeze()


def _worker_count(workers: int | None, extract: Callable, *, given: bool) -> int:
    """``workers``, by default one per core for the real extractor and this process
    for a ``given`` one; 1 when ``extract`` cannot go to another process."""
    count = workers if workers is not None else (1 if given else default_workers())
    if count < 1:
        raise ValueError("workers must be at least 1")
    if count > 1:
        try:
            pickle.dumps(extract)
        except Exception:  # noqa: BLE001 — a closure or lambda: extract in this process
            return 1
    return count


def run_import(paths: Iterable[str | os.PathLike], store: GraphStore, *, prune: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES, progress: Progress | None = None,
               wait: bool = False, batch_size: int = DEFAULT_BATCH_SIZE,
               extract: Callable | None = None, allow_mass_prune: bool = False,
               ledger: Ledger | None = None, judgements: Judgements | None = None,
               workers: int | None = None, stop: StopRequest | None = None) -> RunResult:
    """Import every document under ``paths`` into ``store``, incrementally.

    Holds the store's import lock for the whole run: another import running
    raises :class:`~edugraph.errors.LockHeldError` unless ``wait``.  A source
    that cannot be read or extracted, or whose record breaks the contract, is
    quarantined with its reason and never stops the others.
    ``extract`` (default :func:`edugraph.loaders.extract_document`) turns a
    ``SourceDocument`` into a record; it runs in ``workers`` processes
    (default: :func:`default_workers`, one per core, for the real extractor,
    this process for a given ``extract``; one that cannot be pickled always
    runs here), after cleaning the source's text there, while this process
    reads, hashes and writes in the sources' order.  A prune that looks like a missing input is
    refused (see the module's doc) and reported in ``errors``.
    ``stop`` ends the run at the next document boundary (see the module's doc).
    """
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import iter_pending_sources

    started = time.monotonic()
    paths = list(paths)
    given = extract is not None
    extract = extract or extract_document
    worker_count = _worker_count(workers, extract, given=given)
    report = progress or (lambda event, source: None)
    result = RunResult(store=store.description)
    # Read and hashed here; cleaned (decoded, normalised) with the extraction,
    # in the workers, and only when new or changed.
    sources = iter_pending_sources(paths, max_bytes=max_bytes)
    produced = {_given(path): 0 for path in paths}

    def set_aside(source: str, reason: str, origin: str | None, content_hash: str | None) -> None:
        status = ledger.status(source, content_hash, reason) if ledger else "new"
        result.quarantined.append({"source": source, "reason": reason, "origin": origin,
                                   "hash": content_hash, "status": status})
        report("quarantined", source)

    def write(item, record: dict | None, failure: str | None) -> None:
        # The document in hand is left whole to the next run, and a failure
        # caused by the stop is not this document's fault either.
        stop.check()
        if record is None:
            set_aside(item.source_id, failure, item.origin, item.content_hash)
            return
        record["origin"] = item.origin
        added = importer.add(record)
        if added.rejected:
            reason = added.reason or ""
            if not reason.startswith("internal: "):
                reason = f"extraction broke the contract: {reason}"
            set_aside(item.source_id, reason, item.origin, item.content_hash)
        else:
            report("extracted", item.source_id)

    stop = stop or StopRequest()
    with store.import_lock(wait=wait) as lock_notice, stop.deferred():
        if lock_notice:
            result.notices.append(lock_notice)
        importer = Importer(store, batch_size=batch_size, judgements=judgements)
        extractions = _Extractions(extract, worker_count, batch_size)
        with _LongLivedHeap(batch_size) as heap:
            try:
                seen = _read_and_write(sources, importer, extractions, ledger, produced, report, set_aside,
                                       heap.noting(write), stop)
            finally:
                # Workers are shut down before the lock is released, a stopped run's
                # queued documents cancelled (the next run imports them).
                extractions.close()
            stop.check()
            importer.flush()
        if prune:
            # A JSON file quarantined as a whole still holds its records.
            set_aside_files = [q["source"] for q in result.quarantined]
            stored = [source for source in importer.known if under_paths(source, paths)]
            gone = sorted(source for source in stored
                          if source not in seen and not under_paths(source, set_aside_files))
            empty = [given for given, count in produced.items()
                     if count == 0 and any(under_paths(source, [given]) for source in stored)]
            refusal = prune_refusal(gone=len(gone), stored=len(stored), empty_paths=empty)
            if refusal and not allow_mass_prune:
                result.errors.append({
                    "kind": "mass_prune_refused",
                    "message": f"refused to prune: {refusal}; is an input missing (an unmounted share, "
                               "an emptied folder)? Nothing was withdrawn. If the releases really "
                               "are gone, run again with --allow-mass-prune"})
                gone = []
            importer.withdraw(gone)
            importer.flush()
            for source in gone:
                report("removed", source)
        stop.check()                  # asked to stop during the last writes: say so

    result.copy_counts_from(importer.result)
    result.documents_quarantined = len(result.quarantined)
    result.duration_seconds = round(time.monotonic() - started, 3)
    return result


def _read_and_write(sources, importer: Importer, extractions: _Extractions, ledger: Ledger | None,
                    produced: dict[str, int], report: Progress, set_aside, write,
                    stop: StopRequest) -> set[str]:
    """The run's main loop: every source read and hashed here, in order; the
    new and changed ones cleaned and extracted (by the workers) and written in
    that order.
    A stop ends it at a document boundary.  Returns the source ids seen."""
    from edugraph.loaders.sources import Quarantined

    seen: set[str] = set()
    for item in sources:
        # A document boundary: what is queued but not written is left to the next run.
        stop.check()
        seen.add(item.source_id)
        for given in produced:
            if under_paths(item.source_id, [given]):
                produced[given] += 1
        if isinstance(item, Quarantined):
            set_aside(item.source_id, item.reason, item.origin, item.content_hash)
            continue
        if importer.skip_if_current(item.source_id, item.content_hash):
            report("unchanged", item.source_id)
            continue
        known_reason = ledger.skip_reason(item.source_id, item.content_hash) if ledger else None
        if known_reason is not None:
            # Same content as when it was quarantined: extracting it again
            # would fail again.  It is retried when its content changes.
            set_aside(item.source_id, known_reason, item.origin, item.content_hash)
            continue
        for done in extractions.submit(item):
            write(*done)
    for done in extractions.drain():
        write(*done)
    return seen
