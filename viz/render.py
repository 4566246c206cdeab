"""The offline HTML view: one self-contained page, in Thai, that opens on an overview and expands on demand.

The page holds the whole graph but draws only an overview at first: the
provinces, the programmes and the most central actors, within a budget the
eye can read (:data:`OVERVIEW_BUDGET`).  Every node stays searchable, and a
click or a search draws a node's neighbours beside it.

pyvis builds the overview network (``Network.add_node``/``add_edge``, its
options with ``set_options``) and writes the page through its template
mechanism (``set_template_dir`` with edugraph's ``templates/page.html``).
vis-network's script and styles, edugraph's script and a subset Thai font
(Noto Sans Thai, OFL) are inlined; no address outside the file is ever
requested (a Content-Security-Policy says so to the browser too).  The
index of every node, relation and source travels gzip-compressed in base64
inside a non-executed ``<script>`` element, and the page's own script
(``assets/app.js``) shows it with text nodes only.

>>> from edugraph.graph.sample import sample_graph
>>> html, counts = build_page(sample_graph(), title="ตัวอย่าง <เครือข่าย>")
>>> counts.nodes, counts.edges, counts.drawn_nodes, counts.isolated
(17, 20, 17, 0)
>>> "<title>ตัวอย่าง &lt;เครือข่าย&gt;</title>" in html
True
>>> "https://" in html.split('id="edugraph-index"')[0]      # nothing fetched from anywhere
False
>>> len(read_page_index(html)["info"])
17
"""
from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx
import pyvis
from pyvis.network import Network

from edugraph.constants import VERSION as __version__
from edugraph.errors import RenderError
from edugraph.viz.layout import layout_positions
from edugraph.viz.style import Style, load_style
from edugraph.viz.subgraph import (DOCUMENT, around, entity_view, in_province, of_programme, overview_nodes,
                                   province_form, province_names, province_scope, resolve_node, since)
from edugraph.viz.text import evidence_excerpt, plain, truncate_label

DEFAULT_TITLE = "เครือข่ายผู้มีบทบาทในการปฏิรูปการศึกษา"
#: How many nodes the page draws at first (all of a smaller graph).
OVERVIEW_BUDGET = 200
#: The overview's most connected nodes get a label readable when the whole overview fits the screen.
BIG_LABELS = 30
#: The overview's spacing: room for the labels of its most connected nodes.
OVERVIEW_EDGE = 190.0
#: A few hundred nodes afford a long refinement (milliseconds).
OVERVIEW_ITERATIONS = 200
#: Their label size (canvas pixels at zoom 1): readable at the zoom that fits a few hundred nodes.
BIG_LABEL_SIZE = 42
#: Node size grows with the square root of the relations, up to this many (hubs would cover their neighbours).
SIZE_CAP = 100
#: Label length on the canvas, in characters (cut between grapheme clusters).
LABEL_CHARS = 26
#: Evidence shown per source, in characters (cut at a sentence or word boundary).
EVIDENCE_CHARS = 280
VIS_VERSION = "9.1.2"
VIS_DIR = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}"
HERE = Path(__file__).parent
FONT_FILE = HERE / "assets" / "NotoSansThai-subset.woff2"
#: The page's own Thai font first: it renders Thai where the system has none.
FONT_FACE = ('"EdugraphThai", "Noto Sans Thai", "Sarabun", "Tahoma", "Leelawadee UI", "Leelawadee", "Thonburi", '
             '"Loma", "Garuda", sans-serif')
SYMBOLS = {"dot": "●", "square": "■", "triangle": "▲", "triangleDown": "▼", "diamond": "◆",
           "star": "★", "hexagon": "⬢"}
#: Node properties the panel never lists (shown elsewhere, or internal).
HIDDEN_PROPERTIES = {"label", "name", "aliases", "key", "search", "imported_at"}
WEB_SCHEMES = ("http", "https")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class PageCounts:
    """What a page holds (every entity and relation) and what it draws at first."""
    nodes: int
    edges: int
    drawn_nodes: int
    drawn_edges: int
    isolated: int


@dataclass(frozen=True)
class RenderResult:
    """The file written and what it holds."""
    path: Path
    nodes: int
    edges: int
    drawn_nodes: int
    drawn_edges: int
    isolated: int
    size_bytes: int

    @property
    def omitted_nodes(self) -> int:
        """Nodes not drawn at first (still in the page: searched, listed and drawn on demand)."""
        return self.nodes - self.drawn_nodes

    @property
    def omitted_edges(self) -> int:
        return self.edges - self.drawn_edges

    @property
    def physics(self) -> bool:
        """The page never runs a force simulation: positions are computed, then stay still."""
        return False


def render_html(graph: nx.Graph, out_path: str | os.PathLike, *, title: str = DEFAULT_TITLE,
                max_nodes: int | None = None, scope: str | None = None, seed: int = 0,
                progress: Progress | None = None) -> RenderResult:
    """Write the interactive page for ``graph`` to ``out_path`` (UTF-8, self-contained).

    ``max_nodes`` is the overview's budget (default :data:`OVERVIEW_BUDGET`);
    every node is still in the page.  ``scope`` is a line saying which part of
    the graph this is ("จังหวัดสตูล ตั้งแต่ 2023-01-01"); ``progress`` is
    told each step of long work.

    >>> import tempfile
    >>> from edugraph.graph.sample import sample_graph
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     result = render_html(sample_graph(), Path(tmp) / "view.html", max_nodes=4)
    ...     text = result.path.read_text(encoding="utf-8")
    >>> result.nodes, result.drawn_nodes, result.size_bytes > 500_000
    (17, 4, True)
    >>> "แสดงภาพรวม 4 จาก 17 โหนด" in text
    True
    """
    html, counts = build_page(graph, title=title, max_nodes=max_nodes, scope=scope, seed=seed, progress=progress)
    path = Path(out_path)
    payload = html.encode("utf-8")
    _say(progress, f"writing {path} ({len(payload) / 1_000_000:.1f} MB)")
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(payload)
        os.replace(temporary, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise RenderError(f"cannot write the page to {path}: {err.strerror or err}") from err
    return RenderResult(path, counts.nodes, counts.edges, counts.drawn_nodes, counts.drawn_edges, counts.isolated,
                        len(payload))


def render_view(graph: nx.Graph, out_path: str | os.PathLike, *, around_key: str | None = None, depth: int = 2,
                province: str | None = None, programme: str | None = None, since_date: str | None = None,
                max_nodes: int | None = None, title: str | None = None,
                progress: Progress | None = None) -> RenderResult:
    """Render the part of ``graph`` the options name (all of them at once: their intersection).

    What ``edugraph render`` calls: ``around_key`` (a key or a name) with
    ``depth``, ``province``, ``programme`` and ``since_date`` select with the
    functions of :mod:`edugraph.viz.subgraph`; the page says which part it shows.

    >>> import tempfile
    >>> from edugraph.graph.sample import sample_graph
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     result = render_view(sample_graph(), Path(tmp) / "satun.html", province="สตูล")
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
    return render_html(view, out_path, title=title or DEFAULT_TITLE, max_nodes=max_nodes, scope=scope,
                       progress=progress)


def build_page(graph: nx.Graph, *, title: str = DEFAULT_TITLE, max_nodes: int | None = None,
               scope: str | None = None, seed: int = 0, progress: Progress | None = None) -> tuple[str, PageCounts]:
    """The page's HTML for ``graph`` and what it holds and draws (no file written)."""
    if not isinstance(graph, nx.Graph):
        raise RenderError(f"render needs a networkx graph, not {type(graph).__name__}")
    style = load_style()
    entities = entity_view(graph)
    _say(progress, f"indexing {entities.number_of_nodes():,} nodes and {entities.number_of_edges():,} relations")
    index, order = _page_index(graph, entities, style)
    drawn = overview_nodes(entities, max_nodes or OVERVIEW_BUDGET) if len(entities) else []
    _say(progress, f"laying out the overview ({len(drawn):,} nodes)")
    net = _overview_network(entities, drawn, order, index, style, seed)
    degree = dict(entities.degree())
    counts = PageCounts(nodes=len(order), edges=len(index["facts"]), drawn_nodes=len(drawn),
                        drawn_edges=len(net.edges), isolated=sum(1 for n in order if degree[n] == 0))
    index["meta"] = {"nodes": counts.nodes, "edges": counts.edges, "drawn": counts.drawn_nodes,
                     "isolated": counts.isolated, "overviewBudget": max_nodes or OVERVIEW_BUDGET,
                     "sizeCap": SIZE_CAP, "bigLabels": BIG_LABELS, "bigLabelSize": BIG_LABEL_SIZE}
    _say(progress, "writing the page")
    assets = _assets()
    scripts = (assets["vis_js"], assets["app_js"])
    summary = f"{counts.nodes:,} โหนด · {counts.edges:,} ความสัมพันธ์"
    if counts.drawn_nodes < counts.nodes:
        summary += (f" · แสดงภาพรวม {counts.drawn_nodes:,} จาก {counts.nodes:,} โหนด "
                    f"(ค้นหาได้ทุกโหนด · คลิกเพื่อขยาย)")
    # pyvis renders the page from edugraph's template; what its generate_html
    # does not pass (the page's own assets and index) reaches the template as
    # globals of the Jinja environment pyvis made for that template folder.
    net.set_template_dir(str(HERE / "templates") + os.sep, "page.html")
    net.templateEnv.globals.update(page={
        "title": title, "csp": _csp(scripts), "version": __version__, "vis_version": VIS_VERSION,
        "vis_css": assets["vis_css"], "app_css": assets["app_css"], "font": assets["font"],
        "vis_js": scripts[0], "app_js": scripts[1], "index": _pack(index), "summary": summary, "scope": scope,
        "generated": f"สร้างเมื่อ {datetime.now().strftime('%Y-%m-%d %H:%M')} ด้วย edugraph {__version__}",
    })
    return net.generate_html(), counts


def read_page_index(html: str) -> dict:
    """The index a page carries (every node, relation and source), decoded: for tests and inspection."""
    found = re.search(r'<script type="application/octet-stream" id="edugraph-index"[^>]*>([A-Za-z0-9+/=]*)</script>',
                      html)
    if not found:
        raise RenderError("not an edugraph page: it has no index")
    return json.loads(gzip.decompress(base64.b64decode(found.group(1))).decode("utf-8"))


def _say(progress: Progress | None, message: str) -> None:
    if progress is not None:
        progress(message)


def _pack(index: dict) -> str:
    """JSON, gzip-compressed (Thai text shrinks about fivefold), in base64: inert inside any element."""
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=4, mtime=0)).decode("ascii")


def _page_index(graph: nx.Graph, entities: nx.Graph, style: Style) -> tuple[dict, list]:
    """Every entity, relation and source as compact JSON-able data, and the entities in index order."""
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
    event_types = _Table()
    doc_nodes = {n: d for n, d in graph.nodes(data=True) if d.get("label") == DOCUMENT}

    def doc_ref(source: object) -> int:
        source = str(source)
        return documents.add(source, lambda: _document_row(source, doc_nodes.get(source, {})))

    mentioned: dict = {}
    for doc in doc_nodes:
        ref = None
        for _, node, d in graph.out_edges(doc, data=True):
            if node in index and d.get("type") in (None, "MENTIONS"):
                ref = doc_ref(doc) if ref is None else ref
                mentioned.setdefault(node, set()).add(ref)
    info = []
    for node in nodes:
        attrs = entities.nodes[node]
        node_type = attrs.get("label") or "?"
        name = str(plain(attrs.get("name")) or node)
        aliases = [str(a) for a in plain(attrs.get("aliases") or []) if a and a != name]
        entry = {"t": type_index[node_type], "n": name}
        is_event = node_type == "Event"
        optional = {
            # the key, unless the page can derive it (type, ':' and the name without spaces)
            "k": "" if str(node) == f"{node_type}:{name.replace(' ', '')}" else str(node),
            "a": aliases,
            "p": [[strings.add(label), strings.add(value)] for label, value in _properties(style, node_type, attrs)],
            "v": sorted(province_index[p] for p in scope.get(node, ()) if p in province_index),
            "d": str(plain(attrs.get("date")) or "") if is_event else "",
            "e": str(plain(attrs.get("end_date")) or "") if is_event else "",
            "y": event_types.add(str(attrs.get("event_type"))) + 1 if is_event and attrs.get("event_type") else 0,
            "m": sorted(mentioned.get(node, ())),
            "g": degree[node],
        }
        entry.update((field, value) for field, value in optional.items() if value)
        info.append(entry)

    flat, facts = [], []
    excerpts: dict[str, str] = {}     # one sentence backs many facts: cut it once
    for head, tail, relation, attrs in edge_list:
        flat += [index[head], index[tail], relation_index[relation]]
        sources = list(plain(attrs.get("sources") or []))
        evidence = list(plain(attrs.get("evidence") or []))
        titles = list(plain(attrs.get("titles") or []))
        facts.append([_source(doc_ref(source), strings, excerpts, evidence[k] if k < len(evidence) else None,
                              titles[k] if k < len(titles) else None) for k, source in enumerate(sources)])

    type_counts = Counter(entities.nodes[n].get("label") or "?" for n in nodes)
    relation_counts = Counter(rel for _, _, rel, _ in edge_list)
    return {
        "types": [{"id": t, "label": style.node_style(t).label, "english": style.node_style(t).english,
                   "color": style.node_style(t).color, "shape": style.node_style(t).shape,
                   "symbol": SYMBOLS.get(style.node_style(t).shape, "●"),
                   "count": type_counts.get(t, 0)} for t in node_types],
        "relations": [{"id": r, "label": style.relation_style(r).label, "color": style.relation_style(r).color,
                       "dashes": style.relation_style(r).vis_dashes, "pattern": style.relation_style(r).dashes,
                       "count": relation_counts.get(r, 0)} for r in relation_types],
        "eventTypes": [[t, style.value_label("event_type", t)] for t in event_types.rows],
        "provinces": [names[form] for form in province_list],
        "docs": documents.rows,
        "strings": strings.rows,
        "info": info,
        "edges": flat,
        "facts": facts,
    }, nodes


def _document_row(source: str, doc: dict) -> list:
    """[title, date, web address (http/https only, else ''), address shown as text (else '')]."""
    url = str(plain(doc.get("url")) or "").strip()
    link = url if _is_web_address(url) else ""
    shown = "" if link else (url or str(plain(doc.get("source")) or source))
    return [str(plain(doc.get("title")) or ""), str(plain(doc.get("published")) or ""), link, shown]


def _is_web_address(url: str) -> bool:
    """Only http and https addresses with a host become links.

    >>> [_is_web_address(u) for u in ("https://www.thaigov.go.th/news/1", "javascript:alert(1)", "http:///x", "ftp://a/b")]
    [True, False, False, False]
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc) and not any(c.isspace() for c in url)


def _overview_network(entities: nx.Graph, drawn: list, order: list, index: dict, style: Style,
                      seed: int) -> Network:
    """The overview as a pyvis network: ids are positions in the page's index, positions computed here."""
    position_of = {node: i for i, node in enumerate(order)}
    drawn_set = set(drawn)
    part = entities.subgraph(drawn)
    positions = layout_positions(part, seed=seed, edge_length=OVERVIEW_EDGE, iterations=OVERVIEW_ITERATIONS)
    degree = dict(entities.degree())
    net = Network(directed=True, cdn_resources="in_line")
    for rank, node in enumerate(drawn):
        attrs = entities.nodes[node]
        node_type = attrs.get("label") or "?"
        x, y = positions[node]
        options = {"group": node_type, "x": x, "y": y,
                   "size": round(8 + 3.2 * math.sqrt(min(degree[node], SIZE_CAP)), 1)}
        if rank < BIG_LABELS:
            options["font"] = {"size": BIG_LABEL_SIZE}
        net.add_node(position_of[node], label=truncate_label(str(plain(attrs.get("name")) or node), LABEL_CHARS),
                     shape=style.node_style(node_type).shape, **options)
    relation_ids = {r["id"]: i for i, r in enumerate(index["relations"])}
    for edge_id, (head, tail, relation, _) in enumerate(_edges(entities)):
        if head in drawn_set and tail in drawn_set:
            net.add_edge(position_of[head], position_of[tail], id=edge_id, r=relation_ids[relation])
    node_types = [t["id"] for t in index["types"]]
    # pyvis's set_options drops every space of the text it is given (its
    # values included): spaces inside values travel as JSON escapes.
    net.set_options(json.dumps(_vis_options(style, node_types), separators=(",", ":")).replace(" ", "\\u0020"))
    return net


def _source(doc: int, strings: "_Table", excerpts: dict, sentence: object, title: object) -> list:
    """One source of a fact: [document, evidence (-1: none)(, position wording)]; evidence cut at a boundary."""
    evidence = -1
    if sentence:
        sentence = str(sentence)
        if sentence not in excerpts:
            excerpts[sentence] = evidence_excerpt(sentence, EVIDENCE_CHARS)
        evidence = strings.add(excerpts[sentence])
    row = [doc, evidence]
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


def _vis_options(style: Style, node_types: list[str]) -> dict:
    """vis-network options: positions come from the page (no force simulation), so the view stays still."""
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
                  "scaling": {"label": {"drawThreshold": 9}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "width": 1, "selectionWidth": 2,
                  "smooth": False, "color": {"inherit": False}},
        # no simulation, and no fit of vis-network's own after data changes: the page fits the view itself
        "physics": {"enabled": False, "stabilization": {"enabled": False, "fit": False}},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": False,
                        "multiselect": False, "navigationButtons": False},
    }


@functools.cache
def _assets() -> dict[str, str]:
    files = {"vis_js": VIS_DIR / "vis-network.min.js", "vis_css": VIS_DIR / "vis-network.css",
             "app_js": HERE / "assets" / "app.js", "app_css": HERE / "assets" / "app.css"}
    try:
        assets = {name: path.read_text(encoding="utf-8") for name, path in files.items()}
        assets["font"] = base64.b64encode(FONT_FILE.read_bytes()).decode("ascii")
        return assets
    except OSError as err:
        raise RenderError(f"a file the page inlines is missing: {err.filename} ({err.strerror}); "
                          f"reinstall pyvis>=0.3.2 and edugraph") from err


def _csp(scripts: tuple[str, ...]) -> str:
    """A policy that lets only the page's own scripts run and forbids every request out of the file."""
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
                      for s in scripts)
    return ("default-src 'none'; " f"script-src {hashes}; " "style-src 'unsafe-inline'; "
            "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
