"""Which node of the networkx view a typed name means: the one rule for the CLI, analytics and the page.

A text names a node by its key, or by its name or one of its aliases compared
as the store compares names (:func:`~edugraph.graph.keys.normalize_name`: no
white space, NFC, Thai digits read, the way the canned queries and
``edugraph explain`` match the ``search`` property) and, as the page's search
box does, without letter case (Latin names only; Thai has none).  An exact match wins;
otherwise the one node whose name or alias contains the text.  Document nodes
are never named.

A text that names nothing gets the nearest names ("did you mean"), by
:func:`~edugraph.graph.keys.near_misses` (edit distance on the normalised
form).  The same hint serves names given to canned queries, checked against
the store's own names (:func:`stored_names`, :func:`did_you_mean`).

>>> from edugraph.graph.sample import sample_graph
>>> resolve_node(sample_graph(), "กสศ.")
'Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา'
>>> resolve_node(sample_graph(), "กัมมาจล")
'Agency:มูลนิธิสยามกัมมาจล'
>>> resolve_node(sample_graph(), "วิรุฬ พรรณเทว")
'Person:วิรุฬพรรณเทวี'
>>> resolve_node(sample_graph(), "วิรุฬ พรรณเทวิ")
Traceback (most recent call last):
...
edugraph.errors.ParameterError: no node has the key or name 'วิรุฬ พรรณเทวิ'; did you mean: วิรุฬ พรรณเทวี?
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import networkx as nx

from edugraph.constants import DOCUMENT_LABEL
from edugraph.errors import EdugraphError, ParameterError
from edugraph.graph.keys import PROVINCE_PREFIX, near_misses, normalize_name
from edugraph.graph.store.base import GraphStore
from edugraph.queries.files import internal_statement


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
    shown = {str(name): str(graph.nodes[n].get("name")) for n in candidates
             for name in (graph.nodes[n].get("name"), *(graph.nodes[n].get("aliases") or ())) if name}
    raise error(f"no {what} has the key or name {text!r}{_hint(text, shown)}")


def _hint(text: str, shown: dict[str, str]) -> str:
    """``"; did you mean: X, Y?"`` from the names and aliases (keys of ``shown``, mapped to
    the name to show) nearest ``text``, or ``""``."""
    near = list(dict.fromkeys(shown[t] for t in near_misses(text, shown, limit=6)))[:3]
    return f"; did you mean: {', '.join(near)}?" if near else ""


# -- the store's own names, for hints on values given to queries and explain -----------

@dataclass(frozen=True)
class StoredName:
    """One actor as the hints see it."""

    label: str
    key: str
    name: str
    aliases: tuple[str, ...]

    @property
    def forms(self) -> list[str]:
        """The normalised name and aliases (without a leading จังหวัด for a Province)."""
        forms = [normalize_name(text) for text in (self.name, *self.aliases) if text]
        if self.label == "Province":
            forms = [f[len(PROVINCE_PREFIX):] if f.startswith(PROVINCE_PREFIX) and len(f) > len(PROVINCE_PREFIX)
                     else f for f in forms]
        return forms


def stored_names(store: GraphStore, labels: Iterable[str] | None = None) -> list[StoredName]:
    """Every Person, Agency, Province, Programme and Event of the store (or of ``labels``)."""
    wanted = set(labels) if labels else None
    return [StoredName(row["label"], row["key"], row["name"] or row["key"], tuple(row["aliases"] or ()))
            for row in store.read(internal_statement("actor_names"))
            if wanted is None or row["label"] in wanted]


def names_anything(value: str, names: list[StoredName]) -> bool:
    """Whether ``value`` is a key, or a part of a name or alias, of one of ``names``.

    >>> names = [StoredName("Province", "Province:ศรีสะเกษ", "จังหวัดศรีสะเกษ", ())]
    >>> names_anything("ศรีสะเกษ", names), names_anything("สะเกษ", names), names_anything("ศรีสะเกส", names)
    (True, True, False)
    """
    form = normalize_name(value)
    if not form:
        return True
    return any(value == n.key or form in n.key or any(form in f for f in n.forms) for n in names)


def did_you_mean(value: str, names: list[StoredName]) -> str:
    """``"; did you mean: X, Y?"`` from the names nearest ``value``, or ``""``.

    >>> names = [StoredName("Province", "Province:ศรีสะเกษ", "ศรีสะเกษ", ())]
    >>> did_you_mean("ศรีสะเกส", names), did_you_mean("ขอนแก่น", names)
    ('; did you mean: ศรีสะเกษ?', '')
    """
    shown: dict[str, str] = {}
    for n in names:
        for text in (n.name, *n.aliases):
            shown.setdefault(text, n.name)
    return _hint(value, shown)
