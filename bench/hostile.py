"""The hostile matrix of issue 15, against the embedded store: cases tried, passed, failed.

    .venv/bin/python bench/hostile.py                 # every case (about ten minutes on 2 cores)
    .venv/bin/python bench/hostile.py --only signals,locks

Each case runs the real ``edugraph`` command in its own process against a
fresh data directory (a real embedded FalkorDB), the way a nightly job or a
person would, and checks what the issue asks of it:

* inputs: values no store can take (deep JSON, huge numbers, NUL, lone
  surrogates), unreadable and odd files, names and ids that would forge a
  log line — the bad record is quarantined alone with its reason, the good
  ones are imported, there is no traceback, and the next run says the same;
* signals: SIGTERM and SIGINT at several points of a run — exit 2 with
  ``interrupted``, nothing quarantined, and a re-run gives the graph of a
  clean import (the time from the signal to the exit is shown);
* kills: ``kill -9`` of the import at several points, and of the embedded
  server — a re-run converges on the clean graph;
* residue: an update run in which every document changed leaves no
  ``stale`` mark;
* locks: a held lock gives exit 2, ``--wait`` waits, a killed holder is
  taken over at once with a notice, ``unlock`` never removes a live lock;
* read-only: ``edugraph cypher`` refuses writes, LOAD CSV, procedures off
  the read list, admin commands, EXPLAIN/PROFILE and a backtick parameter
  name with a one-line error and an unchanged store;
* html: names with markup are escaped in the page;
* credentials: a password never shows in the output or the report.

Prints one line per case and the totals (a table, no assertion).  The
history-independence cases of the issue are helper i14's and not here.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

COMMAND = [sys.executable, "-c", "import sys; from edugraph.cli import main; sys.exit(main())"]
PROVINCES = ["สตูล", "ตาก", "น่าน", "ลำปาง", "ยะลา", "สุรินทร์", "ระยอง", "พะเยา"]
FAMILIES = ["ใจดี", "รักเรียน", "สุขใจ", "มั่นคง", "ศรีสุข"]
STORY = ("วันที่ 5 มกราคม 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดตาก เป็นประธานในพิธีลงนามบันทึกข้อตกลง"
         "ความร่วมมือ ระหว่าง สำนักงานศึกษาธิการจังหวัดตาก กับ องค์การบริหารส่วนจังหวัดตาก")


@dataclass
class Outcome:
    group: str
    name: str
    passed: bool
    detail: str = ""


# -- running edugraph -------------------------------------------------------------------

def edugraph(*args: str, home: Path, env: dict | None = None, input_text: str | None = None,
             timeout: float = 900) -> subprocess.CompletedProcess:
    environment = {**os.environ, "EDUGRAPH_HOME": str(home), "EDUGRAPH_STORE": "embedded", **(env or {})}
    environment.pop("NEO4J_URI", None)
    return subprocess.run([*COMMAND, *args], env=environment, capture_output=True, text=True,
                          input=input_text, timeout=timeout)


def start(*args: str, home: Path) -> subprocess.Popen:
    environment = {**os.environ, "EDUGRAPH_HOME": str(home), "EDUGRAPH_STORE": "embedded"}
    environment.pop("NEO4J_URI", None)
    return subprocess.Popen([*COMMAND, *args], env=environment, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def report(home: Path) -> dict:
    return json.loads((home / "runs" / "latest.json").read_text(encoding="utf-8"))


def dump(home: Path) -> dict:
    from edugraph.graph.readside import canonical_dump
    from edugraph.graph.store import open_store

    with open_store(home=home) as store:
        return canonical_dump(store)


def stop(home: Path) -> None:
    from edugraph.graph.store.embedded import stop_server

    stop_server(home)


def corpus(folder: Path, count: int, *, version: int = 1) -> Path:
    """``count`` generated releases in ``folder/generated.jsonl`` (version 2 changes every one of them;
    the CLI tests use version 1 as their generated corpus)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for number in range(count):
        province = PROVINCES[number % len(PROVINCES)]
        day = number % 28 + 1
        person = f"สมชาย{number} {FAMILIES[number % len(FAMILIES)]}"
        venue = f" ณ ห้องประชุมศาลากลางจังหวัด{province}" if version == 1 else ""
        body = (f"วันที่ {day} มกราคม 2567 นาย{person} ผู้ว่าราชการจังหวัด{province} "
                f"เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ ระหว่าง สำนักงานศึกษาธิการจังหวัด{province} "
                f"กับ องค์การบริหารส่วนจังหวัด{province} และ สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.)"
                f"{venue}")
        lines.append(json.dumps({"id": f"gen-{number:04d}", "title": f"ลงนาม MOU จังหวัด{province}",
                                 "date": f"2024-01-{day:02d}", "body": body}, ensure_ascii=False))
    path = folder / "generated.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Matrix:
    def __init__(self, work: Path):
        self.work = work
        self.outcomes: list[Outcome] = []
        self._clean: dict[tuple[int, int], dict] = {}

    def home(self, name: str) -> Path:
        path = self.work / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path

    def case(self, group: str, name: str, check: Callable[[], tuple[bool, str]]) -> None:
        try:
            passed, detail = check()
        except Exception as err:  # noqa: BLE001 — a case that crashes is a failed case
            passed, detail = False, f"{type(err).__name__}: {err}"
        self.outcomes.append(Outcome(group, name, passed, detail))
        print(f"{'PASS' if passed else 'FAIL'}  {group:<11} {name:<58} {detail}"[:220], flush=True)

    def clean_dump(self, count: int, version: int = 1) -> dict:
        """The canonical graph of a clean import of the generated corpus."""
        if (count, version) not in self._clean:
            home = self.home(f"clean-{count}-{version}")
            source = corpus(self.work / f"corpus-{count}-{version}", count, version=version)
            try:
                assert edugraph("import", str(source), home=home).returncode == 0
                self._clean[(count, version)] = dump(home)
            finally:
                stop(home)
        return self._clean[(count, version)]


# -- inputs ----------------------------------------------------------------------------------

def hostile_line(record_id: str, **fields) -> str:
    """One JSON Lines record with a Thai story as its body."""
    return json.dumps({"id": record_id, "title": "ข่าว", "body": STORY, **fields}, ensure_ascii=False)


#: The issue's values that broke a store, one JSON Lines record each (tests/hostile_inputs.py uses them too).
UNSTORABLE_LINES = {
    "JSON nested 5,000 deep": '{"id": "deep5000", "title": "ข่าว", "body": ' + "[" * 5000 + "]" * 5000 + "}",
    "JSON nested 100,000 deep": ('{"id": "deep100000", "title": "ข่าว", "body": ' + "[" * 100_000
                                 + "]" * 100_000 + "}"),
    "a 5,000-digit number": hostile_line("digits")[:-1] + ', "views": ' + "7" * 5000 + "}",
    "a lone surrogate in the title": hostile_line("surrogate").replace('"title": "', '"title": "\\ud800'),
    "NUL in the id": hostile_line("nul\\u0000id").replace("\\\\u0000", "\\u0000"),
    "NUL in the title": hostile_line("nul-title").replace('"title": "', '"title": "\\u0000'),
    "NUL in the body": hostile_line("nul-body").replace('"body": "', '"body": "\\u0000'),
}
JSONL_CASES = {
    **UNSTORABLE_LINES,
    "a lone surrogate in the body": hostile_line("x").replace('"body": "', '"body": "\\udfff'),
    "a lone surrogate in the id": hostile_line("x\\ud800y").replace("\\\\ud800", "\\ud800"),
    "invalid JSON": '{"id": "x", "title": ',
    "a record that is a list": "[1, 2, 3]",
    "no body": json.dumps({"id": "x", "title": "t"}),
    "a body that is a number": json.dumps({"id": "x", "title": "t", "body": 5}),
    "a body without Thai": json.dumps({"id": "x", "title": "t", "body": "only latin text here"}),
    "invalid UTF-8 bytes": None,       # written as bytes below
    "control characters in the title": hostile_line("x", title="หัวข่าว\u0007\u001b[2J\u0085"),
    "a 200,000-character title": hostile_line("x", title="ก" * 200_000),
    "an id with a newline and ANSI escapes": hostile_line("x\n2025-01-01T00:00:00.000Z INFO    forged\u001b[2J"),
    "HTML and Cypher in the title": hostile_line("x", title="<script>alert(1)</script> ') DETACH DELETE n //"),
}
#: Cases whose bad record is imported (made storable) rather than quarantined.
STORED_CASES = {"control characters in the title", "a 200,000-character title",
                "an id with a newline and ANSI escapes", "HTML and Cypher in the title"}


def input_cases(m: Matrix) -> None:
    for name, line in JSONL_CASES.items():
        def check(name=name, line=line) -> tuple[bool, str]:
            home = m.home("input")
            folder = m.work / "input-src"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            feed = folder / "feed.jsonl"
            bad = line.encode("utf-8") if line is not None else b'{"id": "x", "title": "t", "body": "\xff\xfe\xe0"}'
            feed.write_bytes(b"\n".join([hostile_line("good-1").encode(), bad, hostile_line("good-2").encode()]) + b"\n")
            try:
                first = edugraph("import", str(folder), home=home)
                second = edugraph("import", str(folder), home=home)
                data = report(home)
                from edugraph.graph.importer import stored_documents
                from edugraph.graph.store import open_store

                with open_store(home=home) as store:
                    stored = stored_documents(store)
                    stale = store.read("MATCH (n) WHERE n.stale = true RETURN count(n) AS c")[0]["c"]
                goods = {f"{folder.as_posix()}/feed.jsonl#good-1", f"{folder.as_posix()}/feed.jsonl#good-2"}
                output = first.stdout + first.stderr
                if "Traceback" in output or "\x1b" in output:
                    return False, "traceback or a raw escape in the output"
                if name in STORED_CASES:
                    ok = first.returncode == 0 and second.returncode == 0 and len(stored) == 3 and not stale
                    return ok, f"exit {first.returncode}/{second.returncode}, {len(stored)} stored"
                reasons = [item["reason"] for item in data["quarantined"]]
                ok = (first.returncode == 1 and second.returncode == 1 and set(stored) == goods
                      and len(reasons) == 1 and data["documents"]["unchanged"] == 2)
                return ok, f"exit {first.returncode}/{second.returncode}: {reasons[0] if reasons else '-'}"
            finally:
                stop(home)
        m.case("inputs", name, check)

    def odd_files() -> tuple[bool, str]:
        home = m.home("files")
        folder = m.work / "files-src"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        (folder / "good.txt").write_text(f"ลงนาม MOU\n{STORY}", encoding="utf-8")
        (folder / "empty.txt").write_bytes(b"")
        (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
        (folder / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
        (folder / "big.json").write_text(hostile_line("b")[:-1] + ', "n": ' + "1" * 5000 + "}", encoding="utf-8")
        (folder / "huge.txt").write_text("ก" * 3_000_000, encoding="utf-8")
        (folder / "name\nwith\x1b[2Jescapes.txt").write_text(f"ข่าว\n{STORY}", encoding="utf-8")
        try:
            run = edugraph("import", str(folder), home=home)
            data = report(home)
            ok = (run.returncode == 1 and "Traceback" not in run.stderr and "\x1b" not in run.stdout + run.stderr
                  and data["documents"]["new"] == 2 and len(data["quarantined"]) == 5)
            return ok, f"exit {run.returncode}, {data['documents']['new']} new, {len(data['quarantined'])} quarantined"
        finally:
            stop(home)
    m.case("inputs", "empty, binary, deep, huge-number, oversized files and an escape in a name", odd_files)


# -- signals and kills ------------------------------------------------------------------------

def _after_extracted(run: subprocess.Popen, count: int) -> None:
    seen = 0
    for line in run.stderr:
        if "extracted: " in line:
            seen += 1
            if seen >= count:
                return


def signal_cases(m: Matrix) -> None:
    size = 240
    source = corpus(m.work / "corpus-240-1", size)
    for name in ("SIGTERM", "SIGINT"):
        for point in (1, 7, 60, 200):
            def check(name=name, point=point) -> tuple[bool, str]:
                home = m.home("signal")
                try:
                    run = start("import", "--incremental", "--batch-size", "5", "--log-level", "debug",
                                str(source), home=home)
                    _after_extracted(run, point)
                    sent = time.monotonic()
                    run.send_signal(getattr(signal, name))
                    out, err = run.communicate(timeout=300)
                    latency = time.monotonic() - sent
                    data = report(home)
                    interrupted = (run.returncode == 2 and data["errors"][0]["kind"] == "interrupted"
                                   and not data["quarantined"] and "Traceback" not in err)
                    rerun = edugraph("import", "--incremental", str(source), home=home)
                    converged = rerun.returncode == 0 and dump(home) == m.clean_dump(size)
                    return interrupted and converged, (f"after {point} extracted: exit {run.returncode}, "
                                                       f"stopped {latency:.2f} s after the signal, "
                                                       f"re-run {'converged' if converged else 'DIFFERS'}")
                finally:
                    stop(home)
            m.case("signals", f"{name} after {point} documents extracted", check)

    for point in (1, 60, 200):
        def kill_import(point=point) -> tuple[bool, str]:
            home = m.home("kill")
            try:
                run = start("import", "--incremental", "--batch-size", "5", "--log-level", "debug",
                            str(source), home=home)
                _after_extracted(run, point)
                run.kill()
                run.wait(timeout=60)
                time.sleep(1)
                rerun = edugraph("import", "--incremental", str(source), home=home)
                converged = rerun.returncode == 0 and dump(home) == m.clean_dump(size)
                return converged, f"re-run exit {rerun.returncode}, {'converged' if converged else 'DIFFERS'}"
            finally:
                stop(home)
        m.case("kills", f"kill -9 of the import after {point} extracted", kill_import)

    def kill_server() -> tuple[bool, str]:
        from edugraph.graph.store.embedded import server_pid

        home = m.home("kill-server")
        try:
            run = start("import", "--incremental", "--batch-size", "5", "--log-level", "debug",
                        str(source), home=home)
            _after_extracted(run, 60)
            pid = server_pid(home)
            if pid:
                os.kill(pid, signal.SIGKILL)
            run.communicate(timeout=600)
            rerun = edugraph("import", "--incremental", str(source), home=home)
            converged = rerun.returncode == 0 and dump(home) == m.clean_dump(size)
            return converged, f"first run exit {run.returncode}, re-run {'converged' if converged else 'DIFFERS'}"
        finally:
            stop(home)
    m.case("kills", "kill -9 of the embedded server mid-run", kill_server)


# -- residue ------------------------------------------------------------------------------------

def residue_cases(m: Matrix) -> None:
    def update() -> tuple[bool, str]:
        home = m.home("residue")
        folder = m.work / "residue-src"
        shutil.rmtree(folder, ignore_errors=True)
        try:
            corpus(folder, 120, version=1)
            assert edugraph("import", str(folder), home=home).returncode == 0
            corpus(folder, 120, version=2)           # every release changes: the venues go
            run = edugraph("import", str(folder), home=home)
            stale = [n["key"] for n in dump(home)["nodes"] if n.get("stale")]
            return run.returncode == 0 and not stale and report(home)["documents"]["changed"] == 120, \
                f"{len(stale)} stale node(s) after the update"
        finally:
            stop(home)
    m.case("residue", "update run in which all documents changed", update)


# -- locks -----------------------------------------------------------------------------------------

_HOLD = ("import sys, time; from pathlib import Path; from edugraph.graph.store import open_store\n"
         "s = open_store('embedded', home=Path(sys.argv[1]))\n"
         "with s.import_lock():\n    print('held', flush=True); time.sleep(600)\n")


def lock_cases(m: Matrix) -> None:
    source = corpus(m.work / "corpus-20-1", 20)

    def holder(home: Path) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-c", _HOLD, str(home)], stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "held"
        return process

    @contextmanager
    def lock_held_by_another(home: Path) -> Iterator[subprocess.Popen]:
        """A live process holds ``home``'s import lock for the block; afterwards it and the server are gone."""
        process = holder(home)
        try:
            yield process
        finally:
            process.kill()
            process.wait()
            stop(home)

    def held() -> tuple[bool, str]:
        home = m.home("lock")
        with lock_held_by_another(home) as process:
            run = edugraph("import", str(source), home=home)
            ok = run.returncode == 2 and report(home)["errors"][0]["kind"] == "lock_held" \
                and f"pid {process.pid}" in run.stderr + run.stdout
            return ok, f"exit {run.returncode}"
    m.case("locks", "a second import while one holds the lock", held)

    def waits() -> tuple[bool, str]:
        home = m.home("lock")
        with lock_held_by_another(home) as process:
            waiting = start("import", "--wait", str(source), home=home)
            time.sleep(3)
            still = waiting.poll() is None
            process.terminate()
            waiting.communicate(timeout=300)
            return still and waiting.returncode == 0, f"waited: {still}, exit {waiting.returncode}"
    m.case("locks", "--wait waits for the holder", waits)

    def killed_holder() -> tuple[bool, str]:
        home = m.home("lock")
        process = holder(home)
        process.kill()
        process.wait()
        try:
            started = time.monotonic()
            run = edugraph("import", str(source), home=home)
            notices = report(home).get("notices", [])
            ok = run.returncode == 0 and notices and f"pid {process.pid}" in notices[0]
            return bool(ok), f"exit {run.returncode} in {time.monotonic() - started:.1f} s, notices {notices}"
        finally:
            stop(home)
    m.case("locks", "a holder killed with -9 is taken over with a notice", killed_holder)

    def unlock_live() -> tuple[bool, str]:
        home = m.home("lock")
        with lock_held_by_another(home):
            run = edugraph("unlock", "--force", home=home)
            return run.returncode == 2 and "not stale" in run.stderr, f"exit {run.returncode}"
    m.case("locks", "unlock --force never removes a live holder's lock", unlock_live)


# -- read-only ---------------------------------------------------------------------------------------

#: Statements that write: refused as writes.  Every other one must get its own message.
WRITES = ["CREATE (n:Person {key: 'x'})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1",
          "MERGE (n:Agency {key: 'x'}) RETURN n.key", "MATCH (n) REMOVE n.name",
          "MATCH (n) RETURN n.key AS k /* */ ; MATCH (m) DELETE m"]
READ_CASES = [(statement, ()) for statement in WRITES] + [
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", ()),
    ("CALL dbms.components() YIELD name RETURN name", ()),
    ("CALL db.idx.fulltext.drop('Person')", ()),
    ("SHOW USERS", ()),
    ("CREATE INDEX FOR (n:Person) ON (n.name)", ()),
    ("USE system SHOW USERS", ()),
    ("EXPLAIN MATCH (n) RETURN n.key AS k", ()),
    ("PROFILE MATCH (n) RETURN count(n) AS c", ()),
    ("RETURN $x AS x", ("-p", "a`b=1", "-p", "x=1")),
]


def read_cases(m: Matrix) -> None:
    home = m.home("read")
    source = corpus(m.work / "corpus-20-1", 20)
    edugraph("import", str(source), home=home)
    before = dump(home)
    try:
        for statement, extra in READ_CASES:
            def check(statement=statement, extra=extra) -> tuple[bool, str]:
                run = edugraph("cypher", statement, *extra, home=home)
                message = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
                ok = (run.returncode == 2 and message.startswith("edugraph: error:")
                      and "Traceback" not in run.stderr
                      and (statement in WRITES or "write" not in message))
                return ok, message[:120]
            m.case("read-only", statement[:58], check)
        m.case("read-only", "the store is unchanged after all of them", lambda: (dump(home) == before, ""))
        good = edugraph("cypher", "CALL db.labels() YIELD label RETURN label", home=home)
        m.case("read-only", "a read procedure on the list runs", lambda: (good.returncode == 0, good.stdout[:60]))
    finally:
        stop(home)


# -- html and credentials ---------------------------------------------------------------------------

def html_and_secret_cases(m: Matrix) -> None:
    def html() -> tuple[bool, str]:
        home = m.home("html")
        folder = m.work / "html-src"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        story = STORY.replace("สำนักงานศึกษาธิการจังหวัดตาก", "มูลนิธิ<script>alert(1)</script>")
        (folder / "feed.jsonl").write_text(hostile_line("h", body=story, title="<img src=x onerror=alert(1)>") + "\n",
                                           encoding="utf-8")
        try:
            edugraph("import", str(folder), home=home)
            page = m.work / "page.html"
            run = edugraph("render", "--out", str(page), home=home)
            text = page.read_text(encoding="utf-8") if page.exists() else ""
            ok = run.returncode == 0 and "<script>alert(1)" not in text and "<img src=x" not in text
            return ok, f"exit {run.returncode}"
        finally:
            stop(home)
    m.case("html", "markup in names and titles is escaped in the page", html)

    def secret() -> tuple[bool, str]:
        home = m.home("secret")
        source = corpus(m.work / "corpus-20-1", 20)
        password = "hunter2-s3cr3t-pw"
        run = edugraph("import", str(source), home=home,
                       env={"EDUGRAPH_STORE": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": password})
        leaked = password in run.stdout + run.stderr + json.dumps(report(home))
        return run.returncode == 2 and not leaked, f"exit {run.returncode}, leaked: {leaked}"
    m.case("credentials", "an unreachable Neo4j never shows the password", secret)


GROUPS = {"inputs": input_cases, "signals": signal_cases, "residue": residue_cases, "locks": lock_cases,
          "read-only": read_cases, "html": html_and_secret_cases}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated groups: " + ", ".join(GROUPS))
    options = parser.parse_args(argv)
    chosen = [g for g in options.only.split(",") if g] or list(GROUPS)
    with tempfile.TemporaryDirectory(prefix="edugraph-hostile-") as work:
        matrix = Matrix(Path(work))
        for group in chosen:
            GROUPS[group](matrix)
    outcomes = matrix.outcomes
    print()
    print(f"| group | tried | passed | failed |\n|---|---|---|---|")
    for group in dict.fromkeys(o.group for o in outcomes):
        mine = [o for o in outcomes if o.group == group]
        print(f"| {group} | {len(mine)} | {sum(o.passed for o in mine)} | {sum(not o.passed for o in mine)} |")
    print(f"| **all (embedded store)** | {len(outcomes)} | {sum(o.passed for o in outcomes)} | "
          f"{sum(not o.passed for o in outcomes)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
