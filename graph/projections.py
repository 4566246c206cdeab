"""Derived data the importer keeps in step with the facts, so that queries read
an index or a precomputed answer instead of the whole graph (issue 16).

Everything here is *derived*: it can be thrown away and recomputed from the
facts and MENTIONS at any time (:func:`rebuild_projections`, the CLI's
``edugraph rebuild-projections``), exports and the networkx view leave it
out, and ``edugraph explain`` shows it apart from the node's own properties.

* **Name lookup.**  ``(:NameKey {key})-[:NAMES]->(node)`` for every
  normalised name and alias of a node (the forms of its ``search``, read
  from its MENTIONS) and for
  its key, so that "a name, an alias or a key" is one exact index seek on
  ``NameKey.key``.  ``(:NameGram {key, size})-[:GRAM_OF]->(:NameKey)`` for
  each lower-case character trigram and pair of a name (Thai has no spaces to split
  words on), so that a part of a name is found from its rarest trigram
  instead of a scan.  The entries and trigrams are computed here in Python
  and written as parameters (no string building in Cypher).
* **CO_SIGNED** ``(a)-[:CO_SIGNED {count, events, first, last, label}]->(b)``
  between two signers of the same events (``a.key < b.key``).
* **Actor reach** on Person and Agency nodes: ``reach_provinces``,
  ``reach_province_count``, ``reach_events``, ``reach_partners`` (what
  ``brokers`` and ``agencies_most_provinces`` rank by).
* **Province activity** on Province nodes: ``programmes``,
  ``programme_count``, ``event_years`` and ``event_year_counts``.

A batch updates only what it touches: the nodes its documents mention (the
new and the withdrawn ones), the events they take part in, and what those
were linked to before the batch (read by :func:`read_before`).  The
projection statements join the batch's write unit (one transaction on Neo4j;
on FalkorDB they run before the stale marks are cleared, so an interrupted
import repairs them with the stale nodes).  The name lookup is written just
after the unit and records on each node which names it indexed
(``indexed_names``), so an interrupted import finds the nodes it missed.

>>> name_grams("กสศ.")
['.||', 'กส', 'กสศ', 'ศ.', 'ศ.|', 'สศ', 'สศ.']
>>> name_grams("AB")
['ab', 'ab|', 'b||']
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from edugraph.graph.keys import MAX_KEY_BYTES
from edugraph.graph.schema import Schema, load_schema
from edugraph.graph.store.base import (DERIVED_LABELS, DERIVED_RELATIONSHIPS, PROJECTION_INDEXES,
                                       GraphStore, Statement, schema_template)
from edugraph.queries.files import internal_statement as _body  # the statement without its // comments

__all__ = ["DERIVED_LABELS", "DERIVED_RELATIONSHIPS", "DERIVED_PROPERTIES", "PROJECTION_INDEXES",
           "name_grams", "read_before", "projection_statements", "repair_statements",
           "refresh_name_lookup", "release_orphans_statement", "unindexed_nodes", "rebuild_projections",
           "derived_dump"]
#: Properties of entity nodes that are derived (left out of exports and dumps).
DERIVED_PROPERTIES = ("indexed_names", "reach_provinces", "reach_province_count", "reach_events",
                      "reach_partners", "programmes", "programme_count", "event_years",
                      "event_year_counts")
GRAM_SIZE = 3
GRAM_PAD = "|"          # never in a name form: `search` joins forms with it
TAKES_PART = ("SIGNED", "WITNESSED", "CHAIRED", "ORGANIZED", "SUPPORTED", "SPOKE_AT", "PARTICIPATED")
ACTOR_LABELS = ("Agency", "Person")         # sorted: a CO_SIGNED pair's labels follow key order
REBUILD_BATCH = 500


def name_grams(form: str) -> list[str]:
    """The lower-case character trigrams of a normalised name, padded at the end
    with ``|`` so that one starts at every character (a one-character text is
    found as the prefix of a trigram), and its character pairs, so that a
    two-character text (an abbreviation: ศธ) is one index seek, not a scan of
    every trigram; sorted, once each."""
    text = form.lower() + GRAM_PAD * (GRAM_SIZE - 1)
    lower = form.lower()
    return sorted({text[i:i + GRAM_SIZE] for i in range(len(form))}
                  | {lower[i:i + 2] for i in range(len(lower) - 1)})


# -- before a batch ----------------------------------------------------------------------

@dataclass
class BeforeState:
    """What the touched events and agencies were linked to before a batch."""

    pairs: dict[tuple[str, str], set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    actors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    provinces: set[str] = field(default_factory=set)


def read_before(store: GraphStore, touched: dict[str, set[str]]) -> BeforeState:
    """Signer pairs, participants and provinces of the touched events, and the
    provinces of the touched agencies, as stored before the batch writes."""
    before = BeforeState()
    events = sorted(touched.get("Event", ()))
    if events:
        signers: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for row in store.read(_body("projection_before"), {"events": events}):
            before.provinces.update(row["provinces"] or [])
            if row["actor"] is None:
                continue
            before.actors[row["label"]].add(row["actor"])
            if row["relation"] == "SIGNED":
                signers[row["event"]].add((row["label"], row["actor"]))
        for group in signers.values():
            for (la, a), (lb, b) in combinations(sorted(group, key=lambda s: s[1]), 2):
                before.pairs[(la, lb)].add((a, b))
    agencies = sorted(touched.get("Agency", ()))
    if agencies:
        before.provinces.update(row["province"] for row in
                                store.read(_body("projection_located"), {"agencies": agencies}))
    return before


def _current_pairs(store: GraphStore, actors: dict[str, set[str]]) -> BeforeState:
    """Every CO_SIGNED pair of the given actors (repair: what they signed before is gone)."""
    before = BeforeState()
    for label in ACTOR_LABELS:
        keys = sorted(actors.get(label, ()))
        if not keys:
            continue
        rows = store.read(schema_template("co_signed_of", label=label), {"keys": keys})
        for row in rows:
            a, b = sorted([(label, row["x"]), (row["label"], row["y"])], key=lambda s: s[1])
            before.pairs[(a[0], b[0])].add((a[1], b[1]))
    return before


# -- inside the unit ------------------------------------------------------------------------

def projection_statements(touched: dict[str, set[str]], before: BeforeState) -> list[Statement]:
    """The statements that bring CO_SIGNED, actor reach and province activity up to
    date for a batch that touched ``touched`` (label → keys); run after the facts."""
    statements: list[Statement] = []
    events = sorted(touched.get("Event", ()))
    for (la, lb), pairs in sorted(before.pairs.items()):
        rows = [{"a": a, "b": b} for a, b in sorted(pairs)]
        statements.append((schema_template("co_signed_clear", head=la, tail=lb), {"pairs": rows}))
        statements.append((schema_template("co_signed_pairs", head=la, tail=lb), {"pairs": rows}))
    if events:
        statements.append((_body("co_signed_events"), {"events": events}))
    people = sorted(set(touched.get("Person", ())) | before.actors.get("Person", set()))
    agencies = sorted(set(touched.get("Agency", ())) | before.actors.get("Agency", set()))
    if events or people or agencies:
        statements.append((_body("reach_refresh"),
                           {"events": events, "people": people, "agencies": agencies}))
    provinces = sorted(set(touched.get("Province", ())) | before.provinces)
    touched_agencies = sorted(touched.get("Agency", ()))
    if events or provinces or touched_agencies:
        statements.append((_body("province_refresh"),
                           {"events": events, "provinces": provinces, "agencies": touched_agencies}))
    return statements


def unmark_statement(sources: list[str]) -> Statement:
    """The statement that opens a withdrawal: the mentioned nodes' derived data
    is pending until :func:`refresh_name_lookup` marks them done again."""
    return (_body("derived_unmark"), {"sources": sources})


def repair_derived(store: GraphStore, schema: Schema | None = None) -> int:
    """Finish the derived data of nodes an interrupted import left pending (or
    of every node of a store that never had it); returns how many."""
    pending = unindexed_nodes(store, schema)
    for label in sorted(pending):
        keys = sorted(pending[label])
        for start in range(0, len(keys), REBUILD_BATCH):
            batch = {label: set(keys[start:start + REBUILD_BATCH])}
            statements = repair_statements(store, batch)
            if statements:
                store.write_unit(statements)
            refresh_name_lookup(store, batch)
    return sum(len(keys) for keys in pending.values())


def repair_statements(store: GraphStore, stale: dict[str, set[str]]) -> list[Statement]:
    """Projection statements for nodes whose derived data is pending: every pair
    of their current CO_SIGNED edges is recomputed, since the documents that
    linked them before may be gone."""
    before = _current_pairs(store, stale)
    before.provinces |= set(stale.get("Province", ()))
    extra = read_before(store, stale)
    for labels, pairs in extra.pairs.items():
        before.pairs[labels] |= pairs
    for label, keys in extra.actors.items():
        before.actors[label] |= keys
    before.provinces |= extra.provinces
    return projection_statements(stale, before)


# -- the name lookup (after the unit) ------------------------------------------------------------

def release_orphans_statement(candidates: dict[str, set[str]]) -> Statement:
    """The statement, run just before ``delete_orphans``, that drops the lookup
    entries of the candidates that are about to be deleted."""
    keys = sorted(key for keys in candidates.values() for key in keys)
    return (_body("lookup_release_orphans"), {"keys": keys})


def node_forms(label: str, key: str, named: list[str | None]) -> set[str]:
    """The normalised names a node is found by: what its documents called it
    (``named``: an event's titles or "type date", another node's names), and,
    but for events, the name in its key.

    Abbreviations are found with or without their dots, as people write them
    both ways (``สพฐ.`` and ``สพฐ``, ``สป.ศธ.`` and ``สปศธ``).

    >>> sorted(node_forms("Agency", "Agency:กสศ", ["กสศ."]))
    ['กสศ', 'กสศ.']
    >>> sorted(node_forms("Agency", "Agency:สำนักงานปลัดกระทรวงศึกษาธิการ", ["สป.ศธ."]))
    ['สป.ศธ.', 'สปศธ', 'สำนักงานปลัดกระทรวงศึกษาธิการ']
    >>> sorted(node_forms("Event", "Event:signing:2024-01-02:สตูล", ["signing2024-01-02", "ลงนาม สพฐ.", None]))
    ['signing2024-01-02', 'ลงนาม สพฐ.']
    """
    forms = {form for form in named if form}
    if label == "Event":
        return forms
    forms.add(key.split(":", 1)[1])
    return forms | {form.replace(".", "") for form in forms if "." in form and form.strip(".")}


def entry_key(form: str) -> str:
    """The NameKey key of a name: the name itself, or, for a name longer than a
    key may be (FalkorDB's unique index fails on values of tens of kilobytes),
    its beginning and a hash; the whole name is then kept in ``form``.

    >>> entry_key("กสศ.")
    'กสศ.'
    >>> len(entry_key("ก" * 2000)) < 300
    True
    """
    if len(form.encode("utf-8")) <= MAX_KEY_BYTES:
        return form
    return form[:64] + "#" + hashlib.sha256(form.encode("utf-8")).hexdigest()


def refresh_name_lookup(store: GraphStore, touched: dict[str, set[str]]) -> int:
    """Bring the name lookup of the ``touched`` nodes up to date (entries of
    deleted nodes went with them: :func:`release_orphans_statement`).
    Returns how many nodes' entries changed."""
    changed = 0
    add_rows: dict[str, dict] = {}
    links: dict[str, list[dict]] = defaultdict(list)
    unlinks: dict[str, list[dict]] = defaultdict(list)
    maybe_unused: set[str] = set()
    for label in sorted(touched):
        keys = sorted(touched[label])
        if not keys:
            continue
        for row in store.read(schema_template("lookup_state", label=label), {"keys": keys}):
            forms = node_forms(label, row["key"], row["forms"])
            search = "|".join(sorted(forms))
            if row["indexed"] == search:
                continue
            changed += 1
            entries = {entry_key(form): form for form in forms}
            wanted = set(entries) | {row["key"]}
            have = set(row["entries"] or [])
            for entry in sorted(set(entries) - have):
                form = entries[entry]
                add_rows.setdefault(entry, {"key": entry, "grams": name_grams(form),
                                            "form": form if entry != form else None})
            if row["key"] not in have:
                add_rows.setdefault(row["key"], {"key": row["key"], "grams": [], "form": None})
            links[label].append({"node": row["key"], "indexed": search, "add": sorted(wanted - have)})
            for entry in sorted(have - wanted):
                unlinks[label].append({"node": row["key"], "entry": entry})
                maybe_unused.add(entry)
    statements: list[Statement] = []
    if add_rows:
        stored = {row["key"] for row in store.read(_body("lookup_stored_entries"), {"keys": sorted(add_rows)})}
        rows = [add_rows[k] for k in sorted(add_rows) if k not in stored]
        for start in range(0, len(rows), REBUILD_BATCH):
            statements.append(add_entries_statement(rows[start:start + REBUILD_BATCH]))
    for label in sorted(links):
        statements.append((schema_template("lookup_link", label=label), {"rows": links[label]}))
    for label in sorted(unlinks):
        statements.append((schema_template("lookup_unlink", label=label), {"rows": unlinks[label]}))
    if maybe_unused:
        statements.append((_body("lookup_drop_unused"), {"keys": sorted(maybe_unused)}))
    if statements:
        store.write_unit(statements)
    return changed


def add_entries_statement(rows: list[dict]) -> Statement:
    """The statement creating new lookup entries (``rows``: key, grams, form) and
    their gram links, each distinct gram listed once with the positions of its entries.

    >>> cypher, params = add_entries_statement([{"key": "ab", "grams": ["ab", "b||"], "form": None},
    ...                                         {"key": "b", "grams": ["b||"], "form": None}])
    >>> params["rows"]
    [{'key': 'ab', 'grams': 2, 'form': None}, {'key': 'b', 'grams': 1, 'form': None}]
    >>> params["grams"]
    [{'gram': 'ab', 'entries': [0]}, {'gram': 'b||', 'entries': [0, 1]}]
    """
    entries: dict[str, list[int]] = defaultdict(list)
    for position, row in enumerate(rows):
        for gram in row["grams"]:
            entries[gram].append(position)
    return (_body("lookup_add_entries"),
            {"rows": [{"key": row["key"], "grams": len(row["grams"]), "form": row["form"]} for row in rows],
             "grams": [{"gram": gram, "entries": entries[gram]} for gram in sorted(entries)]})


def unindexed_nodes(store: GraphStore, schema: Schema | None = None) -> dict[str, set[str]]:
    """Nodes whose lookup entries are pending (see ``lookup_unindexed``)."""
    schema = schema or load_schema()
    found: dict[str, set[str]] = {}
    for label in schema.entity_types:
        keys = {row["key"] for row in store.read(schema_template("lookup_unindexed", label=label))}
        if keys:
            found[label] = keys
    return found


# -- rebuild --------------------------------------------------------------------------------------

def rebuild_projections(store: GraphStore) -> dict[str, int]:
    """Throw every derived node, relationship and property away and compute them
    again from the facts, in batches.  Returns counts of what was rebuilt.
    The caller holds the import lock."""
    schema = load_schema()
    store.ensure_schema()
    for label in DERIVED_LABELS:
        while store.write(schema_template("derived_drop_lookup", label=label),
                          {"batch": 10_000})[0]["deleted"]:
            pass
    while store.write(_body("co_signed_drop"), {"batch": 10_000})[0]["deleted"]:
        pass
    keys: dict[str, list[str]] = {}
    for label in sorted(schema.entity_types):
        store.write(schema_template("derived_clear", label=label))
        keys[label] = [row["key"] for row in store.read(schema_template("all_keys", label=label))]
    for label in sorted(keys):
        for start in range(0, len(keys[label]), REBUILD_BATCH):
            batch = sorted(keys[label][start:start + REBUILD_BATCH])
            store.write_unit(_rebuild_statements(label, batch))
            refresh_name_lookup(store, {label: set(batch)})
    counts = {"nodes": sum(len(v) for v in keys.values())}
    for label in DERIVED_LABELS:
        counts[label] = int(store.read(schema_template("count_label", label=label))[0]["total"])
    counts["CO_SIGNED"] = int(store.read(_body("co_signed_count"))[0]["total"])
    return counts


def _rebuild_statements(label: str, keys: list[str]) -> list[Statement]:
    """Each projection once, from the label that owns it."""
    if label == "Event":
        return [(_body("co_signed_events"), {"events": keys})]
    if label in ACTOR_LABELS:
        return [(_body("reach_refresh"), {"events": [], "people": keys if label == "Person" else [],
                                          "agencies": keys if label == "Agency" else []})]
    if label == "Province":
        return [(_body("province_refresh"), {"events": [], "provinces": keys, "agencies": []})]
    return []


def derived_dump(store: GraphStore) -> dict:
    """Every derived node, relationship and property, sorted (to compare an
    incrementally kept store against a rebuilt one).  NameGram ``size`` is a
    hint and left out; the trigram links are compared instead."""
    schema = load_schema()
    properties = []
    for label in sorted(schema.entity_types):
        for row in store.read(schema_template("derived_properties", label=label)):
            derived = {k: row["properties"][k] for k in DERIVED_PROPERTIES
                       if row["properties"].get(k) is not None}
            if derived:
                properties.append({"key": row["key"], **derived})
    co_signed = [{"a": r["a"], "b": r["b"], **dict(r["properties"])}
                 for r in store.read(_body("derived_co_signed"))]
    return {"properties": properties, "names": store.read(_body("derived_names")),
            "grams": store.read(_body("derived_grams")), "co_signed": co_signed,
            "unused_entries": store.read(_body("derived_unused"))}
