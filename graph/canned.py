"""Canned queries run on a store — with a search in the store where it lacks a Cypher feature.

:mod:`edugraph.queries` reads, checks and binds the query files; this module
runs them.  A query whose header says ``// needs: FEATURE — reason`` keeps its
Neo4j 5 statement; a store that lists ``FEATURE`` in its
``needs_fallback_for`` gets the answer of the function registered here under
the query's name instead: same columns, same order.  This is the one place
where that happens.

Today only ``shortest_chain`` needs it: FalkorDB refuses an undirected
``shortestPath`` (and takes ``shortestPath`` only inside WITH/RETURN), while a
chain between two actors must follow relations either way.  Its answer is a
bidirectional breadth-first search in the store, bounded at the query's 8
steps (:mod:`edugraph.graph.paths`): it reads the neighbourhoods of the two
ends, never the whole graph.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from edugraph.graph.names import did_you_mean, names_anything, stored_names
from edugraph.graph.paths import shortest_chain
from edugraph.queries import get_query, run_cypher
from edugraph.queries.output import plain


def _shortest_chain(store, params: dict[str, Any]) -> list[dict]:
    # The Cypher pattern is bounded at 8 steps; the search keeps that bound.
    return shortest_chain(store, params["from_actor"], params["to_actor"], max_steps=8)


FALLBACKS: dict[str, Callable[[Any, dict[str, Any]], list[dict]]] = {
    "shortest_chain": _shortest_chain,
}


def run_query(store, name: str, params: Mapping[str, Any] | None = None) -> list[dict]:
    """Run canned query ``name`` read-only on ``store``; rows as plain dicts.

    ``params`` may hold CLI strings: they are coerced to the declared types.
    A query needing a Cypher feature the store lacks (``store.needs_fallback_for``)
    is answered by its fallback (a search in the store).
    """
    query = get_query(name)
    values = query.bind(params)
    if set(query.needs) & set(getattr(store, "needs_fallback_for", ())):
        return plain(FALLBACKS[query.name](store, values))
    return run_cypher(store, query.cypher, values)


def unmatched_name_hints(store, name: str, params: Mapping[str, Any] | None = None) -> list[str]:
    """Why canned query ``name`` may have found nothing: one line per name or
    province parameter whose value names nothing in ``store``, with the
    store's nearest names ("did you mean ...").  Empty when every value names
    something (the filters together just matched nothing).
    """
    query = get_query(name)
    values = query.bind(params)
    given = dict(params or {})
    hints, names = [], None
    for param in query.params:
        value = values.get(param.name)
        if param.name not in given or param.type not in ("name", "province") or not value:
            continue
        label = "Province" if param.type == "province" else _LABEL_OF_PARAM.get(param.name)
        if names is None:
            names = stored_names(store)
        candidates = [n for n in names if label is None or n.label == label]
        if names_anything(value, candidates):
            continue
        what = label.lower() if label else "name, alias or key"
        hints.append(f"no {what} in the store matches {param.name}={given[param.name]!r}"
                     f"{did_you_mean(str(given[param.name]), candidates)}")
    return hints


#: Name parameters that name one type of node; any other looks at every type.
_LABEL_OF_PARAM = {"person": "Person", "programme": "Programme", "event": "Event", "province": "Province"}
