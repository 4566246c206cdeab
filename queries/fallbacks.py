"""networkx answers for the canned queries FalkorDB cannot run — the one place.

A query file whose header says ``// falkordb: networkx — reason`` keeps its
Neo4j 5 statement; on FalkorDB, :func:`edugraph.queries.run_query` calls the
function registered here under the query's name instead.  Each takes the
store and the bound parameters and returns rows with the same columns, in the
same order, as the Cypher statement.

Today only ``shortest_chain`` needs it: FalkorDB refuses an undirected
``shortestPath`` (and takes ``shortestPath`` only inside WITH/RETURN), while a
chain between two actors must follow relations either way.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _shortest_chain(store, params: dict[str, Any]) -> list[dict]:
    from edugraph.graph.analytics import shortest_chain
    from edugraph.graph.nxgraph import read_graph

    # The Cypher pattern is bounded at 8 steps; the fallback keeps that bound.
    return shortest_chain(read_graph(store), params["from_actor"], params["to_actor"], max_steps=8)


NETWORKX_FALLBACKS: dict[str, Callable[[Any, dict[str, Any]], list[dict]]] = {
    "shortest_chain": _shortest_chain,
}
