"""Node positions computed in Python, fast enough for tens of thousands of nodes.

``nx.spring_layout`` needs about a minute for 5,000 nodes, so the page's
positions come from a two-step layout that stays near-linear:

1. each connected component gets a global shape from Pivot MDS (Brandes &
   Pich, 2006): breadth-first distances from a few pivots, double-centred
   and reduced to two dimensions by an SVD;
2. the components are packed side by side, and a Fruchterman-Reingold
   refinement spreads the nodes out, with repulsion only between nodes
   closer than two edge lengths (found with a k-d tree) so that every
   iteration costs about as much as the graph has edges.

>>> import networkx as nx
>>> positions = layout_positions(nx.path_graph(5), seed=1)
>>> sorted(positions) == [0, 1, 2, 3, 4]
True
>>> len({positions[n] for n in positions})       # no two nodes on one spot
5
>>> layout_positions(nx.Graph())
{}
"""
from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, shortest_path
from scipy.spatial import cKDTree

#: Components up to this size are laid out on a circle.
SMALL_COMPONENT = 8
#: How many pivots Pivot MDS uses at most.
PIVOTS = 40


def layout_positions(graph: nx.Graph, *, edge_length: float = 100.0, seed: int = 0,
                     iterations: int | None = None) -> dict[Hashable, tuple[float, float]]:
    """Positions ``{node: (x, y)}`` for every node of ``graph`` (edge directions ignored).

    ``edge_length`` is the wanted distance between neighbours, in the
    page's pixels at zoom 1.  ``iterations`` of refinement default to fewer
    for bigger graphs.

    >>> star = nx.star_graph(6)
    >>> pos = layout_positions(star, seed=3)
    >>> centre = pos[0]
    >>> all(50 < math.dist(centre, pos[leaf]) < 400 for leaf in range(1, 7))
    True
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v}
    edges = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    adjacency = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n)).tocsr()
    adjacency = adjacency + adjacency.T

    n_components, labels = connected_components(adjacency, directed=False)
    members = [np.flatnonzero(labels == c) for c in range(n_components)]
    members.sort(key=len, reverse=True)
    pieces = [_component_shape(adjacency, m, edge_length, rng) for m in members]
    positions = _pack(pieces, members, n, edge_length)
    if iterations is None:
        iterations = 60 if n < 2000 else 40 if n < 10000 else 25
    degree = np.bincount(edges.ravel(), minlength=n) if len(edges) else np.zeros(n)
    positions = _refine(positions, edges, degree, edge_length, iterations, rng)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, positions)}


def _component_shape(adjacency, members: np.ndarray, edge_length: float,
                     rng: np.random.Generator) -> np.ndarray:
    """Coordinates of one component's nodes around the origin."""
    size = len(members)
    if size == 1:
        return np.zeros((1, 2))
    if size <= SMALL_COMPONENT:
        angles = np.linspace(0, 2 * math.pi, size, endpoint=False)
        radius = edge_length * max(0.6, size / (2 * math.pi))
        return np.column_stack([np.cos(angles), np.sin(angles)]) * radius
    sub = adjacency[members][:, members]
    distances = _pivot_distances(sub, min(PIVOTS, size))
    squared = distances ** 2
    centred = (squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()) * -0.5
    # The two main axes of the (nodes × pivots) matrix, from its small
    # (pivots × pivots) Gram matrix.
    values, vectors = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vectors[:, ::-1][:, :2]
    if coords.shape[1] < 2:
        coords = np.column_stack([coords, np.zeros(size)])
    # Graph distances say little about how much room a component needs:
    # a small-world graph of thousands of nodes has a diameter of a few
    # hops.  Scale it to the area its nodes need at one edge length apart.
    coords -= coords.mean(axis=0)
    spread = math.sqrt(float((coords ** 2).sum(axis=1).mean())) or 1.0
    coords *= edge_length * math.sqrt(size) * 0.6 / spread
    # Nodes with the same distances (leaves of one hub) land on one spot.
    coords += rng.normal(scale=edge_length * 0.3, size=coords.shape)
    return coords


def _pivot_distances(sub, k: int) -> np.ndarray:
    """Hop distances from ``k`` max-min pivots to every node: a (nodes × k) array."""
    degrees = np.asarray(sub.sum(axis=1)).ravel()
    pivots = [int(degrees.argmax())]
    columns = []
    nearest = np.full(sub.shape[0], np.inf)
    for _ in range(k):
        column = shortest_path(sub, directed=False, unweighted=True, indices=pivots[-1])
        columns.append(column)
        nearest = np.minimum(nearest, column)
        candidate = int(nearest.argmax())
        if nearest[candidate] == 0:
            break
        pivots.append(candidate)
    return np.column_stack(columns)


def _pack(pieces: list[np.ndarray], members: list[np.ndarray], n: int, edge_length: float) -> np.ndarray:
    """Components side by side in rows (largest first), roughly filling a square."""
    positions = np.zeros((n, 2))
    boxes = [(p.min(axis=0), p.max(axis=0)) for p in pieces]
    total_area = sum(float(np.prod(hi - lo + edge_length)) for lo, hi in boxes)
    row_width = max(math.sqrt(total_area), float(boxes[0][1][0] - boxes[0][0][0]))
    x = y = row_height = 0.0
    for piece, nodes, (lo, hi) in zip(pieces, members, boxes):
        width, height = hi - lo + edge_length
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        positions[nodes] = piece - lo + (x, y)
        x += width
        row_height = max(row_height, height)
    return positions - positions.mean(axis=0)


def _refine(positions: np.ndarray, edges: np.ndarray, degree: np.ndarray, k: float, iterations: int,
            rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold steps with repulsion limited to nodes closer than ``2k``.

    An edge to a hub pulls less (by the square root of the hub's degree): a
    national agency tied to every event would otherwise drag all provinces
    into one knot.
    """
    n = len(positions)
    if n < 2 or iterations <= 0:
        return positions
    weight = 1.0 / np.sqrt(np.maximum(degree[edges[:, 0]], degree[edges[:, 1]])) if len(edges) else None
    temperature = k * 2.0
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        shift = np.zeros_like(positions)
        near = cKDTree(positions).query_pairs(2 * k, output_type="ndarray")
        if len(near):
            delta = positions[near[:, 0]] - positions[near[:, 1]]
            dist = np.hypot(delta[:, 0], delta[:, 1])
            same = dist < 1e-6
            if same.any():
                delta[same] = rng.normal(size=(int(same.sum()), 2))
                dist[same] = np.hypot(delta[same, 0], delta[same, 1])
            push = (delta / dist[:, None]) * (k * k / dist)[:, None]
            np.add.at(shift, near[:, 0], push)
            np.add.at(shift, near[:, 1], -push)
        if len(edges):
            delta = positions[edges[:, 0]] - positions[edges[:, 1]]
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
            pull = (delta / dist[:, None]) * (dist * dist / k * weight)[:, None]
            np.add.at(shift, edges[:, 0], -pull)
            np.add.at(shift, edges[:, 1], pull)
        length = np.maximum(np.hypot(shift[:, 0], shift[:, 1]), 1e-9)
        positions = positions + shift / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    return positions
