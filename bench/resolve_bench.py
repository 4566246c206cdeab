"""Identity resolution over an import's batches: from scratch every batch vs. with the
importer's :class:`~edugraph.graph.resolve.ResolutionCache` (issue 14, incremental re-resolution).

Reads the records stored on the Document nodes of an edugraph store (import first, e.g. the
3,000 real releases: ``EDUGRAPH_HOME=DIR edugraph import thaigov-3000.jsonl``), then resolves
them as an import of that many documents in batches would: after each batch, all records so
far.  Prints one table of CPU seconds (``time.process_time``: the machine may be shared) and
checks that both ways give the same resolution.  Not a test: nothing asserts a time.

    .venv/bin/python bench/resolve_bench.py --home DIR [--batch 200]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from edugraph.graph.resolve import ResolutionCache, resolve
from edugraph.graph.store.embedded import stop_server
from edugraph.graph.store.falkor import FalkorStore
from edugraph.queries.files import internal_statement


def stored_records(home: Path) -> dict[str, dict]:
    store = FalkorStore(home)
    try:
        rows = store.read(internal_statement("stored_records"))
    finally:
        store.close()
        stop_server(home)
    return {row["key"]: json.loads(row["record"]) for row in rows if row["record"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, required=True, help="an edugraph data directory (embedded store)")
    parser.add_argument("--batch", type=int, default=200, help="documents per batch (the importer's default)")
    args = parser.parse_args()
    records = stored_records(args.home)
    order = sorted(records)
    cache, current = ResolutionCache(), {}
    totals = {"scratch": 0.0, "cached": 0.0}
    last = {}
    for start in range(0, len(order), args.batch):
        current.update((key, records[key]) for key in order[start:start + args.batch])
        began = time.process_time()
        scratch = resolve(current)
        last["scratch"] = time.process_time() - began
        began = time.process_time()
        cached = resolve(current, cache=cache)
        last["cached"] = time.process_time() - began
        for way in totals:
            totals[way] += last[way]
        assert cached.keys == scratch.keys and cached.decisions == scratch.decisions
    batches = -(-len(order) // args.batch)
    print(f"| records | batches | way | all batches CPU s | last batch CPU s |")
    print(f"|---|---|---|---|---|")
    for way in totals:
        print(f"| {len(order):,} | {batches} | {way} | {totals[way]:.1f} | {last[way]:.2f} |")


if __name__ == "__main__":
    main()
