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
  test or a subprocess starts one) is stopped when the test ends.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

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
