"""3,000 real releases (thaigov-education.jsonl) imported once, then every read
command on them through the CLI in-process: no traceback, and every exported
string is valid UTF-8.  Slow tier: the import alone takes minutes.

Before the fix of ``search`` (built in Python, not by FalkorDB's string ``+``),
about 800 of these releases were enough to make render, export, analyze,
search_names and shortest_chain die with a UnicodeDecodeError.
"""
from __future__ import annotations

import json
import shlex
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.analytics import ANALYSES
from edugraph.graph.export import FORMATS
from edugraph.graph.store.embedded import stop_server
from edugraph.queries import list_queries

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"
RECORDS = 3000
TIMINGS: dict[str, float] = {}


def _run(env: dict, args: list[str]):
    started = time.monotonic()
    result = CliRunner().invoke(cli, args, env=env)
    TIMINGS[" ".join(args)[:80]] = time.monotonic() - started
    return result


def _succeeded(result, args) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        (args, repr(result.exception))
    assert "Traceback" not in result.output, (args, result.output[-2000:])
    assert result.exit_code == 0, (args, result.output[-2000:])


@pytest.fixture(scope="module")
def realworld_env(tmp_path_factory):
    """A fresh embedded store holding the first 3,000 real releases (one import per module)."""
    if not CORPUS.exists():
        pytest.skip(f"no real-world corpus at {CORPUS}")
    folder = tmp_path_factory.mktemp("realworld")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:RECORDS]
    source = folder / "thaigov-education.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    home = folder / "edugraph-data"
    env = {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(home)}
    result = _run(env, ["import", str(source)])
    assert result.exit_code in (0, 1), result.output[-2000:]        # 1: some releases quarantined
    assert "Traceback" not in result.output
    yield env
    stop_server(home)
    print("\nreal-world e2e timings (s):", json.dumps({k: round(v, 2) for k, v in TIMINGS.items()},
                                                       ensure_ascii=False, indent=1))


def test_stats(realworld_env):
    result = _run(realworld_env, ["stats", "--format", "json"] if _has_format("stats") else ["stats"])
    _succeeded(result, "stats")
    assert "Person" in result.output


def _has_format(command: str) -> bool:
    return any(p.name == "fmt" for p in cli.commands[command].params)


def _canned_invocations() -> list[list[str]]:
    invocations = []
    for query in list_queries():
        required = [p for p in query.params if p.required]
        if not required:
            invocations.append(["query", query.name])
        for example in query.examples:
            words = shlex.split(example)
            assert words[:2] == ["edugraph", "query"], example
            invocations.append(words[1:])
    return invocations


@pytest.mark.parametrize("args", _canned_invocations(), ids=lambda a: " ".join(a)[:60])
def test_canned_query(realworld_env, args):
    _succeeded(_run(realworld_env, args), args)


def test_cypher(realworld_env):
    args = ["cypher", "MATCH (n:Person) RETURN n.key AS key, n.name AS name, n.search AS search, "
                      "size(n.search) AS chars ORDER BY chars DESC LIMIT 5", "--format", "json"]
    result = _run(realworld_env, args)
    _succeeded(result, args)
    rows = json.loads(result.output)
    assert rows and all(row["search"].startswith(row["key"].split(":", 1)[1]) for row in rows)


@pytest.mark.parametrize("extra", [[], ["--max-nodes", "300"]], ids=["whole", "max-nodes"])
def test_render(realworld_env, tmp_path, extra):
    out = tmp_path / "graph.html"
    args = ["render", "--out", str(out), *extra]
    _succeeded(_run(realworld_env, args), args)
    out.read_bytes().decode("utf-8")


def _utf8_strings(data: bytes, what: str) -> None:
    """Every byte of ``data`` decodes as UTF-8 (the format of the file does not matter)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        pytest.fail(f"{what} is not valid UTF-8: {err}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export(realworld_env, tmp_path, fmt):
    out = tmp_path / "export" / f"graph.{fmt}"
    out.parent.mkdir()
    args = ["export", "--format", fmt, "--documents", "--out", str(out)]
    _succeeded(_run(realworld_env, args), args)
    written = [p for p in out.parent.rglob("*") if p.is_file()]
    assert written, f"export {fmt} wrote nothing"
    for path in written:
        _utf8_strings(path.read_bytes(), str(path))


@pytest.mark.parametrize("what", ANALYSES)
def test_analyze(realworld_env, what):
    args = ["analyze", what, "--format", "json"]
    if what == "ego":
        args += ["--node", "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"]
    result = _run(realworld_env, args)
    _succeeded(result, args)
    json.loads(result.output)
