"""The store read back: counts, a canonical dump, what made a node, and the pairs
worth a person's judgement (``edugraph stats``, ``explain``, ``review``).

The importer writes; these functions only read, with the internal statements
of ``queries/internal`` (``graph_stats_*``, ``dump_*``, ``explain_*``,
``find_by_name``).
"""
from __future__ import annotations

from edugraph.constants import MENTIONS
from edugraph.errors import QueryError
from edugraph.graph.keys import normalize_name
from edugraph.graph.names import did_you_mean, stored_names
from edugraph.graph.resolve import resolve
from edugraph.graph.resolve.judgements import Judgements
from edugraph.graph.projections import DERIVED_PROPERTIES
from edugraph.graph.schema import Schema, load_schema
from edugraph.graph.store.base import GraphStore, schema_template
from edugraph.queries.files import internal_statement


#: Document properties that are bookkeeping, not graph: when it was written, and
#: the record resolution is computed from (its ``hash`` stands for it).
NOT_DUMPED = frozenset({"imported_at", "record"})


def graph_stats(store: GraphStore) -> dict:
    """Counts of every node label and fact type (zeros included) and of documents.

    Keys are sorted, so the JSON output is stable.
    """
    schema = load_schema()
    by_label = {row["label"]: row["total"] for row in store.read(internal_statement("graph_stats_nodes"))}
    by_type = {row["type"]: row["total"] for row in store.read(internal_statement("graph_stats_relationships"))}
    return {
        "documents": int(by_label.get(schema.document_label, 0)),
        "nodes": {label: int(by_label.get(label, 0)) for label in sorted(schema.entity_types)},
        "relationships": {rel: int(by_type.get(rel, 0)) for rel in sorted(schema.relation_types)},
    }


def canonical_dump(store: GraphStore) -> dict:
    """Every node and relationship, sorted, without import times and derived
    data (see :func:`edugraph.graph.projections.derived_dump`); lists of
    sources (with their aligned evidence and titles) sorted by source.

    Two stores holding the same graph give equal dumps, whatever the order
    their documents were written in.
    """
    schema = load_schema()
    labels = set(schema.labels)
    nodes = []
    for row in store.read(internal_statement("dump_nodes")):
        if row["label"] not in labels:
            continue
        props = {k: v for k, v in row["properties"].items()
                 if k not in NOT_DUMPED and k not in DERIVED_PROPERTIES}
        nodes.append({"label": row["label"], **props})
    relationships = []
    for row in store.read(internal_statement("dump_relationships")):
        if row["type"] not in schema.relation_types and row["type"] != MENTIONS:
            continue
        props = dict(row["properties"])
        if "sources" in props:
            aligned = sorted(zip(props["sources"], props.get("evidence", []), props.get("titles", [])))
            props["sources"] = [a[0] for a in aligned]
            props["evidence"] = [a[1] for a in aligned]
            props["titles"] = [a[2] for a in aligned]
        relationships.append({"head": row["head"], "type": row["type"], "tail": row["tail"], **props})
    nodes.sort(key=lambda n: (n["label"], n["key"]))
    relationships.sort(key=lambda r: (r["head"], r["type"], r["tail"]))
    return {"nodes": nodes, "relationships": relationships}


def explain(store: GraphStore, key_or_name: str) -> dict:
    """Which names and documents made a node (or what a Document mentions).

    ``key_or_name`` is a node key (``Agency:…``, ``Event:…``, a document's
    source id) or a name or alias, resolved by search; an ambiguous name
    raises :class:`~edugraph.errors.QueryError` listing the candidates.
    """
    schema = load_schema()
    text = (key_or_name or "").strip()
    if not text:
        raise QueryError("give a node key or a name to explain")
    label = text.split(":", 1)[0] if ":" in text else None
    if label in schema.entity_types:
        found = _explain_node(store, label, text)
        if found:
            return found
    rows = store.read(internal_statement("explain_document"), {"key": text})
    if rows:
        props = {k: v for k, v in rows[0]["properties"].items() if k != "record"}
        return {"key": text, "label": schema.document_label, "name": props.get("title") or text,
                "properties": props, "entities": rows[0]["entities"]}
    label, key = _find_by_name(store, schema, text)
    return _explain_node(store, label, key)


def _explain_node(store: GraphStore, label: str, key: str) -> dict | None:
    rows = store.read(schema_template("explain_node", label=label), {"key": key})
    if not rows:
        return None
    props = dict(rows[0]["properties"])
    derived = {name: props.pop(name) for name in DERIVED_PROPERTIES if name in props}
    facts = store.read(schema_template("explain_facts", label=label), {"key": key})
    return {"key": key, "label": label, "name": props.get("name"),
            "aliases": props.get("aliases") or [], "properties": props,
            "derived": derived, "documents": rows[0]["documents"], "facts": facts}


def _find_by_name(store: GraphStore, schema: Schema, text: str) -> tuple[str, str]:
    form = normalize_name(text)
    exact, partial = [], []
    for label in sorted(schema.entity_types):
        for row in store.read(schema_template("find_by_name", label=label), {"text": form}):
            target = exact if form in (row["search"] or "").split("|") else partial
            target.append((label, row["key"], row["name"]))
    candidates = exact or partial
    if len(candidates) == 1:
        return candidates[0][0], candidates[0][1]
    if not candidates:
        raise QueryError(f"no node has the key or name {text!r}{did_you_mean(text, stored_names(store))}")
    shown = "; ".join(f"{key} ({name})" for _, key, name in candidates[:10])
    more = f" and {len(candidates) - 10} more" if len(candidates) > 10 else ""
    raise QueryError(f"{text!r} matches {len(candidates)} nodes: {shown}{more}; give one key")


def stored_records(store: GraphStore) -> dict[str, dict]:
    """Every complete stored document's contract record, by document key."""
    import json

    return {row["key"]: json.loads(row["record"]) for row in store.read(internal_statement("stored_records"))
            if row["record"]}


def review(store: GraphStore, judgements: Judgements | None = None, *, label: str | None = None,
           limit: int | None = None) -> list[dict]:
    """Pairs the resolver compared and did not merge, best first, with their evidence.

    Each pair's ``left``/``right`` are references a judgements file takes
    (``Label:name`` or ``Event:<document>#<local id>``); ``nodes`` gives the
    node each side is in now.  The resolution is recomputed from the stored
    records and ``judgements``, exactly as the next import would.
    """
    schema = load_schema()
    if label is not None and label not in schema.entity_types:
        raise QueryError(f"unknown label {label!r}; one of {sorted(schema.entity_types)}")
    resolution = resolve(stored_records(store), judgements, review=True)
    node_of = resolution.nodes
    pairs = [p for p in resolution.candidates() if label is None or p.label == label]
    rows = []
    for pair in pairs[:limit] if limit else pairs:
        row = pair.to_dict()
        row["nodes"] = [node_of.get(pair.left, pair.left), node_of.get(pair.right, pair.right)]
        rows.append(row)
    return rows
