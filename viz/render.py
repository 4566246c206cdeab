"""The offline HTML view: one self-contained page, in Thai, that policy staff open in any browser.

pyvis holds the network (vis-network's node and edge records and options)
and ships vis-network itself; edugraph owns the page around it
(``templates/page.html``): vis-network's script and styles are inlined, no
address outside the file is ever requested (a Content-Security-Policy says so
to the browser too), and the data travels as JSON inside a
``<script type="application/json">`` element, escaped so that nothing a
document says can close it.  The page's own script (``assets/app.js``) adds
the search box, the filters, and the side panel with each relation's
provenance, built with text nodes only.

>>> from edugraph.viz.subgraph import example_graph
>>> html, counts = build_page(example_graph(), title="ตัวอย่าง <เครือข่าย>")
>>> counts.nodes, counts.edges, counts.omitted_nodes, counts.physics
(6, 5, 0, True)
>>> "<title>ตัวอย่าง &lt;เครือข่าย&gt;</title>" in html
True
>>> "https://" in html.split('id="edugraph-data">')[0]      # nothing fetched from anywhere
False
"""
from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import math
import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from edugraph import __version__
from edugraph.errors import RenderError
from edugraph.viz.layout import layout_positions
from edugraph.viz.style import Style, load_style
from edugraph.viz.subgraph import (DOCUMENT, around, entity_view, in_province, most_connected, of_programme,
                                   province_form, province_names, province_scope, resolve_node, since)
from edugraph.viz.text import plain, script_json, truncate_label

DEFAULT_TITLE = "เครือข่ายผู้มีบทบาทในการปฏิรูปการศึกษา"
#: Below this many nodes the page runs vis-network's physics; above, positions are fixed.
PHYSICS_LIMIT = 300
#: Label length on the canvas, in characters (cut between grapheme clusters).
LABEL_CHARS = 26
VIS_VERSION = "9.1.2"
VIS_DIR = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}"
HERE = Path(__file__).parent
FONT_FACE = ('"Noto Sans Thai", "Sarabun", "Tahoma", "Leelawadee UI", "Leelawadee", "Thonburi", '
             '"Loma", "Garuda", sans-serif')
SYMBOLS = {"dot": "●", "square": "■", "triangle": "▲", "triangleDown": "▼", "diamond": "◆",
           "star": "★", "hexagon": "⬢"}
#: Node properties the panel never lists (shown elsewhere, or internal).
HIDDEN_PROPERTIES = {"label", "name", "aliases", "key", "search", "imported_at"}


@dataclass(frozen=True)
class PageCounts:
    """What a page draws and what it leaves out."""
    nodes: int
    edges: int
    omitted_nodes: int
    omitted_edges: int
    physics: bool


@dataclass(frozen=True)
class RenderResult:
    """The file written and what it holds."""
    path: Path
    nodes: int
    edges: int
    omitted_nodes: int
    omitted_edges: int
    size_bytes: int
    physics: bool


def render_html(graph: nx.Graph, out_path: str | os.PathLike, *, title: str = DEFAULT_TITLE,
                max_nodes: int | None = None, scope: str | None = None,
                physics: bool | None = None, seed: int = 0) -> RenderResult:
    """Write the interactive page for ``graph`` to ``out_path`` (UTF-8, self-contained).

    ``max_nodes`` keeps the most connected entities and the page says how
    many nodes and relations it left out; ``scope`` is a line saying which
    part of the graph this is ("จังหวัดสตูล ตั้งแต่ 2023-01-01");
    ``physics`` defaults to on below :data:`PHYSICS_LIMIT` nodes.

    >>> import tempfile
    >>> from edugraph.viz.subgraph import example_graph
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     result = render_html(example_graph(), Path(tmp) / "view.html", max_nodes=4)
    ...     text = result.path.read_text(encoding="utf-8")
    >>> result.nodes, result.omitted_nodes, result.size_bytes > 500_000
    (4, 2, True)
    >>> "ละไว้ 2 โหนด" in text
    True
    """
    html, counts = build_page(graph, title=title, max_nodes=max_nodes, scope=scope, physics=physics, seed=seed)
    path = Path(out_path)
    payload = html.encode("utf-8")
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(payload)
        os.replace(temporary, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise RenderError(f"cannot write the page to {path}: {err.strerror or err}") from err
    return RenderResult(path, counts.nodes, counts.edges, counts.omitted_nodes, counts.omitted_edges,
                        len(payload), counts.physics)


def render_view(graph: nx.Graph, out_path: str | os.PathLike, *, around_key: str | None = None, depth: int = 2,
                province: str | None = None, programme: str | None = None, since_date: str | None = None,
                max_nodes: int | None = None, title: str | None = None) -> RenderResult:
    """Render the part of ``graph`` the options name (all of them at once: their intersection).

    What ``edugraph render`` calls: ``around_key`` (a key or a name) with
    ``depth``, ``province``, ``programme`` and ``since_date`` select with the
    functions of :mod:`edugraph.viz.subgraph`; the page says which part it shows.

    >>> import tempfile
    >>> from edugraph.viz.subgraph import example_graph
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     result = render_view(example_graph(), Path(tmp) / "satun.html", province="สตูล")
    ...     "จังหวัดสตูล" in result.path.read_text(encoding="utf-8")
    True
    >>> result.nodes
    4
    """
    whole = entity_view(graph)
    total_nodes, total_edges = whole.number_of_nodes(), whole.number_of_edges()
    parts, view = [], graph
    if around_key is not None:
        centre = resolve_node(view, around_key)
        view = around(view, centre, depth)
        parts.append(f"รอบ “{graph.nodes[centre].get('name') or centre}” {depth} ขั้น")
    if province is not None:
        view = in_province(view, province)
        parts.append(f"จังหวัด{province_form(province)}")
    if programme is not None:
        centre = resolve_node(view, programme, label="Programme")
        view = of_programme(view, centre)
        parts.append(f"โครงการ “{graph.nodes[centre].get('name') or centre}”")
    if since_date is not None:
        view = since(view, since_date)
        parts.append(f"กิจกรรมตั้งแต่ {since_date}")
    scope = None
    if parts:
        scope = " · ".join(parts) + f" (จากทั้งหมด {total_nodes:,} โหนด {total_edges:,} ความสัมพันธ์)"
    return render_html(view, out_path, title=title or DEFAULT_TITLE, max_nodes=max_nodes, scope=scope)


def build_page(graph: nx.Graph, *, title: str = DEFAULT_TITLE, max_nodes: int | None = None,
               scope: str | None = None, physics: bool | None = None, seed: int = 0) -> tuple[str, PageCounts]:
    """The page's HTML for ``graph`` and what it draws (no file written)."""
    if not isinstance(graph, nx.Graph):
        raise RenderError(f"render needs a networkx graph, not {type(graph).__name__}")
    style = load_style()
    whole = entity_view(graph)
    drawn = graph
    if max_nodes is not None and whole.number_of_nodes() > max_nodes:
        drawn = most_connected(graph, max_nodes)
    drawn_entities = whole if drawn is graph else entity_view(drawn)
    counts = PageCounts(
        nodes=drawn_entities.number_of_nodes(),
        edges=drawn_entities.number_of_edges(),
        omitted_nodes=whole.number_of_nodes() - drawn_entities.number_of_nodes(),
        omitted_edges=whole.number_of_edges() - drawn_entities.number_of_edges(),
        physics=drawn_entities.number_of_nodes() < PHYSICS_LIMIT if physics is None else physics,
    )
    whole_degree = dict(whole.degree())
    data = _page_data(drawn, drawn_entities, style, counts, whole_degree, seed)
    assets = _assets()
    scripts = (assets["vis_js"], assets["app_js"])
    html = _template().render(
        title=title,
        csp=_csp(scripts),
        version=__version__,
        vis_version=VIS_VERSION,
        vis_css=assets["vis_css"],
        app_css=assets["app_css"],
        vis_js=scripts[0],
        app_js=scripts[1],
        data_json=script_json(data),
        summary=f"{counts.nodes:,} โหนด · {counts.edges:,} ความสัมพันธ์",
        scope=scope,
        omitted=(f"ละไว้ {counts.omitted_nodes:,} โหนด และ {counts.omitted_edges:,} ความสัมพันธ์ "
                 f"(แสดงเฉพาะ {counts.nodes:,} โหนดที่เชื่อมโยงมากที่สุด)") if counts.omitted_nodes else "",
        generated=f"สร้างเมื่อ {datetime.now().strftime('%Y-%m-%d %H:%M')} ด้วย edugraph {__version__}",
    )
    return html, counts


def _page_data(graph: nx.Graph, entities: nx.Graph, style: Style, counts: PageCounts, whole_degree: dict,
               seed: int) -> dict:
    """Everything the page's script needs, as plain JSON-able data (``entities``: ``graph`` without documents)."""
    nodes = sorted(entities, key=str)
    index = {node: i for i, node in enumerate(nodes)}
    degree = dict(entities.degree())

    node_types = _ordered(list(style.nodes), (entities.nodes[n].get("label") or "?" for n in nodes))
    type_index = {t: i for i, t in enumerate(node_types)}
    edge_list = list(_edges(entities))
    relation_types = _ordered(list(style.relations), (rel for _, _, rel, _ in edge_list))
    relation_index = {r: i for i, r in enumerate(relation_types)}

    names = province_names(entities)
    province_list = sorted(names, key=lambda form: names[form])
    province_index = {form: i for i, form in enumerate(province_list)}
    scope = province_scope(entities)

    documents = _Table()
    strings = _Table()
    doc_nodes = {n: d for n, d in graph.nodes(data=True) if d.get("label") == DOCUMENT}

    def doc_ref(source: object) -> int:
        source = str(source)
        doc = doc_nodes.get(source, {})
        return documents.add(source, lambda: [plain(doc.get("title")), plain(doc.get("published")),
                                              plain(doc.get("source") or source)])

    net = Network(directed=True, cdn_resources="in_line")
    positions = layout_positions(entities, seed=seed)
    info, dates = [], []
    for node in nodes:
        attrs = entities.nodes[node]
        node_type = attrs.get("label") or "?"
        name = str(plain(attrs.get("name")) or node)
        aliases = [str(a) for a in plain(attrs.get("aliases") or []) if a and a != name]
        x, y = positions[node]
        # pyvis's add_node/add_edge look nodes up in a list (quadratic on
        # thousands of nodes): its records are filled directly instead.
        net.nodes.append({"id": index[node], "label": truncate_label(name, LABEL_CHARS), "group": node_type,
                          "x": x, "y": y, "size": round(8 + 3.2 * math.sqrt(degree[node]), 1)})
        mentions = sorted({doc_ref(head) for head, _, d in graph.in_edges(node, data=True)
                           if head in doc_nodes and (d.get("type") in (None, "MENTIONS"))})
        if node_type == "Event" and attrs.get("date"):
            dates.extend(str(v) for v in (attrs.get("date"), attrs.get("end_date")) if v)
        entry = {"k": str(node), "t": type_index[node_type], "n": name}
        optional = {
            "a": aliases,
            "p": [[strings.add(label), strings.add(value)] for label, value in _properties(style, node_type, attrs)],
            "v": sorted(province_index[p] for p in scope.get(node, ()) if p in province_index),
            "d": str(plain(attrs.get("date")) or "") if node_type == "Event" else "",
            "e": str(plain(attrs.get("end_date")) or "") if node_type == "Event" else "",
            "m": mentions,
            "o": whole_degree.get(node, degree[node]) - degree[node],
        }
        entry.update((field, value) for field, value in optional.items() if value)
        info.append(entry)
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}

    facts = []
    for head, tail, relation, attrs in edge_list:
        net.edges.append({"from": index[head], "to": index[tail], "r": relation_index[relation]})
        sources = list(plain(attrs.get("sources") or []))
        evidence = list(plain(attrs.get("evidence") or []))
        titles = list(plain(attrs.get("titles") or []))
        facts.append([_source(doc_ref(source), strings, evidence[k] if k < len(evidence) else None,
                              titles[k] if k < len(titles) else None) for k, source in enumerate(sources)])

    net.options = _vis_options(style, node_types, counts.physics)
    vis_nodes, vis_edges, *_ = net.get_network_data()
    type_counts = Counter(entities.nodes[n].get("label") or "?" for n in nodes)
    relation_counts = Counter(rel for _, _, rel, _ in edge_list)
    return {
        "meta": {"nodes": counts.nodes, "edges": counts.edges, "omittedNodes": counts.omitted_nodes,
                 "omittedEdges": counts.omitted_edges, "physics": counts.physics,
                 "firstDate": min(dates, default=None), "lastDate": max(dates, default=None)},
        "types": [{"id": t, "label": style.node_style(t).label, "english": style.node_style(t).english,
                   "color": style.node_style(t).color, "symbol": SYMBOLS.get(style.node_style(t).shape, "●"),
                   "count": type_counts.get(t, 0)} for t in node_types],
        "relations": [{"id": r, "label": style.relation_style(r).label, "color": style.relation_style(r).color,
                       "dashes": style.relation_style(r).vis_dashes, "pattern": style.relation_style(r).dashes,
                       "count": relation_counts.get(r, 0)} for r in relation_types],
        "provinces": [names[form] for form in province_list],
        "docs": documents.rows,
        "strings": strings.rows,
        "nodes": vis_nodes,
        "edges": vis_edges,
        "options": net.options,
        "info": info,
        "facts": facts,
    }


def _source(doc: int, strings: "_Table", sentence: object, title: object) -> list:
    """One source of a fact: [document, evidence sentence (-1: none)(, position wording)]."""
    row = [doc, strings.add(str(sentence)) if sentence else -1]
    if title:
        row.append(strings.add(str(title)))
    return row


class _Table:
    """Rows stored once and referred to by index (documents, evidence sentences)."""

    def __init__(self) -> None:
        self.rows: list = []
        self._index: dict[str, int] = {}

    def add(self, key: str, make=None) -> int:
        if key not in self._index:
            self._index[key] = len(self.rows)
            self.rows.append(make() if make else key)
        return self._index[key]


def _ordered(known: list[str], seen) -> list[str]:
    """The schema's types in its order, then any other type met in the data."""
    extra = sorted(set(seen) - set(known))
    return known + extra


def _edges(entities: nx.Graph):
    """(head, tail, relation type, attributes) for every relation between entities."""
    if entities.is_multigraph():
        for head, tail, key, attrs in entities.edges(keys=True, data=True):
            yield head, tail, str(attrs.get("type") or key), attrs
    else:
        for head, tail, attrs in entities.edges(data=True):
            yield head, tail, str(attrs.get("type") or "RELATED"), attrs


def _properties(style: Style, node_type: str, attrs: dict) -> list[list[str]]:
    """The node's other properties as (Thai name, shown value) pairs, in a stable order."""
    rows = []
    for name in sorted(attrs, key=lambda n: (n not in ("title", "position", "event_type", "date"), n)):
        value = plain(attrs[name])
        if name in HIDDEN_PROPERTIES or value in (None, "", []):
            continue
        if node_type == "Event" and name == "title" and value == attrs.get("name"):
            continue
        shown = " · ".join(map(str, value)) if isinstance(value, list) else str(value)
        rows.append([style.property_label(node_type, name), style.value_label(name, shown)])
    return rows


def _vis_options(style: Style, node_types: list[str], physics: bool) -> dict:
    """vis-network options: fixed positions and cheap drawing for large graphs, physics for small ones."""
    large = not physics
    groups = {}
    for node_type in node_types:
        s = style.node_style(node_type)
        groups[node_type] = {"shape": s.shape, "color": {"background": s.color, "border": "#2d3a45",
                                                          "highlight": {"background": s.color, "border": "#000000"},
                                                          "hover": {"background": s.color, "border": "#000000"}}}
    return {
        "groups": groups,
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3,
                  "font": {"face": FONT_FACE, "size": 14, "color": "#1f2933", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 9 if large else 5}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "width": 1, "selectionWidth": 2,
                  "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3} if physics else False,
                  "color": {"inherit": False}},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True}},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False, "navigationButtons": False},
    }


@functools.cache
def _assets() -> dict[str, str]:
    files = {"vis_js": VIS_DIR / "vis-network.min.js", "vis_css": VIS_DIR / "vis-network.css",
             "app_js": HERE / "assets" / "app.js", "app_css": HERE / "assets" / "app.css"}
    try:
        return {name: path.read_text(encoding="utf-8") for name, path in files.items()}
    except OSError as err:
        raise RenderError(f"a file the page inlines is missing: {err.filename} ({err.strerror}); "
                          f"reinstall pyvis>=0.3.2 and edugraph") from err


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.get_template("page.html")


def _csp(scripts: tuple[str, ...]) -> str:
    """A policy that lets only the page's own scripts run and forbids every request out of the file."""
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
                      for s in scripts)
    return ("default-src 'none'; " f"script-src {hashes}; " "style-src 'unsafe-inline'; "
            "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
