"""Network analytics on the networkx view (:func:`edugraph.graph.nxgraph.read_graph`).

Plain functions: each takes the graph and returns data (rows as dicts, or a
networkx graph), never touching a store.  Scores are computed on the *fact
graph*: the entities (Document nodes left out) with one undirected edge per
linked pair, weighted by how many relations link the pair.

>>> g = sample_graph()
>>> [(row["name"], row["score"]) for row in centrality(g, "degree", label="Agency", top=2)]
[('องค์การบริหารส่วนตำบลสลักได', 0.1875), ('จังหวัดสุโขทัย', 0.125)]
>>> [(row["name"], row["score"]) for row in brokers(g, top=2)]
[('สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา', 0.26087), ('วิรุฬ พรรณเทวี', 0.086957)]
"""
from __future__ import annotations

import random
from collections import Counter, deque
from typing import Any

import networkx as nx

from edugraph.constants import DOCUMENT_LABEL as DOCUMENT
from edugraph.errors import AnalysisError, ParameterError
from edugraph.graph.names import named_nodes, resolve_node
from edugraph.graph.sample import sample_graph  # the graph the examples below run on

ACTOR_LABELS = ("Person", "Agency")
# Relations by which an actor takes part in an event.
EVENT_ROLES = ("SIGNED", "WITNESSED", "CHAIRED", "ORGANIZED", "SUPPORTED", "SPOKE_AT", "PARTICIPATED")
DEFAULT_SEED = 42
#: Betweenness is exact up to this many nodes; on larger graphs it is estimated
#: from SAMPLED_SOURCES shortest-path sources drawn with the seed (Brandes'
#: pivots), because exact betweenness costs nodes x edges.
EXACT_UP_TO = 500
SAMPLED_SOURCES = 100
_ROUND = 6




# --------------------------------------------------------------------------- helpers

def fact_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """Entities and their links as a simple undirected graph.

    Document nodes and MENTIONS edges are left out; the ``weight`` of an edge
    is the number of relations (of any type, either way) between the pair.

    >>> fact_graph(sample_graph()).number_of_nodes()
    17
    """
    simple = nx.Graph()
    simple.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if d.get("label") != DOCUMENT)
    for u, v, data in graph.edges(data=True):
        if u in simple and v in simple and u != v:
            weight = simple[u][v]["weight"] + 1 if simple.has_edge(u, v) else 1
            simple.add_edge(u, v, weight=weight)
    return simple


def _node_row(graph: nx.Graph, key: str) -> dict[str, Any]:
    data = graph.nodes[key]
    return {"key": key, "label": data.get("label"), "name": data.get("name", key)}


def _ranked(graph: nx.Graph, scores: dict[str, float], *, label: str | None,
            top: int | None) -> list[dict[str, Any]]:
    """Rows ranked by score within each node type (ties by key)."""
    by_label: dict[str, list[str]] = {}
    for key in scores:
        node_label = graph.nodes[key].get("label")
        if label is None or node_label == label:
            by_label.setdefault(node_label, []).append(key)
    rows = []
    for node_label in sorted(by_label):
        keys = sorted(by_label[node_label], key=lambda k: (-scores[k], k))
        for rank, key in enumerate(keys[:top] if top else keys, start=1):
            rows.append({"rank": rank, **_node_row(graph, key), "score": round(scores[key], _ROUND)})
    return rows


# --------------------------------------------------------------------------- centrality

CENTRALITIES = ("degree", "betweenness", "eigenvector")


def centrality(graph: nx.MultiDiGraph, measure: str = "degree", *, label: str | None = None,
               top: int | None = None, seed: int = DEFAULT_SEED) -> list[dict[str, Any]]:
    """Centrality of every entity, ranked within its node type.

    ``measure``: ``degree`` (share of the other nodes linked), ``betweenness``
    (share of shortest paths through the node, normalised; exact up to
    :data:`EXACT_UP_TO` nodes, estimated from :data:`SAMPLED_SOURCES` seeded
    sources beyond) or ``eigenvector`` (power iteration, unweighted).  All on
    the fact graph.
    Rows: ``rank`` (within the type), ``key``, ``label``, ``name``, ``score``
    (rounded to 6 places); ``label`` keeps one type, ``top`` the first N of each.

    >>> [(r["name"], r["score"]) for r in centrality(sample_graph(), "betweenness", label="Event")]
    [('signing 2019-08-27', 0.333333), ('signing 2022-04-19', 0.308333), ('พิธีลงนามความร่วมมือ', 0.016667), ('การประชุมสุโขทัย', 0.0)]
    """
    simple = fact_graph(graph)
    if measure == "degree":
        scores = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    elif measure == "betweenness":
        sample = SAMPLED_SOURCES if len(simple) > EXACT_UP_TO else None
        scores = nx.betweenness_centrality(simple, k=sample, normalized=True, seed=seed)
    elif measure == "eigenvector":
        scores = _eigenvector(simple)
    else:
        raise ParameterError(f"unknown centrality {measure!r}; one of {', '.join(CENTRALITIES)}")
    return _ranked(simple, scores, label=label, top=top)


def _eigenvector(simple: nx.Graph) -> dict[str, float]:
    if simple.number_of_edges() == 0:
        return dict.fromkeys(simple, 0.0)
    try:
        return nx.eigenvector_centrality(simple, max_iter=1000)
    except nx.PowerIterationFailedConvergence as err:
        raise AnalysisError("eigenvector centrality did not converge in 1000 iterations; "
                            "try degree or betweenness") from err


# --------------------------------------------------------------------------- communities

def louvain_partition(graph: nx.MultiDiGraph, *, seed: int = DEFAULT_SEED,
                      resolution: float = 1.0) -> dict[str, int]:
    """Community number of every entity (Louvain on the weighted fact graph,
    fixed ``seed``): 1 is the largest community, ties broken by smallest key.

    >>> part = louvain_partition(sample_graph())
    >>> part["Province:สุโขทัย"] == part["Agency:องค์การบริหารส่วนจังหวัดสุโขทัย"]
    True
    """
    simple = fact_graph(graph)
    found = nx.community.louvain_communities(simple, weight="weight", resolution=resolution, seed=seed)
    ordered = sorted((sorted(c) for c in found), key=lambda members: (-len(members), members[0]))
    return {key: number for number, members in enumerate(ordered, start=1) for key in members}


def communities(graph: nx.MultiDiGraph, *, seed: int = DEFAULT_SEED, resolution: float = 1.0,
                top: int | None = None, members_shown: int = 5) -> list[dict[str, Any]]:
    """Communities (Louvain, fixed seed), largest first.

    Rows: ``community``, ``size``, ``labels`` (count per type), ``leading``
    (names of the ``members_shown`` best-linked members), ``keys`` (all members).

    >>> [(c["community"], c["size"], c["labels"]["Province"]) for c in communities(sample_graph())]
    [(1, 7, 1), (2, 6, 1), (3, 4, 1)]
    """
    partition = louvain_partition(graph, seed=seed, resolution=resolution)
    simple = fact_graph(graph)
    groups: dict[int, list[str]] = {}
    for key, number in partition.items():
        groups.setdefault(number, []).append(key)
    numbers = sorted(groups)[:top] if top else sorted(groups)
    return [_group_row(simple, "community", number, sorted(groups[number]), members_shown)
            for number in numbers]


def connected_components(graph: nx.MultiDiGraph, *, top: int | None = None,
                         members_shown: int = 5) -> list[dict[str, Any]]:
    """Connected components of the fact graph (links either way), largest first.

    Rows: ``component``, ``size``, ``labels`` (count per type), ``leading``
    (best-linked members' names), ``keys``.

    >>> [c["size"] for c in connected_components(sample_graph())]
    [13, 4]
    """
    simple = fact_graph(graph)
    ordered = sorted((sorted(c) for c in nx.connected_components(simple)),
                     key=lambda members: (-len(members), members[0]))
    return [_group_row(simple, "component", number, members, members_shown)
            for number, members in enumerate(ordered[:top] if top else ordered, start=1)]


def _group_row(simple: nx.Graph, kind: str, number: int, members: list[str],
               members_shown: int) -> dict[str, Any]:
    """One community's or component's row: number, size, count per type, best-linked names, keys."""
    leading = sorted(members, key=lambda k: (-simple.degree(k), k))[:members_shown]
    return {
        kind: number,
        "size": len(members),
        "labels": dict(sorted(Counter(simple.nodes[k].get("label") for k in members).items())),
        "leading": [simple.nodes[k].get("name", k) for k in leading],
        "keys": members,
    }


# --------------------------------------------------------------------------- co-signing

def cosigning_graph(graph: nx.MultiDiGraph, *, label: str | None = "Agency") -> nx.Graph:
    """The co-signing projection: actors of type ``label`` (any actor when
    None) that SIGNED an event, linked when they signed the same event;
    ``weight`` = the number of events both signed, ``events`` = their keys.

    >>> cg = cosigning_graph(sample_graph())
    >>> cg["Agency:มูลนิธิสยามกัมมาจล"]["Agency:องค์การบริหารส่วนตำบลสลักได"]["weight"]
    1
    """
    signers: dict[str, list[str]] = {}
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "SIGNED" and (label is None or graph.nodes[u].get("label") == label):
            signers.setdefault(v, []).append(u)
    projection = nx.Graph()
    for event in sorted(signers):
        parties = sorted(set(signers[event]))
        for party in parties:
            projection.add_node(party, **{k: graph.nodes[party].get(k) for k in ("label", "name")})
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                if projection.has_edge(a, b):
                    projection[a][b]["weight"] += 1
                    projection[a][b]["events"].append(event)
                else:
                    projection.add_edge(a, b, weight=1, events=[event])
    return projection


def cosigning_pairs(graph: nx.MultiDiGraph, *, label: str | None = "Agency", min_shared: int = 1,
                    top: int | None = None) -> list[dict[str, Any]]:
    """Co-signing pairs, most shared signings first (ties by keys).

    >>> cosigning_pairs(sample_graph(), top=1)[0]["shared"]
    1
    """
    projection = cosigning_graph(graph, label=label)
    rows = []
    for a, b, data in projection.edges(data=True):
        a, b = sorted((a, b))
        if data["weight"] >= min_shared:
            rows.append({"actor": projection.nodes[a]["name"], "actor_key": a,
                         "partner": projection.nodes[b]["name"], "partner_key": b,
                         "shared": data["weight"], "events": sorted(data["events"])})
    rows.sort(key=lambda r: (-r["shared"], r["actor_key"], r["partner_key"]))
    return rows[:top] if top else rows


# --------------------------------------------------------------------------- brokers

def actor_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """People and agencies, linked when they took part in the same event
    (any of :data:`EVENT_ROLES`), joined the same programme (PILOT_OF,
    ORGANIZED, SUPPORTED) or are related directly (HOLDS_POSITION, PART_OF ...).

    >>> actor_graph(sample_graph()).has_edge("Agency:มูลนิธิสยามกัมมาจล", "Agency:องค์การบริหารส่วนตำบลสลักได")
    True
    """
    actors = [n for n, d in graph.nodes(data=True) if d.get("label") in ACTOR_LABELS]
    linked = nx.Graph()
    linked.add_nodes_from((n, graph.nodes[n]) for n in actors)
    hubs: dict[str, set[str]] = {}
    for u, v, data in graph.edges(data=True):
        if u in linked and v in linked and u != v:
            linked.add_edge(u, v)
        elif u in linked and graph.nodes[v].get("label") in ("Event", "Programme"):
            hubs.setdefault(v, set()).add(u)
    for hub in sorted(hubs):
        members = sorted(hubs[hub])
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                linked.add_edge(a, b)
    return linked


def actor_provinces(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """For each person and agency, the provinces it is tied to: where it is
    LOCATED_IN, and where the events it took part in were HELD_IN (names).

    >>> sorted(actor_provinces(sample_graph())["Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"])
    ['สุรินทร์', 'สุโขทัย']
    """
    held_in: dict[str, set[str]] = {}
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "HELD_IN":
            held_in.setdefault(u, set()).add(graph.nodes[v].get("name", v))
    provinces: dict[str, set[str]] = {
        n: set() for n, d in graph.nodes(data=True) if d.get("label") in ACTOR_LABELS}
    for u, v, data in graph.edges(data=True):
        if u not in provinces:
            continue
        if data.get("type") == "LOCATED_IN":
            provinces[u].add(graph.nodes[v].get("name", v))
        elif data.get("type") in EVENT_ROLES:
            provinces[u] |= held_in.get(v, set())
    return provinces


def brokers(graph: nx.MultiDiGraph, *, min_provinces: int = 2, top: int | None = None,
            label: str | None = None, seed: int = DEFAULT_SEED) -> list[dict[str, Any]]:
    """Brokers between provinces, ranked by cross-province betweenness.

    Definitions (on :func:`actor_graph`, people and agencies only):

    - an actor's *provinces* (:func:`actor_provinces`): where it is located
      and where the events it took part in were held;
    - its *span*: the provinces of the actor and of all its neighbours;
    - a *cross-province pair*: two actors that both have provinces and share
      none of them;
    - the *score*: the share of shortest paths between cross-province pairs
      that pass through the actor, summed over those pairs and divided by
      their number (Brandes' algorithm, restricted to those pairs; estimated
      from :data:`SAMPLED_SOURCES` seeded sources when more than
      :data:`EXACT_UP_TO` actors have provinces).

    An actor is listed when its span counts at least ``min_provinces``; rows
    (``key``, ``label``, ``name``, ``score``, ``span``, ``provinces``,
    ``neighbours``) come by score, then span, then key.

    >>> [(r["name"], r["span"]) for r in brokers(sample_graph())][:1]
    [('สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา', 2)]
    """
    linked = actor_graph(graph)
    provinces = actor_provinces(graph)
    scores = _cross_province_betweenness(linked, provinces, seed=seed)
    rows = []
    for key in linked:
        if label is not None and linked.nodes[key].get("label") != label:
            continue
        span = set(provinces.get(key, ()))
        for neighbour in linked[key]:
            span |= provinces.get(neighbour, set())
        if len(span) < min_provinces:
            continue
        rows.append({**_node_row(linked, key), "score": round(scores.get(key, 0.0), _ROUND),
                     "span": len(span), "provinces": sorted(span),
                     "neighbours": linked.degree(key)})
    rows.sort(key=lambda r: (-r["score"], -r["span"], r["key"]))
    return rows[:top] if top else rows


def _cross_province_betweenness(linked: nx.Graph, provinces: dict[str, set[str]], *,
                                seed: int = DEFAULT_SEED) -> dict[str, float]:
    score = dict.fromkeys(linked, 0.0)
    placed = [n for n in sorted(linked) if provinces.get(n)]
    pairs = _cross_pairs(placed, provinces)
    if pairs == 0:
        return score
    sources = placed
    if len(placed) > EXACT_UP_TO:
        sources = sorted(random.Random(seed).sample(placed, SAMPLED_SOURCES))
    for source in sources:
        order, predecessors, sigma = _bfs_counts(linked, source)
        delta = dict.fromkeys(order, 0.0)
        for w in reversed(order):
            target = 1.0 if provinces.get(w) and not provinces[w] & provinces[source] else 0.0
            share = (target + delta[w]) / sigma[w]
            for v in predecessors[w]:
                delta[v] += sigma[v] * share
            if w != source:
                score[w] += delta[w]
    # Each unordered pair was counted from both ends; a sample stands for all sources.
    scale = len(placed) / len(sources) / 2 / pairs
    return {n: value * scale for n, value in score.items()}


def _cross_pairs(placed: list[str], provinces: dict[str, set[str]]) -> int:
    """How many unordered pairs of ``placed`` actors share no province.

    Counted per set of provinces rather than per pair, so that it stays
    cheap when thousands of actors share a few hundred distinct sets.
    """
    by_set = Counter(frozenset(provinces[n]) for n in placed)
    sets = list(by_set.items())
    return sum(count_a * count_b for i, (set_a, count_a) in enumerate(sets)
               for set_b, count_b in sets[i + 1:] if not set_a & set_b)


def _bfs_counts(linked: nx.Graph, source: str):
    order, predecessors = [], {source: []}
    sigma, distance = {source: 1.0}, {source: 0}
    queue = deque([source])
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in linked[v]:
            if w not in distance:
                distance[w] = distance[v] + 1
                sigma[w], predecessors[w] = 0.0, []
                queue.append(w)
            if distance[w] == distance[v] + 1:
                sigma[w] += sigma[v]
                predecessors[w].append(v)
    return order, predecessors, sigma


# --------------------------------------------------------------------------- ego, chains

def ego_network(graph: nx.MultiDiGraph, node: str, *, radius: int = 1) -> nx.MultiDiGraph:
    """The entities within ``radius`` steps of ``node`` (a key, name or alias),
    following relations either way (never MENTIONS), with every edge among them.

    >>> sorted(ego_network(sample_graph(), "วิรุฬ พรรณเทวี"))
    ['Agency:จังหวัดสุโขทัย', 'Event:signing:2022-04-19:สุโขทัย', 'Person:วิรุฬพรรณเทวี']
    """
    if radius < 0:
        raise ParameterError(f"radius must be 0 or more, got {radius}")
    centre = resolve_node(graph, node)
    # Never through a document: two entities one release mentions are not linked by it.
    entities = graph.subgraph(n for n, d in graph.nodes(data=True) if d.get("label") != DOCUMENT)
    return nx.ego_graph(entities, centre, radius=radius, undirected=True).copy()


def ego_rows(graph: nx.MultiDiGraph, node: str, *, radius: int = 1,
             label: str | None = None, top: int | None = None) -> list[dict[str, Any]]:
    """The ego network as rows: ``distance`` from the centre, then ``key``,
    ``label``, ``name`` and ``links`` (relations inside the ego network).

    >>> [(r["distance"], r["name"]) for r in ego_rows(sample_graph(), "วิรุฬ พรรณเทวี")][:1]
    [(0, 'วิรุฬ พรรณเทวี')]
    """
    ego = ego_network(graph, node, radius=radius)
    centre = resolve_node(graph, node)
    distances = nx.single_source_shortest_path_length(ego.to_undirected(as_view=True), centre)
    rows = [{"distance": distances[k], **_node_row(ego, k), "links": ego.degree(k)}
            for k in ego if label is None or ego.nodes[k].get("label") == label]
    rows.sort(key=lambda r: (r["distance"], -r["links"], r["key"]))
    return rows[:top] if top else rows


def shortest_chain(graph: nx.MultiDiGraph, from_actor: str, to_actor: str, *,
                   max_steps: int = 8) -> list[dict[str, Any]]:
    """The shortest chain of relations (either way) between two actors, as the
    ``shortest_chain`` canned query returns it: one row per step with
    ``step``, ``key``, ``label``, ``name``, and the ``relation`` to the next
    step, its ``direction`` (``out``/``in``) and ``sources`` (None on the last
    row).  Actors are named by key, name or alias; no chain within
    ``max_steps`` (or an unknown name) gives no rows.  Of two relations
    between the same pair, the first by type is shown.

    >>> [(r["name"], r["relation"], r["direction"]) for r in shortest_chain(
    ...     sample_graph(), "วิรุฬ พรรณเทวี", "องค์การบริหารส่วนจังหวัดสุโขทัย")]
    [('วิรุฬ พรรณเทวี', 'CHAIRED', 'out'), ('signing 2022-04-19', 'SIGNED', 'in'), ('องค์การบริหารส่วนจังหวัดสุโขทัย', None, None)]
    """
    simple = fact_graph(graph)
    starts = [k for k in named_nodes(graph, from_actor) if k in simple]
    ends = [k for k in named_nodes(graph, to_actor) if k in simple]
    best: list[str] | None = None
    for start in starts:
        lengths = nx.single_source_shortest_path_length(simple, start, cutoff=max_steps)
        for end in ends:
            if end == start or end not in lengths:
                continue
            path = nx.shortest_path(simple, start, end)
            if best is None or (len(path), path) < (len(best), best):
                best = path
    if best is None:
        return []
    rows = []
    for step, key in enumerate(best):
        row = {"step": step, **_node_row(graph, key), "relation": None, "direction": None,
               "sources": None}
        if step + 1 < len(best):
            row.update(_link(graph, key, best[step + 1]))
        rows.append(row)
    return rows


def _link(graph: nx.MultiDiGraph, here: str, there: str) -> dict[str, Any]:
    choices = [(rel, "out", data) for rel, data in graph.get_edge_data(here, there, default={}).items()]
    choices += [(rel, "in", data) for rel, data in graph.get_edge_data(there, here, default={}).items()]
    relation, direction, data = min(choices, key=lambda c: (c[0], c[1]))
    return {"relation": relation, "direction": direction, "sources": list(data.get("sources") or [])}


# --------------------------------------------------------------------------- one entry point

ANALYSES = ("degree", "betweenness", "eigenvector", "communities", "components",
            "cosigning", "brokers", "ego")


def run_analysis(graph: nx.MultiDiGraph, what: str, *, top: int | None = None,
                 label: str | None = None, node: str | None = None, radius: int = 1,
                 seed: int = DEFAULT_SEED) -> list[dict[str, Any]]:
    """Run analysis ``what`` (one of :data:`ANALYSES`) and return its rows.

    ``label`` keeps one node type where that makes sense (centralities,
    brokers, ego; for ``cosigning`` the type of the signers, Agency by
    default); ``node`` and ``radius`` are for ``ego``.

    >>> run_analysis(sample_graph(), "components")[0]["size"]
    13
    """
    if what in CENTRALITIES:
        return centrality(graph, what, label=label, top=top, seed=seed)
    if what == "communities":
        return communities(graph, seed=seed, top=top)
    if what == "components":
        return connected_components(graph, top=top)
    if what == "cosigning":
        return cosigning_pairs(graph, label=label or "Agency", top=top)
    if what == "brokers":
        return brokers(graph, top=top, label=label, seed=seed)
    if what == "ego":
        if not node:
            raise ParameterError("ego needs a node: its key, name or alias")
        return ego_rows(graph, node, radius=radius, label=label, top=top)
    raise ParameterError(f"unknown analysis {what!r}; one of {', '.join(ANALYSES)}")
