"""Shortest chain of facts between two actors, searched in the store (issue 16).

A bidirectional breadth-first search: each step asks the store for the fact
neighbours of one side's frontier (``queries/internal/chain_neighbours``, a
seek per node by its id, found with its key at the ends), so it reads only
the two balls around the ends, never the whole graph, and stops at
``max_steps``.  The side read is the one whose step looks cheaper, and a step
stops at a cap of rows, so that a hub's thousands of relations are read only
when the other side would cost more (see :func:`find_chain`).  Any store runs
it; Neo4j can also answer the canned query's own ``shortestPath`` statement.

Rows have the columns of ``queries/shortest_chain.cypher``: ``step``, ``key``,
``label``, ``name``, then ``relation``, ``direction`` and ``sources`` of the
relation to the next step (null on the last).  When several chains are
equally short, one of them is shown (the same one each time on the same data).

>>> _walk({"a": None, "b": "a", "c": "b"}, "c")
['c', 'b', 'a']
"""
from __future__ import annotations

from edugraph.graph.store.base import GraphStore
from edugraph.queries.files import internal_statement as _body  # the statement without its // comments

DEFAULT_MAX_STEPS = 8
# What a step costs, in rows: about NODE_COST rows a frontier node (its twelve
# index seeks and traversals), plus its rows, guessed at ROWS_PER_NODE a node
# until a capped try tells more (FalkorDB 4.16, 100k generated graph: 0.1–0.2 ms
# a node, 2–4 µs a row read and sent).
NODE_COST = 40
ROWS_PER_NODE = 4
FIRST_CAP = 4000            # rows any step may read before the search looks at the other side
# The other side's nodes a step checks in the store for a meeting (so that the
# last step sends only the meeting rows), when it has no more than this many:
# the check costs about 1 ms per 3,000 rows for 64 nodes.
MEET_CHECK_LIMIT = 64


def named_nodes(store: GraphStore, name: str) -> dict[str, int]:
    """The keys of the nodes ``name`` names, with their node ids."""
    return {row["key"]: row["id"] for row in store.read(_body("chain_ends"), {"name": name})}


def _walk(parents: dict[str, str | None], start: str) -> list[str]:
    """``start``, its parent, ... up to the root of its side."""
    path, node = [], start
    while node is not None:
        path.append(node)
        node = parents[node]
    return path


def _step_cost(frontier: list[str], rows_over: int) -> int:
    """What a step of ``frontier`` is expected to cost, in rows: NODE_COST a
    node, plus its rows (ROWS_PER_NODE a node, or more than ``rows_over``
    when a try was cut there).

    >>> _step_cost(["a", "b"], 0), _step_cost(["a", "b"], 5000)
    (88, 5080)
    """
    return len(frontier) * NODE_COST + max(len(frontier) * ROWS_PER_NODE, rows_over)


def find_chain(store: GraphStore, sources: dict[str, int], targets: dict[str, int], *,
               max_steps: int = DEFAULT_MAX_STEPS) -> list[str]:
    """The keys along a shortest chain from any of ``sources`` to any of
    ``targets`` (keys with their node ids, as :func:`named_nodes` gives them; at
    most ``max_steps`` relations), or [] when there is none.

    Each step reads the next level of one side whole, from the side whose step
    looks cheaper (:func:`_step_cost`).  A step that would read more rows than
    its cap (about the other side's expected cost) only counts them in the
    store and sends nothing; the search then knows that side costs more and
    may turn to the other.  A step that meets the other side (checked in the
    store when that side is small) sends only the meeting rows, even past its
    cap.  Any meeting gives a shortest chain, even one found in part of a
    level: before the step, the two sides hold every node within ``level[0]``
    and ``level[1]`` steps of their ends and share none, so no chain is shorter
    than ``level[0] + level[1] + 1``, and a meeting makes one that long."""
    targets = {key: node_id for key, node_id in targets.items() if key not in sources}
    if not sources or not targets:
        return []
    ids = {**sources, **targets}
    parents: tuple[dict[str, str | None], dict[str, str | None]] = (
        dict.fromkeys(sources), dict.fromkeys(targets))
    frontiers = [sorted(sources), sorted(targets)]
    level = [0, 0]
    neighbours = _body("chain_neighbours")
    rows_over = [0, 0]              # a step of each side's frontier reaches more rows than this
    while frontiers[0] and frontiers[1] and level[0] + level[1] < max_steps:
        while True:
            costs = [_step_cost(frontiers[i], rows_over[i]) for i in (0, 1)]
            side = 0 if costs[0] <= costs[1] else 1
            # Rows up to the other side's cost (past it, the other side is tried),
            # but at least the step's own node cost (paid whatever it reads) and
            # four times the last try.
            own = len(frontiers[side]) * NODE_COST
            cap = max(FIRST_CAP, own, 4 * rows_over[side], costs[1 - side] - own + 1)
            mine, theirs = parents[side], parents[1 - side]
            nodes = [{"id": ids[key], "key": key} for key in frontiers[side]]
            meet_ids = [ids[key] for key in theirs] if len(theirs) <= MEET_CHECK_LIMIT else []
            [step] = store.read(neighbours, {"nodes": nodes, "cap": cap + 1, "meet_ids": meet_ids})
            if step["met"] or step["found"] <= cap:
                break
            rows_over[side] = cap
        key_of = {ids[key]: key for key in frontiers[side]}
        pairs = [(key_of[node_id], other) for node_id, other in zip(step["node_ids"], step["others"])]
        # (a meeting found by node id, as the store found it: were a node of the
        # other side deleted meanwhile and its id reused, the chain keeps the
        # key this search met, and its relation rows come back empty)
        their_key = {ids[key]: key for key in theirs}
        meets = sorted((their_key[other_id], node)
                       for (node, _), other_id in zip(pairs, step["other_ids"]) if other_id in their_key)
        if meets:
            other, node = meets[0]
            chain = list(reversed(_walk(mine, node))) + _walk(theirs, other)
            return chain if side == 0 else list(reversed(chain))
        found: dict[str, str] = {}
        for (node, other), other_id in zip(pairs, step["other_ids"]):
            if other not in mine and (other not in found or node < found[other]):
                found[other] = node
                ids[other] = other_id
        mine.update(found)
        level[side] += 1
        frontiers[side] = sorted(found)
        rows_over[side] = 0
    return []


def shortest_chain(store: GraphStore, from_actor: str, to_actor: str, *,
                   max_steps: int = DEFAULT_MAX_STEPS) -> list[dict]:
    """Rows of the shortest chain between the nodes that ``from_actor`` and
    ``to_actor`` name (a normalised name, an alias or a key)."""
    keys = find_chain(store, named_nodes(store, from_actor), named_nodes(store, to_actor), max_steps=max_steps)
    if not keys:
        return []
    nodes = {row["key"]: row for row in store.read(_body("chain_nodes"), {"keys": keys})}
    pairs = [{"step": i, "head": a, "tail": b} for i, (a, b) in enumerate(zip(keys, keys[1:]))]
    relations: dict[int, dict] = {}
    for row in store.read(_body("chain_relations"), {"pairs": pairs}):
        relations.setdefault(row["step"], row)
    rows = []
    for step, key in enumerate(keys):
        relation = relations.get(step, {})
        rows.append({"step": step, "key": key, "label": nodes[key]["label"], "name": nodes[key]["name"],
                     "relation": relation.get("relation"), "direction": relation.get("direction"),
                     "sources": relation.get("sources")})
    return rows
