"""The store as a networkx graph: what analytics, exports and the HTML view take.

:func:`read_graph` reads the store with internal reads
(``queries/internal/graph_nodes.cypher``, ``graph_edges.cypher``, and
``graph_mentions.cypher`` for bare mentions) and builds a
:class:`networkx.MultiDiGraph`:

- node id = the node's ``key``; attributes ``label`` (the type), ``name``,
  ``aliases`` (a list, possibly empty) and the type's own properties as
  stored (``search``, the store's lookup helper, is left out);
- one edge per fact relationship, edge key = the relation type; attributes
  ``type``, ``sources``, ``evidence`` and ``titles`` (aligned lists);
- with ``include_documents=True`` also the ``Document`` nodes (``name`` is the
  title, else the source) and their ``MENTIONS`` edges (``names``, ``local_id``);
  with ``mention_details=False`` as well, the ``MENTIONS`` edges carry only
  their ``type``: the store sends bare keys grouped by document, several
  times faster on a real graph (60,000 mentions of 3,000 releases), for a
  caller that needs only which document mentions what (the HTML view).

Nodes and edges are added in key order, so two reads of the same store give
the same graph, in the same order.  Nodes with a label the schema does not
know (a store's own bookkeeping, the name lookup) are left out, with their
edges, and so are derived relationships (CO_SIGNED) and properties.

:func:`graph_from_rows` is the pure half, usable without a store:

>>> g = graph_from_rows(
...     [{"key": "Person:ก", "label": "Person", "properties": {"key": "Person:ก", "name": "ก", "search": "ก"}},
...      {"key": "Event:signing:2022-04-19:สุโขทัย", "label": "Event",
...       "properties": {"name": "signing 2022-04-19", "date": "2022-04-19"}}],
...     [{"source": "Person:ก", "target": "Event:signing:2022-04-19:สุโขทัย", "type": "SIGNED",
...       "properties": {"sources": ["d1"], "evidence": ["ก ลงนาม"]}}])
>>> g.nodes["Person:ก"]
{'label': 'Person', 'name': 'ก', 'aliases': []}
>>> g.edges["Person:ก", "Event:signing:2022-04-19:สุโขทัย", "SIGNED"]
{'type': 'SIGNED', 'sources': ['d1'], 'evidence': ['ก ลงนาม'], 'titles': []}
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from edugraph.constants import MENTIONS
from edugraph.graph.projections import DERIVED_PROPERTIES
from edugraph.graph.schema import load_schema
from edugraph.queries.files import internal_cypher

# Left out of node attributes: the id already is the key, `search` only
# serves name lookups inside the store, `record` is the JSON resolution reads,
# and derived data (edugraph.graph.projections) is the store's own index.
_NOT_ATTRIBUTES = {"key", "search", "record", *DERIVED_PROPERTIES}


def read_graph(store, *, include_documents: bool = False, mention_details: bool = True) -> nx.MultiDiGraph:
    """The store's graph as a :class:`networkx.MultiDiGraph` (see the module doc)."""
    nodes = store.read(internal_cypher("graph_nodes"), {"include_documents": include_documents})
    bare_mentions = include_documents and not mention_details
    edges = store.read(internal_cypher("graph_edges"), {"include_documents": include_documents and not bare_mentions})
    if bare_mentions:
        edges += mention_rows(store.read(internal_cypher("graph_mentions")))
    return graph_from_rows(nodes, edges)


def mention_rows(grouped: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Edge rows of bare mentions from rows of a document's key and the keys it mentions.

    >>> mention_rows([{"source": "d1", "targets": ["Person:ก", "Agency:ข"]}])
    [{'source': 'd1', 'target': 'Person:ก', 'type': 'MENTIONS'}, {'source': 'd1', 'target': 'Agency:ข', 'type': 'MENTIONS'}]
    """
    return [{"source": row["source"], "target": target, "type": MENTIONS}
            for row in grouped for target in row["targets"]]


def graph_from_rows(nodes: Iterable[Mapping[str, Any]],
                    edges: Iterable[Mapping[str, Any]]) -> nx.MultiDiGraph:
    """Build the networkx view from node rows (``key``, ``label``, ``properties``)
    and edge rows (``source``, ``target``, ``type``, ``properties``)."""
    schema = load_schema()
    known_labels = set(schema.labels)
    graph = nx.MultiDiGraph()
    for row in sorted(nodes, key=lambda r: r["key"]):
        if row["label"] not in known_labels:
            continue
        properties = {k: v for k, v in dict(row.get("properties") or {}).items()
                      if k not in _NOT_ATTRIBUTES and v is not None}
        attributes: dict[str, Any] = {"label": row["label"]}
        if row["label"] == schema.document_label:
            attributes["name"] = properties.get("title") or properties.get("source") or row["key"]
        else:
            attributes["name"] = properties.pop("name", None) or row["key"]
            attributes["aliases"] = list(properties.pop("aliases", None) or [])
        attributes.update({k: list(v) if isinstance(v, (list, tuple)) else v
                           for k, v in properties.items() if k not in attributes})
        graph.add_node(row["key"], **attributes)
    known_types = set(schema.relation_types) | {MENTIONS}
    for row in sorted(edges, key=lambda r: (r["source"], r["type"], r["target"])):
        if row["source"] not in graph or row["target"] not in graph or row["type"] not in known_types:
            continue
        properties = dict(row.get("properties") or {})
        attributes = {"type": row["type"]}
        if row["type"] != MENTIONS:
            for name in ("sources", "evidence", "titles"):
                attributes[name] = list(properties.pop(name, None) or [])
        attributes.update({k: list(v) if isinstance(v, (list, tuple)) else v
                           for k, v in properties.items() if v is not None})
        graph.add_edge(row["source"], row["target"], key=row["type"], **attributes)
    return graph
