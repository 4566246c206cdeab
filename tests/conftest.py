"""Real stores for the test session (docs/ARCHITECTURE.md §7); no mock ever stands in.

Fixtures:

* ``falkor_store`` — one embedded FalkorDB for the whole session, in a
  temporary data directory (its server is stopped at the end of the session);
* ``store`` — parametrised over FalkorDB and Neo4j; the Neo4j case runs when
  ``NEO4J_URI`` is set (credentials from ``NEO4J_USER``/``NEO4J_PASSWORD``,
  ``NEO4J_DATABASE``) and is skipped with that reason otherwise;
* ``clean_store`` — ``store``, emptied and with its schema in place;
* ``store_cli_env`` — environment for ``CliRunner.invoke(..., env=...)`` so
  that a CLI command without ``--store`` uses the same store as ``store``;
* ``fresh_home`` — a new empty data directory whose embedded server (if a
  test or a subprocess starts one) is stopped when the test ends;
* ``closed_port`` — a local TCP port nothing listens on (a store that cannot be reached);
* ``realworld_3000`` — the 3,000 real releases of
  ``shared/corpus/realworld/thaigov-education.jsonl`` imported ONCE per
  session into their own embedded store (lazily: only a test that asks pays
  for the import, minutes on a loaded machine).  Every module that needs that
  graph takes this fixture; they only read it (the session ends by checking
  that its counts did not change);
* ``realworld_page`` — that graph rendered once by ``edugraph render``.
"""
from __future__ import annotations

import itertools
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from edugraph.graph.readside import graph_stats
from edugraph.graph.store import open_store
from edugraph.graph.store.embedded import stop_server
from edugraph.graph.store.falkor import FalkorStore
from edugraph.settings import neo4j_settings

NEO4J_SKIP_REASON = "NEO4J_URI is not set: the Neo4j variant of the store tests needs a Neo4j 5 server"


@pytest.fixture(scope="session")
def falkor_home(tmp_path_factory) -> Path:
    """The data directory of the session's embedded FalkorDB."""
    return tmp_path_factory.mktemp("edugraph-home")


@pytest.fixture(scope="session")
def falkor_store(falkor_home):
    """The session's embedded FalkorDB store (a real server on a unix socket)."""
    store = FalkorStore(falkor_home)
    store.ensure_schema()
    yield store
    store.close()
    stop_server(falkor_home)


@pytest.fixture(scope="session")
def neo4j_store():
    """A Neo4j store from ``NEO4J_URI``; skipped when it is not set."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(NEO4J_SKIP_REASON)
    store = open_store(uri, settings=neo4j_settings())
    store.ensure_schema()
    yield store
    store.close()


@pytest.fixture(scope="session", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """Each real store in turn: FalkorDB always, Neo4j when ``NEO4J_URI`` is set."""
    return request.getfixturevalue("falkor_store" if request.param == "falkordb" else "neo4j_store")


@pytest.fixture
def clean_store(store):
    """``store``, emptied, with its key constraints in place."""
    store.clear()
    store.ensure_schema()
    return store


@pytest.fixture
def store_target(request, store) -> str:
    """The target that opens ``store`` again: 'embedded' or ``$NEO4J_URI``."""
    return "embedded" if store is request.getfixturevalue("falkor_store") else os.environ["NEO4J_URI"]


@pytest.fixture
def store_cli_env(store_target, falkor_home, tmp_path) -> dict[str, str]:
    """Environment that makes CLI commands without ``--store`` use ``store``."""
    if store_target != "embedded":
        # Run reports and the quarantine ledger still live in a data home:
        # keep them out of the checkout.
        return {"EDUGRAPH_STORE": os.environ["NEO4J_URI"], "EDUGRAPH_HOME": str(tmp_path / "edugraph-data")}
    return {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(falkor_home)}


@pytest.fixture
def fresh_home(tmp_path) -> Path:
    """An empty data directory; any embedded server started in it is stopped afterwards."""
    home = tmp_path / "edugraph-data"
    home.mkdir()
    yield home
    stop_server(home)


@pytest.fixture
def closed_port() -> int:
    """A port of 127.0.0.1 that was free a moment ago: bound, then let go, so nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session", autouse=True)
def _no_leaked_servers(tmp_path_factory):
    """Stop every embedded server still running under the session's temp dir at the end."""
    yield
    for pidfile in Path(tmp_path_factory.getbasetemp()).glob("**/falkordb/redis.pid"):
        stop_server(pidfile.parent.parent)


GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"


@pytest.fixture(scope="session")
def gold_records() -> list[dict]:
    """The five gold annotations: realistic, valid contract records."""
    import json

    files = sorted(GOLD_DIR.glob("*.json"))
    if not files:
        pytest.skip(f"no gold records in {GOLD_DIR}")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def make_record(source: str, entities: list[dict], relations: list[tuple] = (), *,
                published: str | None = None, title: str | None = None) -> dict:
    """A small contract record; relations are (type, head id, tail id[, evidence[, title]])."""
    rels = []
    for rel in relations:
        rel_type, head, tail, *rest = rel
        item = {"type": rel_type, "head": head, "tail": tail,
                "evidence": rest[0] if rest else f"{head} {rel_type} {tail} ({source})"}
        if len(rest) > 1:
            item["title"] = rest[1]
        rels.append(item)
    return {"doc": source, "source": source, "published": published, "title": title,
            "url": f"https://example.org/{source}", "entities": entities, "relations": rels}


@pytest.fixture
def record():
    """The :func:`make_record` factory (see its docstring)."""
    return make_record


REALWORLD_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "realworld" / "thaigov-education.jsonl"
REALWORLD_RECORDS = 3000


@dataclass(frozen=True)
class RealworldStore:
    """The real releases imported once: where they live and what the import said."""
    home: Path
    env: dict
    import_exit_code: int
    import_output: str
    import_seconds: float

    def open(self) -> FalkorStore:
        """The store itself (close it after use; it is shared: read only)."""
        return FalkorStore(self.home)


@pytest.fixture(scope="session")
def realworld_3000(tmp_path_factory) -> RealworldStore:
    """The first 3,000 real releases in their own embedded store (imported through the CLI)."""
    if not REALWORLD_CORPUS.is_file():
        pytest.skip(f"no real-world corpus at {REALWORLD_CORPUS} (the shared folder is absent)")
    from click.testing import CliRunner

    from edugraph.cli import cli

    folder = tmp_path_factory.mktemp("realworld")
    # Split on b"\n" only: str.splitlines() also splits at U+2028 and the like,
    # which JSON strings may hold, and cut record 1006 of this corpus in two.
    with REALWORLD_CORPUS.open("rb") as corpus:
        lines = list(itertools.islice(corpus, REALWORLD_RECORDS))
    source = folder / "thaigov-education.jsonl"
    source.write_bytes(b"".join(lines))
    home = folder / "edugraph-data"
    env = {"EDUGRAPH_STORE": "embedded", "EDUGRAPH_HOME": str(home)}
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["import", str(source)], env=env)
    seconds = time.perf_counter() - started
    assert result.exit_code in (0, 1), result.output[-2000:]        # 1: some releases quarantined
    assert "Traceback" not in result.output, result.output[-2000:]
    print(f"\nrealworld_3000: import of {len(lines)} releases took {seconds:.1f} s")
    imported = RealworldStore(home, env, result.exit_code, result.output, seconds)
    # Held open for the session: the server keeps running between the CLI
    # commands of the tests (each would otherwise start it and load the graph).
    store = imported.open()
    counts = graph_stats(store)
    yield imported
    try:
        after = graph_stats(store)
    finally:
        store.close()
        stop_server(home)
    assert after == counts, "a test changed the shared realworld_3000 store: tests of it must only read"


@dataclass(frozen=True)
class RealworldPage:
    """The 3,000 real releases rendered: the page, what render printed and took."""
    path: Path
    output: str
    exit_code: int
    seconds: float
    size_bytes: int


@pytest.fixture(scope="session")
def realworld_page(realworld_3000, tmp_path_factory) -> RealworldPage:
    """``edugraph render`` of ``realworld_3000`` with the default overview (once per session)."""
    from click.testing import CliRunner

    from edugraph.cli import cli

    out = tmp_path_factory.mktemp("realworld-page") / "thaigov-3000.html"
    started = time.perf_counter()
    rendered = CliRunner().invoke(cli, ["render", "--out", str(out)], env=realworld_3000.env)
    seconds = time.perf_counter() - started
    assert rendered.exit_code == 0, rendered.output[-2000:]
    return RealworldPage(out, rendered.output, rendered.exit_code, seconds, out.stat().st_size)
