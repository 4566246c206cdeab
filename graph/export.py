"""Exports of the networkx view: node-link JSON, GraphML, GEXF and CSV.

Every format starts from the same prepared copy of the graph:

- ``imported_at`` (when a Document was imported, not what the corpus says)
  is dropped, so that two imports of the same corpus export the same bytes;
- set-like lists are sorted (``aliases``, MENTIONS ``names``) and the aligned
  ``sources``/``evidence``/``titles`` lists are sorted together by source;
- nodes come in key order, edges in (source, target, type) order.

Formats:

``json``
    networkx node-link data (``nodes``, ``edges``; edge ``key`` = relation
    type), canonical: sorted keys, UTF-8 without escapes, two-space indent,
    newline at the end.  Read it back with
    ``nx.node_link_graph(data, edges="edges")``.
``graphml`` and ``gexf``
    for Gephi, yEd and friends, which take no list attributes: a list is
    written as its items joined by ``" | "`` (:data:`LIST_SEPARATOR`,
    ``"กสศ. | กสศ"``), which reads as text in Gephi's data laboratory and in a
    spreadsheet; the JSON export keeps the real lists.  Missing values are
    left out; numbers stay numbers, dates are ISO strings.  The node's
    display label (``label``) is its ``name`` and its type goes to the
    attribute ``node_type``.  In GEXF the edge's display label is its
    relation type, also kept in the attribute ``relation`` (GEXF reserves
    ``label`` and an edge's ``type``); in GraphML it is the attribute ``type``.
``csv``
    two UTF-8 files with a byte order mark (so that Excel reads Thai right),
    ``<out>-nodes.csv`` (key, label = the type, name, aliases, then the other
    properties A–Z) and ``<out>-edges.csv`` (source, target, type, sources,
    evidence, titles, then the rest); lists joined by ``" | "``.  When
    ``out`` is an existing folder the files are ``nodes.csv`` and
    ``edges.csv`` inside it.

Every format creates the folder it writes into.

>>> from edugraph.graph.sample import sample_graph
>>> text = node_link_json(sample_graph())
>>> text == node_link_json(sample_graph()) and '"สุโขทัย"' in text
True
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from edugraph.errors import ExportError

FORMATS = ("json", "graphml", "gexf", "csv")
#: How GraphML, GEXF and CSV write a list: its items joined by this.
LIST_SEPARATOR = " | "
_VOLATILE = {"imported_at"}
_SET_LIKE = {"aliases", "names"}
_ALIGNED = ("sources", "evidence", "titles")
_FIRST_NODE_COLUMNS = ["key", "label", "name", "aliases"]
_FIRST_EDGE_COLUMNS = ["source", "target", "type", "sources", "evidence", "titles"]




def prepare(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The canonical copy every format writes (see the module doc).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="Agency", name="a", aliases=["y", "x"], imported_at="now")
    >>> g.add_edge("a", "a", key="PART_OF", type="PART_OF", sources=["d2", "d1"],
    ...            evidence=["two", "one"], titles=["", ""])
    'PART_OF'
    >>> p = prepare(g)
    >>> p.nodes["a"], p.edges["a", "a", "PART_OF"]["evidence"]
    ({'label': 'Agency', 'name': 'a', 'aliases': ['x', 'y']}, ['one', 'two'])
    """
    prepared = nx.MultiDiGraph()
    for key in sorted(graph.nodes):
        prepared.add_node(key, **_canonical(graph.nodes[key]))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for source, target, relation, data in edges:
        prepared.add_edge(source, target, key=relation, **_canonical(data))
    return prepared


def _canonical(attributes: dict[str, Any]) -> dict[str, Any]:
    data = {k: (list(v) if isinstance(v, (list, tuple)) else v)
            for k, v in attributes.items() if k not in _VOLATILE}
    for name in _SET_LIKE & data.keys():
        data[name] = sorted(data[name])
    aligned = [name for name in _ALIGNED if isinstance(data.get(name), list)]
    if "sources" in aligned:
        length = len(data["sources"])
        if all(len(data[name]) == length for name in aligned):
            rows = sorted(zip(*(data[name] for name in aligned)), key=lambda r: [str(x) for x in r])
            for index, name in enumerate(aligned):
                data[name] = [row[index] for row in rows]
    return data


# --------------------------------------------------------------------------- JSON

def node_link_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data of the prepared graph (``edges`` key, edge ``key`` = type)."""
    return nx.node_link_data(prepare(graph), edges="edges")


def node_link_json(graph: nx.MultiDiGraph) -> str:
    """The canonical JSON text: identical graphs give identical bytes."""
    return json.dumps(node_link_data(graph), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


# --------------------------------------------------------------------------- GraphML, GEXF

def _flat(value: Any) -> Any:
    """A value GraphML, GEXF and a spreadsheet cell can hold.

    >>> _flat(["กสศ.", "กสศ"]), _flat(["ข่าว", None, 3]), _flat([]), _flat(5)
    ('กสศ. | กสศ', 'ข่าว |  | 3', '', 5)
    """
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join("" if item is None else str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flat_graph(graph: nx.MultiDiGraph, *, gexf: bool = False) -> nx.MultiDiGraph:
    """The prepared graph with lists joined and no missing values (what GraphML
    and GEXF can hold), the name as display ``label`` and the type as
    ``node_type``; ``gexf`` also renames the edge's reserved names."""
    prepared = prepare(graph)
    flat = nx.MultiDiGraph()
    for key, data in prepared.nodes(data=True):
        attributes = {k: _flat(v) for k, v in data.items() if v is not None}
        attributes["node_type"] = attributes.pop("label", "")
        attributes["label"] = attributes.get("name") or key
        flat.add_node(key, **attributes)
    for source, target, relation, data in prepared.edges(keys=True, data=True):
        attributes = {k: _flat(v) for k, v in data.items() if v is not None}
        if gexf:
            attributes["relation"] = attributes.pop("type", relation)
            attributes["label"] = attributes["relation"]
        flat.add_edge(source, target, key=relation, **attributes)
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """GraphML (UTF-8), lists joined, the name as display label."""
    nx.write_graphml(flat_graph(graph), path, encoding="utf-8", named_key_ids=True)
    return path


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    """GEXF 1.2 (UTF-8), lists joined, display labels as described above."""
    nx.write_gexf(flat_graph(graph, gexf=True), path, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- CSV

def csv_paths(out: Path) -> tuple[Path, Path]:
    """Where the CSV export goes: ``<out>-nodes.csv`` and ``<out>-edges.csv``
    (a trailing ``.csv`` is dropped first), or ``nodes.csv``/``edges.csv``
    inside ``out`` when it is a folder.

    >>> [p.name for p in csv_paths(Path("graph.csv"))]
    ['graph-nodes.csv', 'graph-edges.csv']
    """
    out = Path(out)
    if out.is_dir():
        return out / "nodes.csv", out / "edges.csv"
    stem = out.name[:-4] if out.name.lower().endswith(".csv") else out.name
    return out.with_name(f"{stem}-nodes.csv"), out.with_name(f"{stem}-edges.csv")


def _csv_cell(value: Any) -> Any:
    return "" if value is None else _flat(value)


def write_csv(graph: nx.MultiDiGraph, out: Path) -> tuple[Path, Path]:
    """Nodes and edges as two UTF-8 CSV files with a BOM (see :func:`csv_paths`)."""
    prepared = prepare(graph)
    nodes_path, edges_path = csv_paths(out)
    node_rows = [{"key": key, **data} for key, data in prepared.nodes(data=True)]
    edge_rows = [{"source": s, "target": t, "type": data.get("type", k),
                  **{name: value for name, value in data.items() if name != "type"}}
                 for s, t, k, data in prepared.edges(keys=True, data=True)]
    _write_csv_file(nodes_path, node_rows, _FIRST_NODE_COLUMNS)
    _write_csv_file(edges_path, edge_rows, _FIRST_EDGE_COLUMNS)
    return nodes_path, edges_path


def _write_csv_file(path: Path, rows: list[dict[str, Any]], first: list[str]) -> None:
    others = sorted({name for row in rows for name in row} - set(first))
    columns = first + others
    # utf-8-sig: the BOM is how Excel knows the file is UTF-8 (else Thai is garbled).
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({name: _csv_cell(row.get(name)) for name in columns})


# --------------------------------------------------------------------------- one entry point

def export_graph(graph: nx.MultiDiGraph, fmt: str, out: str | Path) -> list[Path]:
    """Write ``graph`` in format ``fmt`` (one of :data:`FORMATS`) to ``out``;
    return the files written.  Failures raise :class:`ExportError`."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    target_dir = out if (fmt == "csv" and out.is_dir()) else out.parent
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot write {out}: cannot create the folder {target_dir}: "
                          f"{err.strerror or err}") from err
    try:
        if fmt == "json":
            out.write_text(node_link_json(graph), encoding="utf-8")
            return [out]
        if fmt == "graphml":
            return [write_graphml(graph, out)]
        if fmt == "gexf":
            return [write_gexf(graph, out)]
        return list(write_csv(graph, out))
    except OSError as err:
        raise ExportError(f"cannot write {out}: {err.strerror or err}") from err
