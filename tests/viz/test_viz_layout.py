"""Positions for every node, spread out, fast enough for big graphs."""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from edugraph.viz.layout import layout_positions


def test_every_node_gets_a_finite_distinct_position(thai_graph_factory):
    graph = thai_graph_factory(600)
    positions = layout_positions(graph, seed=1)
    assert set(positions) == set(graph)
    points = np.array(list(positions.values()))
    assert np.isfinite(points).all()
    close = cKDTree(points).query_pairs(5.0)
    assert len(close) < len(points) * 0.01, f"{len(close)} pairs of nodes nearly on top of each other"


def test_neighbours_end_up_nearer_than_strangers(thai_graph_factory):
    graph = nx.Graph(thai_graph_factory(600))
    positions = layout_positions(graph, seed=1)
    linked = np.median([math.dist(positions[u], positions[v]) for u, v in graph.edges()])
    nodes = list(graph)
    rng = np.random.default_rng(0)
    pairs = rng.choice(len(nodes), size=(2000, 2))
    random = np.median([math.dist(positions[nodes[a]], positions[nodes[b]]) for a, b in pairs if a != b])
    assert linked < random / 2


def test_components_do_not_overlap():
    graph = nx.disjoint_union_all([nx.star_graph(30), nx.cycle_graph(40), nx.path_graph(3), nx.empty_graph(5)])
    positions = layout_positions(graph, seed=2)
    boxes = []
    for component in nx.connected_components(graph):
        points = np.array([positions[n] for n in component])
        boxes.append((points.min(axis=0), points.max(axis=0)))
    big_star, big_cycle = boxes[0], boxes[1]
    overlap = np.minimum(big_star[1], big_cycle[1]) - np.maximum(big_star[0], big_cycle[0])
    assert (overlap <= 0).any(), "the two big components overlap"


def test_same_seed_same_layout_and_odd_graphs():
    graph = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "a")])
    assert layout_positions(graph, seed=5) == layout_positions(graph, seed=5)
    assert set(layout_positions(nx.Graph([(1, 1)]))) == {1}
    assert layout_positions(nx.empty_graph(1)) == {0: (0.0, 0.0)}
