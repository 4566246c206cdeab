"""Render benchmark of the HTML view (issue 17): time, size and time to interactive, as a table.

    .venv/bin/python bench/render_bench.py                 # 1k generated, 3k real releases, 20k generated
    .venv/bin/python bench/render_bench.py --sizes 1000    # generated graphs only, no real corpus
    .venv/bin/python bench/render_bench.py --no-browser    # without Chromium

Rows:

* generated graphs (``tests/viz/viz_synthetic_graph.py``: Thai provinces,
  agencies, people, events and programmes with their sources) of 1,000 and
  20,000 entity nodes, rendered straight from networkx;
* the 3,000 real releases of ``../shared/corpus/realworld/thaigov-education.jsonl``
  imported once into an embedded store cached in ``bench/.data/render-real/``
  (what ``edugraph import`` does), then ``read_graph`` and ``render_html``:
  the two halves of ``edugraph render``.

Each row runs in its own process (a cold start, as the command has: the
Thai word list that evidence cuts need is loaded once per process).  Wall
time is shown beside CPU time, since the machine may be shared.  The time to
interactive is measured in Debian's Chromium (Playwright, headless): from
opening the file to the overview drawn and ready.  Targets (issue 17): a
3,000-release graph renders in under 10 s, to under 10 MB, and is
interactive within 3 s.  Nothing here asserts: it prints.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / ".data"
REAL = ROOT.parent / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"
REAL_HOME = DATA / "render-real"
TARGET_S, TARGET_MB, TARGET_READY_S = 10.0, 10.0, 3.0


def child(spec: dict) -> dict:
    """One row, measured in this process."""
    from edugraph.viz.render import render_html

    out = DATA / "html" / f"render-{spec['name']}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    read_s = read_cpu_s = None
    if spec["kind"] == "generated":
        sys.path.insert(0, str(ROOT / "tests" / "viz"))
        from viz_synthetic_graph import make_thai_graph

        graph = make_thai_graph(spec["nodes"], include_documents=True)
    else:
        from edugraph.graph.nxgraph import read_graph
        from edugraph.graph.store import open_store
        from edugraph.graph.store.embedded import stop_server

        store = open_store(None, home=REAL_HOME)
        try:
            started, cpu = time.perf_counter(), time.process_time()
            graph = read_graph(store, include_documents=True, mention_details=False)
            read_s, read_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        finally:
            store.close()
            stop_server(REAL_HOME)
    cpu, started = time.process_time(), time.perf_counter()
    result = render_html(graph, out)
    return {"render_s": time.perf_counter() - started, "render_cpu_s": time.process_time() - cpu, "read_s": read_s,
            "read_cpu_s": read_cpu_s,
            "nodes": result.nodes, "edges": result.edges, "drawn": result.drawn_nodes, "isolated": result.isolated,
            "mb": result.size_bytes / 1e6, "path": str(out)}


def time_to_interactive(path: str, runs: int = 3) -> float | None:
    """Best of ``runs`` openings in headless Chromium: file opened → overview drawn and ready."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    executable = os.environ.get("EDUGRAPH_CHROMIUM", "/usr/bin/chromium")
    if not Path(executable).is_file():
        return None
    best = None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable,
                                             args=["--headless", "--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(Path(path).as_uri())
            page.wait_for_function("() => window.edugraph && window.edugraph.ready && window.edugraph.stable",
                                   timeout=120_000)
            took = time.perf_counter() - started
            best = took if best is None else min(best, took)
            page.close()
        browser.close()
    return best


def import_real() -> str | None:
    """The real releases in the cached store (imported once); an error message if that fails."""
    if (REAL_HOME / "imported.ok").is_file():
        return None
    REAL_HOME.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(REAL_HOME)}
    print(f"importing {REAL} into {REAL_HOME} (once) …", file=sys.stderr)
    done = subprocess.run([str(Path(sys.executable).parent / "edugraph"), "import", str(REAL)], env=env,
                          capture_output=True, text=True)
    subprocess.run([sys.executable, "-c", "import sys; from edugraph.graph.store.embedded import stop_server; "
                    "stop_server(sys.argv[1])", str(REAL_HOME)], check=False)
    if done.returncode != 0:
        return (done.stderr or done.stdout).strip().splitlines()[-1]
    (REAL_HOME / "imported.ok").write_text("ok\n")
    return None


def run_row(spec: dict) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,20000", help="generated graph sizes (entity nodes)")
    parser.add_argument("--no-real", action="store_true", help="skip the 3,000 real releases")
    parser.add_argument("--no-browser", action="store_true", help="skip the time to interactive")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    specs = []
    sizes = [int(s) for s in args.sizes.split(",") if s]
    for size in sizes:
        specs.append({"name": f"generated-{size}", "kind": "generated", "nodes": size,
                      "label": f"{size:,} generated nodes"})
    if not args.no_real:
        specs.insert(1 if sizes else 0, {"name": "real-3000", "kind": "real",
                                         "label": "3,000 real releases (thaigov-education)"})
    print(f"render benchmark · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} · {os.cpu_count()} CPUs")
    print()
    print("| graph | entity nodes | relations | drawn at first | isolated | read_graph s (CPU s) | render_html s (CPU s) "
          "| read + render s | HTML MB | interactive s | targets (<10 s, <10 MB, <3 s) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for spec in specs:
        if spec["kind"] == "real":
            if not REAL.is_file():
                print(f"| {spec['label']} | skipped: no corpus at {REAL} |||||||||")
                continue
            failure = import_real()
            if failure:
                print(f"| {spec['label']} | import failed: {failure} |||||||||")
                continue
        row = run_row(spec)
        if "error" in row:
            print(f"| {spec['label']} | failed: {row['error'][:160]} |||||||||", flush=True)
            continue
        ready = None if args.no_browser else time_to_interactive(row["path"])
        total = row["render_s"] + (row["read_s"] or 0.0)
        read = "—" if row["read_s"] is None else f"{row['read_s']:.1f} ({row['read_cpu_s']:.1f})"
        shown_ready = "—" if ready is None else f"{ready:.1f}"
        met = [total < TARGET_S, row["mb"] < TARGET_MB] + ([ready < TARGET_READY_S] if ready is not None else [])
        print(f"| {spec['label']} | {row['nodes']:,} | {row['edges']:,} | {row['drawn']:,} | {row['isolated']:,} "
              f"| {read} "
              f"| {row['render_s']:.1f} ({row['render_cpu_s']:.1f}) | {total:.1f} | {row['mb']:.1f} "
              f"| {shown_ready} | {'met' if all(met) else '**missed**'} |", flush=True)


if __name__ == "__main__":
    main()
