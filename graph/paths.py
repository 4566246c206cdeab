"""Shortest chain of facts between two actors, searched in the store (issue 16).

A bidirectional breadth-first search: each step asks the store for the fact
neighbours of the smaller frontier (``queries/internal/chain_neighbours``, an
index seek per node through the name index's key entries), so it reads only
the two balls around the ends, never the whole graph, and stops at
``max_steps``.  Any store runs it; Neo4j can also answer the canned query's
own ``shortestPath`` statement.

Rows have the columns of ``queries/shortest_chain.cypher``: ``step``, ``key``,
``label``, ``name``, then ``relation``, ``direction`` and ``sources`` of the
relation to the next step (null on the last).  When several chains are
equally short, the one whose keys come first is shown.

>>> _walk({"a": None, "b": "a", "c": "b"}, "c")
['c', 'b', 'a']
"""
from __future__ import annotations

from edugraph.graph.store.base import GraphStore
from edugraph.queries.files import internal_statement as _body  # the statement without its // comments

DEFAULT_MAX_STEPS = 8
MEET_CHECK_LIMIT = 200      # the other side's nodes sent along with a step to check for a meeting


def _ends(store: GraphStore, name: str) -> list[str]:
    return sorted(row["key"] for row in store.read(_body("chain_ends"), {"name": name}))


def _walk(parents: dict[str, str | None], start: str) -> list[str]:
    """``start``, its parent, ... up to the root of its side."""
    path, node = [], start
    while node is not None:
        path.append(node)
        node = parents[node]
    return path


def find_chain(store: GraphStore, sources: list[str], targets: list[str], *,
               max_steps: int = DEFAULT_MAX_STEPS) -> list[str]:
    """The keys along a shortest chain from any of ``sources`` to any of
    ``targets`` (at most ``max_steps`` relations), or [] when there is none."""
    targets = [key for key in targets if key not in sources]
    if not sources or not targets:
        return []
    parents: tuple[dict[str, str | None], dict[str, str | None]] = (
        dict.fromkeys(sources), dict.fromkeys(targets))
    depths: tuple[dict[str, int], dict[str, int]] = (dict.fromkeys(sources, 0), dict.fromkeys(targets, 0))
    frontiers = [sorted(sources), sorted(targets)]
    level = [0, 0]
    neighbours = _body("chain_neighbours")
    while frontiers[0] and frontiers[1] and level[0] + level[1] < max_steps:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        mine, theirs = parents[side], parents[1 - side]
        found: dict[str, str] = {}
        meets: list[tuple[int, str, str]] = []
        # Does this frontier touch the other side?  Checked in the store along
        # with the step, so that the last step never sends a hub's neighbours.
        others = sorted(theirs) if len(theirs) <= MEET_CHECK_LIMIT else []
        rows = store.read(neighbours, {"keys": frontiers[side], "others": others})
        for row in rows:
            node, other = row["key"], row["other"]
            if other in theirs:
                meets.append((depths[1 - side][other], other, node))
            elif other not in mine and (other not in found or node < found[other]):
                found[other] = node
        level[side] += 1
        if meets:
            _, other, node = min(meets)
            near = list(reversed(_walk(mine, node)))
            far = _walk(theirs, other)
            chain = near + far
            return chain if side == 0 else list(reversed(chain))
        for other, node in found.items():
            mine[other] = node
            depths[side][other] = level[side]
        frontiers[side] = sorted(found)
    return []


def shortest_chain(store: GraphStore, from_actor: str, to_actor: str, *,
                   max_steps: int = DEFAULT_MAX_STEPS) -> list[dict]:
    """Rows of the shortest chain between the nodes that ``from_actor`` and
    ``to_actor`` name (a normalised name, an alias or a key)."""
    keys = find_chain(store, _ends(store, from_actor), _ends(store, to_actor), max_steps=max_steps)
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
