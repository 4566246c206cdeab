"""The parts of the graph a page can show: plain functions on the networkx graph.

Each takes the graph of ARCHITECTURE.md §4 (Document nodes may be in it:
they are never walked through, and they are kept so that the page can still
show provenance) and returns a new graph.

>>> g = sample_graph()
>>> def names(view):
...     return sorted(view.nodes[n]["name"] for n in entity_view(view))
>>> names(around(g, "Person:สมชายใจดี", depth=1))
['พิธีลงนามความร่วมมือ', 'สมชาย ใจดี', 'สำนักงานศึกษาธิการจังหวัดสตูล']
>>> names(in_province(g, "จังหวัดสุโขทัย"))
['signing 2022-04-19', 'การประชุมสุโขทัย', 'จังหวัดสุโขทัย', 'วิรุฬ พรรณเทวี',
 'สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา', 'สุโขทัย', 'องค์การบริหารส่วนจังหวัดสุโขทัย']
>>> names(since(g, "2023-01-01"))
['การประชุมสุโขทัย', 'จังหวัดสุโขทัย', 'วิรุฬ พรรณเทวี', 'สมชาย ใจดี', 'สำนักงานศึกษาธิการจังหวัดสตูล',
 'สุรินทร์', 'สุโขทัย', 'องค์การบริหารส่วนจังหวัดสุโขทัย', 'องค์การบริหารส่วนตำบลสลักได', 'อำเภอจอมพระ',
 'โครงการจัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาจังหวัดสุรินทร์']
>>> names(of_programme(g, "นวัตกรรม"))
Traceback (most recent call last):
...
edugraph.errors.SelectionError: no programme has the key or name 'นวัตกรรม'
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import date

import networkx as nx

from edugraph.constants import DOCUMENT_LABEL as DOCUMENT
from edugraph.errors import SelectionError
from edugraph.graph import names
from edugraph.graph.keys import near_misses, normalize_name
from edugraph.graph.sample import sample_graph  # the graph the examples below run on

PLACING_RELATIONS = ("HELD_IN", "LOCATED_IN")




def is_document(graph: nx.Graph, node: Hashable) -> bool:
    return graph.nodes[node].get("label") == DOCUMENT


def entity_view(graph: nx.Graph) -> nx.Graph:
    """``graph`` without Document nodes (and so without MENTIONS), to read only.

    ``graph`` itself when it has no documents, else a new graph sharing the
    attribute dicts (networkx's filtered views are many times slower to walk,
    and a full copy of a real graph copies every MENTIONS edge first).
    """
    documents = {n for n, d in graph.nodes(data=True) if d.get("label") == DOCUMENT}
    if not documents:
        return graph
    entities = graph.__class__()
    entities.graph.update(graph.graph)
    entities.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n not in documents)
    if graph.is_multigraph():
        entities.add_edges_from((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)
                                if u not in documents and v not in documents)
    else:
        entities.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True)
                                if u not in documents and v not in documents)
    return entities


def neighbours(graph: nx.Graph, node: Hashable) -> set[Hashable]:
    """The nodes related to ``node`` either way."""
    if graph.is_directed():
        return set(graph.succ[node]) | set(graph.pred[node])
    return set(graph[node])


def _keep(graph: nx.Graph, entities: Iterable[Hashable]) -> nx.Graph:
    """A copy of ``graph`` with ``entities`` and every Document node."""
    keep = set(entities) | {n for n in graph if is_document(graph, n)}
    return graph.subgraph(keep).copy()


def province_form(name: str) -> str:
    """How a province is compared: normalised, without a leading 'จังหวัด'.

    >>> province_form("จังหวัด สตูล")
    'สตูล'
    """
    form = normalize_name(name)
    return form[len("จังหวัด"):] if form.startswith("จังหวัด") and len(form) > len("จังหวัด") else form


def resolve_node(graph: nx.Graph, text: str, *, label: str | None = None) -> Hashable:
    """The node whose key is ``text``, or whose name or alias is (or uniquely contains) ``text``.

    The one rule of :func:`edugraph.graph.names.resolve_node`, failing with a SelectionError.

    >>> resolve_node(sample_graph(), "สมชาย   ใจดี")
    'Person:สมชายใจดี'
    >>> resolve_node(sample_graph(), "สมชาย ใจดีย์")
    Traceback (most recent call last):
    ...
    edugraph.errors.SelectionError: no node has the key or name 'สมชาย ใจดีย์'; did you mean: สมชาย ใจดี?
    """
    return names.resolve_node(graph, text, label=label, error=SelectionError)


def around(graph: nx.Graph, key: str, depth: int = 2) -> nx.Graph:
    """The node named by ``key`` (a key or a name) and everything within ``depth`` relations of it."""
    if depth < 0:
        raise SelectionError(f"depth must be 0 or more, not {depth}")
    centre = resolve_node(graph, key)
    entities = entity_view(graph)
    reached, frontier = {centre}, {centre}
    for _ in range(depth):
        frontier = {m for n in frontier for m in neighbours(entities, n)} - reached
        reached |= frontier
    return _keep(graph, reached)


def placed_in(graph: nx.Graph) -> dict[Hashable, set[str]]:
    """The provinces (compared forms) each entity is placed in.

    A Province is in itself; an Event in its ``province``; anything in the
    provinces its HELD_IN and LOCATED_IN relations point to.
    """
    entities = entity_view(graph)
    placed: dict[Hashable, set[str]] = {n: set() for n in entities}
    for node, data in entities.nodes(data=True):
        if data.get("label") == "Province" and data.get("name"):
            placed[node].add(province_form(data["name"]))
        elif data.get("province"):
            placed[node].add(province_form(str(data["province"])))
    for head, tail, data in entities.edges(data=True):
        if data.get("type") in PLACING_RELATIONS and graph.nodes[tail].get("label") == "Province":
            placed[head].add(province_form(graph.nodes[tail].get("name") or str(tail)))
    return placed


def province_scope(graph: nx.Graph) -> dict[Hashable, set[str]]:
    """For each entity, the provinces whose view includes it: where it is placed, and where its neighbours are.

    This is what ``in_province`` keeps and what the page's province filter shows.
    """
    entities = entity_view(graph)
    placed = placed_in(entities)
    return {node: set(placed[node]).union(*(placed[m] for m in neighbours(entities, node))) for node in placed}


def province_names(graph: nx.Graph) -> dict[str, str]:
    """Compared form → the name to show, for every province the graph places something in."""
    names: dict[str, str] = {}
    entities = entity_view(graph)
    for node, data in entities.nodes(data=True):
        if data.get("label") == "Province" and data.get("name"):
            names.setdefault(province_form(data["name"]), str(data["name"]))
    for node, data in entities.nodes(data=True):
        if data.get("province"):
            names.setdefault(province_form(str(data["province"])), str(data["province"]))
    return names


def in_province(graph: nx.Graph, province: str) -> nx.Graph:
    """What is placed in ``province`` (with or without 'จังหวัด') and what it is directly related to."""
    wanted = province_form(province)
    names = province_names(graph)
    if wanted not in names:
        near = near_misses(wanted, names)
        hint = f"; did you mean: {', '.join(names[n] for n in near)}?" if near else ""
        raise SelectionError(f"nothing in the graph is placed in the province {province!r}{hint}")
    return _keep(graph, [n for n, scope in province_scope(graph).items() if wanted in scope])


def of_programme(graph: nx.Graph, programme: str) -> nx.Graph:
    """A programme (by key, name, alias or a unique part of the name), what is related to it, and who took part in its events."""
    centre = resolve_node(graph, programme, label="Programme")
    entities = entity_view(graph)
    keep = {centre} | neighbours(entities, centre)
    for node in list(keep):
        if graph.nodes[node].get("label") == "Event":
            keep.update(neighbours(entities, node))
    return _keep(graph, keep)


def _iso(day: str) -> str:
    try:
        return date.fromisoformat(str(day)).isoformat()
    except ValueError as err:
        raise SelectionError(f"{day!r} is not an ISO date (YYYY-MM-DD, Common Era)") from err


def since(graph: nx.Graph, day: str) -> nx.Graph:
    """Without the events that ended before ``day`` (or have no date), nor what was linked only to them."""
    first = _iso(day)
    entities = entity_view(graph)
    dropped = {n for n, d in entities.nodes(data=True)
               if d.get("label") == "Event" and str(d.get("end_date") or d.get("date") or "") < first}
    related = {n: neighbours(entities, n) for n in entities}
    orphans = {n for n in entities if n not in dropped and related[n] and related[n] <= dropped}
    return _keep(graph, set(entities) - dropped - orphans)


def degrees(graph: nx.Graph) -> dict[Hashable, int]:
    """Each entity's number of relations (either direction, MENTIONS not counted)."""
    return dict(entity_view(graph).degree())


#: The overview's share of provinces and programmes (the rest goes to the most connected actors and events).
OVERVIEW_SHARES = {"Province": 0.3, "Programme": 0.15}


def overview_nodes(graph: nx.Graph, budget: int) -> list[Hashable]:
    """The entities a page first draws: the provinces, the programmes and the most central actors, at most ``budget``.

    Ranked by number of relations (ties by key).  Entities with no relation
    are never drawn (a page lists and searches them), nor is an entity that
    would have no drawn neighbour: a readable overview is connected.  A
    graph within the budget is drawn whole.

    >>> g = sample_graph()
    >>> sorted(overview_nodes(g, 20)) == sorted(n for n in entity_view(g))
    True
    >>> [g.nodes[n]["name"] for n in overview_nodes(g, 3)]
    ['signing 2022-04-19', 'สุโขทัย', 'จังหวัดสุโขทัย']
    """
    if budget < 1:
        raise SelectionError(f"the overview needs at least 1 node, not {budget}")
    entities = entity_view(graph)
    degree = dict(entities.degree())
    ranked = sorted((n for n in entities if degree[n] > 0), key=lambda n: (-degree[n], str(n)))
    if len(ranked) <= budget:
        return ranked
    chosen: list[Hashable] = []
    for label, share in OVERVIEW_SHARES.items():
        chosen += [n for n in ranked if entities.nodes[n].get("label") == label][:int(budget * share)]
    taken = set(chosen)
    rest = iter(n for n in ranked if n not in taken)
    for node in rest:
        if len(chosen) >= budget:
            break
        chosen.append(node)
        taken.add(node)
    linked = [n for n in chosen if any(m in taken for m in neighbours(entities, n) if m != n)]
    if len(linked) < len(chosen):                  # refill with what touches the drawn part
        kept = set(linked)
        for node in rest:
            if len(linked) >= budget:
                break
            if any(m in kept for m in neighbours(entities, node)):
                linked.append(node)
                kept.add(node)
    return sorted(linked, key=lambda n: (-degree[n], str(n)))
