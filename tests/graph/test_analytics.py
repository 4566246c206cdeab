"""Analytics on hand-built graphs in the shape of read_graph (no store needed)."""
from __future__ import annotations

import networkx as nx
import pytest

from edugraph.errors import ParameterError
from edugraph.graph import analytics
from edugraph.graph.analytics import (
    ANALYSES, brokers, centrality, communities, connected_components, cosigning_graph,
    cosigning_pairs, ego_network, ego_rows, fact_graph, louvain_partition, resolve_node,
    run_analysis, shortest_chain,
)
from edugraph.graph.sample import sample_graph


def _graph(nodes: dict[str, str], facts: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    """Nodes ``{key: label}`` (name = the part after ':') and facts (head, type, tail)."""
    graph = nx.MultiDiGraph()
    for key, label in nodes.items():
        graph.add_node(key, label=label, name=key.split(":", 1)[1], aliases=[])
    for head, relation, tail in facts:
        graph.add_edge(head, tail, key=relation, type=relation, sources=["d"], evidence=[""], titles=[""])
    return graph


def _two_provinces_and_a_bridge() -> nx.MultiDiGraph:
    """Two clusters of agencies signing in their own province; only B1 signs in both."""
    nodes = {"Province:P1": "Province", "Province:P2": "Province",
             "Event:E1": "Event", "Event:E2": "Event", "Event:E3": "Event",
             "Agency:A1": "Agency", "Agency:A2": "Agency", "Agency:A3": "Agency",
             "Agency:C1": "Agency", "Agency:C2": "Agency", "Agency:B1": "Agency",
             "Person:X": "Person"}
    facts = [("Event:E1", "HELD_IN", "Province:P1"), ("Event:E2", "HELD_IN", "Province:P1"),
             ("Event:E3", "HELD_IN", "Province:P2"),
             ("Agency:A1", "SIGNED", "Event:E1"), ("Agency:A2", "SIGNED", "Event:E1"),
             ("Agency:A1", "SIGNED", "Event:E2"), ("Agency:A2", "SIGNED", "Event:E2"),
             ("Agency:A3", "SIGNED", "Event:E2"), ("Agency:B1", "SIGNED", "Event:E2"),
             ("Agency:B1", "SIGNED", "Event:E3"), ("Agency:C1", "SIGNED", "Event:E3"),
             ("Agency:C2", "SIGNED", "Event:E3"), ("Person:X", "CHAIRED", "Event:E3"),
             ("Agency:A1", "LOCATED_IN", "Province:P1"), ("Agency:C1", "LOCATED_IN", "Province:P2")]
    return _graph(nodes, facts)


def test_fact_graph_drops_documents_and_counts_relations_per_pair():
    graph = _graph({"Agency:a": "Agency", "Event:e": "Event", "Document:d": "Document"},
                   [("Agency:a", "SIGNED", "Event:e"), ("Agency:a", "ORGANIZED", "Event:e"),
                    ("Document:d", "MENTIONS", "Agency:a")])
    simple = fact_graph(graph)
    assert sorted(simple) == ["Agency:a", "Event:e"]
    assert simple["Agency:a"]["Event:e"]["weight"] == 2


def test_centralities_rank_within_each_type():
    graph = _two_provinces_and_a_bridge()
    degree = centrality(graph, "degree", label="Agency")
    # A1 has 3 links, A2 and B1 2 each (a tie, broken by key).
    assert [(r["key"], r["score"]) for r in degree[:3]] == [
        ("Agency:A1", round(3 / 11, 6)), ("Agency:A2", round(2 / 11, 6)), ("Agency:B1", round(2 / 11, 6))]
    assert [r["rank"] for r in degree] == list(range(1, 7))
    between = centrality(graph, "betweenness", label="Agency", top=1)
    assert [r["key"] for r in between] == ["Agency:B1"]
    everything = centrality(graph, "eigenvector")
    assert {r["label"] for r in everything} == {"Agency", "Event", "Person", "Province"}
    assert all(0 <= r["score"] <= 1 for r in everything)
    # Per type, ranks restart at 1.
    assert sum(1 for r in everything if r["rank"] == 1) == 4


def test_centrality_of_an_edgeless_graph_is_zero_not_an_error():
    graph = _graph({"Agency:a": "Agency", "Agency:b": "Agency"}, [])
    for measure in ("degree", "betweenness", "eigenvector"):
        assert {r["score"] for r in centrality(graph, measure)} == {0.0}


def test_unknown_measure_is_a_parameter_error():
    with pytest.raises(ParameterError, match="unknown centrality 'pagerank'"):
        centrality(sample_graph(), "pagerank")


def test_louvain_is_deterministic_and_separates_the_provinces():
    graph = _two_provinces_and_a_bridge()
    first = louvain_partition(graph)
    assert first == louvain_partition(graph)
    assert first["Agency:A1"] == first["Agency:A2"] == first["Province:P1"]
    assert first["Agency:C1"] == first["Agency:C2"] == first["Province:P2"]
    assert first["Agency:A1"] != first["Agency:C1"]
    rows = communities(graph)
    assert [r["community"] for r in rows] == list(range(1, len(rows) + 1))
    assert sorted(k for r in rows for k in r["keys"]) == sorted(graph)
    assert all(r["size"] == len(r["keys"]) == sum(r["labels"].values()) for r in rows)


def test_components_largest_first():
    graph = _two_provinces_and_a_bridge()
    graph.add_node("Agency:lonely", label="Agency", name="lonely", aliases=[])
    rows = connected_components(graph)
    assert [r["size"] for r in rows] == [12, 1]
    assert rows[1]["keys"] == ["Agency:lonely"]


def test_cosigning_projection_weights_shared_events():
    graph = _two_provinces_and_a_bridge()
    projection = cosigning_graph(graph)
    assert projection["Agency:A1"]["Agency:A2"]["weight"] == 2
    assert projection["Agency:A1"]["Agency:A2"]["events"] == ["Event:E1", "Event:E2"]
    assert projection["Agency:B1"]["Agency:C1"]["weight"] == 1
    assert "Person:X" not in projection  # chaired, did not sign; and not an agency
    assert not projection.has_edge("Agency:A1", "Agency:C1")
    pairs = cosigning_pairs(graph, min_shared=2)
    assert [(r["actor_key"], r["partner_key"], r["shared"]) for r in pairs] == [("Agency:A1", "Agency:A2", 2)]
    anyone = cosigning_graph(graph, label=None)
    assert anyone.number_of_nodes() == 6


def test_brokers_are_the_actors_on_cross_province_paths():
    graph = _two_provinces_and_a_bridge()
    rows = brokers(graph)
    assert rows[0]["key"] == "Agency:B1"
    assert rows[0]["provinces"] == ["P1", "P2"]
    # Every path between a P1-only and a P2-only actor goes through B1.
    assert rows[0]["score"] == 1.0
    assert all(r["score"] == 0.0 for r in rows[1:])
    assert brokers(graph, min_provinces=3) == []
    assert [r["key"] for r in brokers(graph, label="Person")] == ["Person:X"]


def test_brokers_without_cross_province_pairs_score_zero():
    graph = _graph({"Province:P1": "Province", "Event:E1": "Event", "Agency:a": "Agency", "Agency:b": "Agency"},
                   [("Event:E1", "HELD_IN", "Province:P1"), ("Agency:a", "SIGNED", "Event:E1"),
                    ("Agency:b", "SIGNED", "Event:E1")])
    assert brokers(graph, min_provinces=1) == [
        {"key": "Agency:a", "label": "Agency", "name": "a", "score": 0.0, "span": 1,
         "provinces": ["P1"], "neighbours": 1},
        {"key": "Agency:b", "label": "Agency", "name": "b", "score": 0.0, "span": 1,
         "provinces": ["P1"], "neighbours": 1},
    ]


def test_ego_network_by_name_and_radius():
    graph = sample_graph()
    one = ego_network(graph, "กสศ.")
    two = ego_network(graph, "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", radius=2)
    assert set(one) < set(two)
    assert "Event:signing:2022-04-19:สุโขทัย" in one and "Province:สุโขทัย" not in one
    assert "Province:สุโขทัย" in two
    assert not any(graph.nodes[n]["label"] == "Document" for n in two), "never through a release's mentions"
    assert "Event:meeting:2023-06-01:สุโขทัย" not in two    # three steps away, though d2.txt and d3.txt both mention สุโขทัย
    rows = ego_rows(graph, "กสศ.", radius=2, label="Province")
    assert [(r["distance"], r["name"]) for r in rows] == [(2, "สุรินทร์"), (2, "สุโขทัย")]


def test_unknown_node_suggests_near_names():
    with pytest.raises(ParameterError, match="did you mean: วิรุฬ พรรณเทวี"):
        resolve_node(sample_graph(), "วิรุฬ พรรณเทวา")
    assert resolve_node(sample_graph(), "วิรุฬ พรรณเทว") == "Person:วิรุฬพรรณเทวี"   # the one name containing it
    with pytest.raises(ParameterError, match="radius"):
        ego_network(sample_graph(), "กสศ.", radius=-1)


def test_shortest_chain_follows_relations_either_way():
    rows = shortest_chain(sample_graph(), "วิรุฬ พรรณเทวี", "อำเภอจอมพระ")
    assert [r["key"] for r in rows] == [
        "Person:วิรุฬพรรณเทวี", "Event:signing:2022-04-19:สุโขทัย",
        "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", "Event:signing:2019-08-27:สุรินทร์",
        "Province:สุรินทร์", "Agency:อำเภอจอมพระ"]
    assert [r["direction"] for r in rows] == ["out", "in", "out", "out", "in", None]
    assert shortest_chain(sample_graph(), "วิรุฬ พรรณเทวี", "อำเภอจอมพระ", max_steps=4) == []
    assert shortest_chain(sample_graph(), "วิรุฬ พรรณเทวี", "nobody") == []


@pytest.mark.parametrize("what", ANALYSES)
def test_every_analysis_runs_from_the_one_entry_point(what):
    rows = run_analysis(sample_graph(), what, top=3, node="กสศ." if what == "ego" else None)
    assert rows and all(isinstance(r, dict) for r in rows)


def test_entry_point_errors():
    with pytest.raises(ParameterError, match="ego needs a node"):
        run_analysis(sample_graph(), "ego")
    with pytest.raises(ParameterError, match="unknown analysis"):
        run_analysis(sample_graph(), "pagerank")


def test_eigenvector_failure_is_an_edugraph_error(monkeypatch):
    def never_converges(*_args, **_kwargs):
        raise nx.PowerIterationFailedConvergence(1000)

    monkeypatch.setattr(analytics.nx, "eigenvector_centrality", never_converges)
    with pytest.raises(analytics.AnalysisError, match="did not converge"):
        centrality(sample_graph(), "eigenvector")


def test_large_graphs_sample_betweenness_reproducibly(monkeypatch):
    """Past EXACT_UP_TO nodes, betweenness is estimated from seeded sources: same seed, same answer."""
    graph = _two_provinces_and_a_bridge()
    exact = centrality(graph, "betweenness", label="Agency")
    monkeypatch.setattr(analytics, "EXACT_UP_TO", 5)
    monkeypatch.setattr(analytics, "SAMPLED_SOURCES", 4)
    sampled = centrality(graph, "betweenness", label="Agency", seed=1)
    assert sampled == centrality(graph, "betweenness", label="Agency", seed=1)
    assert sampled != exact
    assert brokers(graph, seed=1) == brokers(graph, seed=1)
    assert brokers(graph, seed=1)[0]["key"] == "Agency:B1"
