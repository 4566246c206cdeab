"""The store-side shortest chain (graph/paths.py) against networkx on a generated graph with hubs (real store)."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import networkx as nx
import pytest

from edugraph.graph import paths
from edugraph.graph.importer import import_records
from edugraph.graph.nxgraph import read_graph

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synthetic import generate  # noqa: E402  (bench/ is scripts, not a package)


@pytest.fixture
def hub_store(clean_store):
    """A generated graph whose degrees are skewed towards a few hubs, and its undirected networkx view."""
    result = import_records(clean_store, generate(800, 2400, seed=8).records)
    assert result.rejected == []
    return clean_store, nx.Graph(read_graph(clean_store))


def _pairs(graph: nx.Graph, count: int) -> list[tuple[str, str]]:
    """Pairs of people and agencies, and each of the five busiest nodes with a far person."""
    rng = random.Random(16)
    actors = sorted(n for n in graph if n.startswith(("Person:", "Agency:")))
    pairs = [tuple(rng.sample(actors, 2)) for _ in range(count)]
    hubs = sorted(graph, key=lambda n: (-graph.degree(n), n))[:5]
    return pairs + [(hub, rng.choice(actors)) for hub in hubs]


@pytest.mark.parametrize("tight, meet_in_store", [(False, True), (True, True), (True, False)],
                         ids=["default caps", "tiny caps", "tiny caps, meetings found here"])
def test_find_chain_is_a_shortest_chain(hub_store, monkeypatch, tight, meet_in_store):
    """Every chain found is made of real relations and is as short as networkx's;
    with tiny caps every step overflows first and the search turns sides (and
    meetings come from capped steps), with or without the store's meeting check."""
    store, graph = hub_store
    if tight:
        monkeypatch.setattr(paths, "FIRST_CAP", 1)
        monkeypatch.setattr(paths, "NODE_COST", 0)
    if not meet_in_store:
        monkeypatch.setattr(paths, "MEET_CHECK_LIMIT", -1)
    checked = 0
    for start, end in _pairs(graph, 40):
        chain = paths.find_chain(store, paths.named_nodes(store, start), paths.named_nodes(store, end), max_steps=6)
        try:
            distance = nx.shortest_path_length(graph, start, end)
        except nx.NetworkXNoPath:
            distance = None
        if distance is None or distance > 6:
            assert chain == []
            continue
        checked += 1
        assert (chain[0], chain[-1]) == (start, end)
        assert len(chain) - 1 == distance
        assert all(graph.has_edge(a, b) for a, b in zip(chain, chain[1:]))
    assert checked >= 30


def test_shortest_chain_rows_name_each_relation(hub_store):
    store, graph = hub_store
    hub = max(sorted(graph), key=graph.degree)
    far = max(sorted(n for n in graph if n.startswith("Person:")),
              key=lambda n: nx.shortest_path_length(graph, hub, n) if nx.has_path(graph, hub, n) else -1)
    rows = paths.shortest_chain(store, hub, far)
    assert [row["step"] for row in rows] == list(range(nx.shortest_path_length(graph, hub, far) + 1))
    assert all(row["relation"] and row["direction"] in {"in", "out"} and row["sources"] for row in rows[:-1])
    assert rows[-1]["relation"] is None
