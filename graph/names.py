"""Which node of the networkx view a typed name means: the one rule for the CLI, analytics and the page.

A text names a node by its key, or by its name or one of its aliases compared
as the store compares names (:func:`~edugraph.graph.keys.normalize_name`: no
white space, NFC, Thai digits read, the way the canned queries and
``edugraph explain`` match the ``search`` property) and, as the page's search
box does, without letter case (Latin names only; Thai has none).  An exact match wins;
otherwise the one node whose name or alias contains the text.  Document nodes
are never named.

>>> from edugraph.graph.analytics import sample_graph
>>> resolve_node(sample_graph(), "กสศ.")
'Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา'
>>> resolve_node(sample_graph(), "กัมมาจล")
'Agency:มูลนิธิสยามกัมมาจล'
>>> resolve_node(sample_graph(), "วิรุฬ พรรณเทว")
'Person:วิรุฬพรรณเทวี'
>>> resolve_node(sample_graph(), "สมศรี")
Traceback (most recent call last):
...
edugraph.errors.ParameterError: no node has the key or name 'สมศรี'; did you mean: สุรินทร์?
"""
from __future__ import annotations

import difflib
from collections.abc import Hashable

import networkx as nx

from edugraph.constants import DOCUMENT_LABEL
from edugraph.errors import EdugraphError, ParameterError
from edugraph.graph.keys import normalize_name


def _candidates(graph: nx.Graph, label: str | None) -> list[Hashable]:
    return [n for n, d in graph.nodes(data=True) if d.get("label") != DOCUMENT_LABEL
            and (label is None or d.get("label") == label)]


def name_form(text: str | None) -> str:
    """How a typed name and a node's names are compared (see the module doc).

    >>> name_form("OBEC  ๑")
    'obec1'
    """
    return normalize_name(text).casefold()


def _forms(graph: nx.Graph, node: Hashable) -> set[str]:
    data = graph.nodes[node]
    return {name_form(x) for x in [data.get("name"), *(data.get("aliases") or [])] if x} - {""}


def named_nodes(graph: nx.Graph, text: str, *, label: str | None = None) -> list[Hashable]:
    """Every node ``text`` names exactly (its key, or a name or alias), sorted by key."""
    candidates = _candidates(graph, label)
    if text in graph and text in candidates:
        return [text]
    wanted = name_form(text)
    return sorted((n for n in candidates if wanted and wanted in _forms(graph, n)), key=str)


def resolve_node(graph: nx.Graph, text: str, *, label: str | None = None,
                 error: type[EdugraphError] = ParameterError) -> Hashable:
    """The one node ``text`` names (see the module doc), else ``error`` saying why, with near names."""
    exact = named_nodes(graph, text, label=label)
    if len(exact) == 1:
        return exact[0]
    candidates = _candidates(graph, label)
    wanted = name_form(text)
    partial = exact or [n for n in candidates if wanted and any(wanted in form for form in _forms(graph, n))]
    if len(partial) == 1:
        return partial[0]
    what = label.lower() if label else "node"
    if partial:
        shown = ", ".join(sorted(str(graph.nodes[n].get("name")) for n in partial)[:5])
        raise error(f"{len(partial)} {what}s match {text!r}: {shown}; give the full name or the key")
    names = sorted({str(graph.nodes[n].get("name")) for n in candidates})
    near = difflib.get_close_matches(text, names, n=3, cutoff=0.3)
    hint = f"; did you mean: {', '.join(near)}?" if near else ""
    raise error(f"no {what} has the key or name {text!r}{hint}")
