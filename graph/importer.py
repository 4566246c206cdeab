"""Records → store: one node per actor across releases, provenance on every fact,
incremental and convergent re-import (docs/ARCHITECTURE.md §2).

A record is the extraction contract's JSON for one document plus ``source``,
``title``, ``url``, ``hash`` (and optionally ``origin``).  Documents are
written in batches; one batch is one unit in which the previous version of
every changed document is withdrawn and the new one written, and only after
that unit the documents' hashes are set.  On Neo4j a unit is one transaction.
FalkorDB has none, so a unit there is made safe to interrupt: its first
statement marks the documents it withdraws incomplete and the nodes they
mention ``stale`` (atomically); the last ones delete orphaned nodes and
re-derive the properties of touched nodes, clearing the mark.  A document
whose stored hash equals its new hash is complete and skipped; anything else
is withdrawn and written again, and every import starts by repairing stale
nodes: that is what makes an import killed at any point converge when it is
run again.

Identity: an entity's key is its type and normalised canonical name
(:mod:`edugraph.graph.keys`); before that, :class:`AliasResolver` maps a name
or alias that equals (normalised) the name or alias of an existing node of
the same type to that node.  Node properties are not "last writer wins": they
are derived from all the node's MENTIONS (latest release first), so they do
not depend on the order in which documents arrive.

>>> resolver = AliasResolver()
>>> resolver.add("d1", "Agency", "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา",
...              "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", ["สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", "กสศ."])
>>> resolver.resolve("Agency", "กสศ.", [])
'Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา'
>>> resolver.resolve("Agency", "มูลนิธิสยามกัมมาจล", [])
'Agency:มูลนิธิสยามกัมมาจล'
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from edugraph.errors import RecordError, RunInterrupted, internal_reason
from edugraph.graph.keys import document_key, event_key, name_key, normalize_name
from edugraph.graph.record import MENTION_PROPERTIES, check_record
from edugraph.graph.schema import Schema, load_schema
from edugraph.graph.store.base import GraphStore, Statement, schema_template
from edugraph.queries.files import internal_statement

DEFAULT_BATCH_SIZE = 200



# -- results -----------------------------------------------------------------------

@dataclass
class ChangeCounts:
    """How many documents, nodes and relationships a write changed."""

    documents_new: int = 0
    documents_changed: int = 0
    documents_unchanged: int = 0
    documents_removed: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_removed: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    relationships_removed: int = 0

    def copy_counts_from(self, other: "ChangeCounts") -> None:
        for name in ChangeCounts.__dataclass_fields__:
            setattr(self, name, getattr(other, name))


@dataclass
class ImportResult(ChangeCounts):
    """What an import or a withdrawal changed."""

    rejected: list[dict] = field(default_factory=list)   # [{"source", "reason"}]

    def to_dict(self) -> dict:
        return asdict(self)


# -- records -------------------------------------------------------------------------

@dataclass
class Mention:
    """One entity of one document, resolved to a node."""

    label: str
    key: str
    create_name: str          # the node's name should this mention create it
    properties: dict          # the MENTIONS relationship's properties


@dataclass
class Fact:
    type: str
    head_label: str
    head: str
    tail_label: str
    tail: str
    evidence: str
    title: str


@dataclass
class PreparedDocument:
    source: str
    hash: str
    document: dict            # the Document node's properties (without hash)
    record: dict
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def record_hash(record: dict) -> str:
    """The record's own ``hash``, else a sha256 of its canonical JSON.

    >>> record_hash({"hash": "abc"})
    'abc'
    >>> record_hash({"doc": "a"}) == record_hash({"doc": "a"})
    True
    """
    if record.get("hash"):
        return str(record["hash"])
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def prepare_record(record: dict, schema: Schema | None = None) -> PreparedDocument:
    """Check a record (:func:`edugraph.graph.record.check_record`) and gather its Document node.

    Raises :class:`~edugraph.errors.RecordError` with a one-line reason.
    """
    source = check_record(record, schema)
    document = {
        "key": document_key(source),
        "source": source,
        "title": record.get("title") or None,
        "published": record.get("published") or None,
        "url": record.get("url") or None,
        "origin": record.get("origin") or None,
    }
    return PreparedDocument(source=source, hash=record_hash(record), document=document,
                            record=record)


def _names(entity: dict) -> list[str]:
    """The entity's name then aliases, one per normalised form, in the record's order."""
    names, forms = [], set()
    for name in [entity.get("name")] + list(entity.get("aliases") or []):
        form = normalize_name(name)
        if form and form not in forms:
            forms.add(form)
            names.append(name)
    return names


# -- identity ---------------------------------------------------------------------------

class AliasResolver:
    """Which existing node a name belongs to, from the names documents gave nodes.

    Deterministic, and wary of false merges (two actors conflated is worse
    than one actor split): an entity resolves to the node its name makes the
    key of; else to the one node that has its name as a name or alias (a form
    several nodes share, such as a bare "ศธจ.", is ambiguous and ignored);
    else to a node whose own name is one of the entity's aliases.  Alias
    matching alias is not enough (two provincial offices both called "ศธจ."
    stay two).  Documents are added and removed as the import
    proceeds, so a document resolves against exactly the documents before it.
    """

    def __init__(self) -> None:
        self._forms: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._node_documents: dict[str, set[str]] = defaultdict(set)
        self._names: dict[str, str] = {}
        self._by_document: dict[str, list[tuple[str, str, list[str]]]] = defaultdict(list)

    def add(self, document: str, label: str, key: str, name: str, names: Iterable[str]) -> None:
        """Record that ``document`` calls node ``key`` by ``names``."""
        forms = [normalize_name(n) for n in names]
        self._names.setdefault(key, name)
        self._node_documents[key].add(document)
        self._by_document[document].append((label, key, forms))
        for form in forms:
            self._forms[(label, form)][key].add(document)

    def add_forms(self, document: str, label: str, key: str, name: str, forms: list[str]) -> None:
        """Like :meth:`add` with names already normalised (as stored on MENTIONS)."""
        self._names.setdefault(key, name)
        self._node_documents[key].add(document)
        self._by_document[document].append((label, key, list(forms)))
        for form in forms:
            self._forms[(label, form)][key].add(document)

    def remove_document(self, document: str) -> None:
        """Forget what ``document`` said (it is being withdrawn or replaced)."""
        for label, key, forms in self._by_document.pop(document, []):
            for form in forms:
                holders = self._forms.get((label, form))
                if holders and key in holders:
                    holders[key].discard(document)
                    if not holders[key]:
                        del holders[key]
            self._node_documents[key].discard(document)
            if not self._node_documents[key]:
                del self._node_documents[key]
                self._names.pop(key, None)

    def exists(self, key: str) -> bool:
        return key in self._node_documents

    def name_of(self, key: str) -> str | None:
        return self._names.get(key)

    def resolve(self, label: str, name: str, aliases: Iterable[str]) -> str:
        """The key of the node ``name`` (or one of ``aliases``) belongs to."""
        own = name_key(label, name)
        if self.exists(own):
            return own
        holders = self._forms.get((label, normalize_name(name)))
        if holders and len(holders) == 1:
            return next(iter(holders))
        for alias in aliases:
            if normalize_name(alias) and self.exists(name_key(label, alias)):
                return name_key(label, alias)
        return own

    @classmethod
    def from_store(cls, store: GraphStore, schema: Schema | None = None) -> "AliasResolver":
        """A resolver holding every name stored documents gave every named node."""
        schema = schema or load_schema()
        resolver = cls()
        for label in schema.entity_types:
            if label == "Event":
                continue
            rows = store.read(schema_template("resolver_names", label=label))
            for row in sorted(rows, key=lambda r: (r["document"], r["key"])):
                resolver.add_forms(row["document"], label, row["key"], row["name"], row["norms"] or [])
        return resolver


def resolve_document(doc: PreparedDocument, resolver: AliasResolver) -> None:
    """Fill ``doc.mentions`` and ``doc.facts`` with node keys, updating ``resolver``."""
    record, source = doc.record, doc.source
    keys: dict[str, tuple[str, str]] = {}
    mentions: dict[str, Mention] = {}

    def mention(label: str, key: str, create_name: str, properties: dict) -> None:
        known = mentions.get(key)
        if known is None:
            mentions[key] = Mention(label, key, create_name, properties)
            return
        # Two entities of one document resolved to one node: one MENTIONS
        # with both names; the first entity's properties win.
        merged = dict(properties)
        merged.update(known.properties)
        for field_name in ("names", "norms"):
            if field_name in known.properties:
                combined = list(known.properties[field_name])
                for value in properties.get(field_name, []):
                    if value not in combined:
                        combined.append(value)
                merged[field_name] = combined
        known.properties = merged

    for entity in record["entities"]:
        label = entity["type"]
        if label == "Event":
            continue
        names = _names(entity)
        key = resolver.resolve(label, names[0], names[1:])
        create_name = resolver.name_of(key) or entity["name"]
        properties = {"names": names, "norms": [normalize_name(n) for n in names],
                      "local_id": entity["id"]}
        properties.update({p: entity[p] for p in MENTION_PROPERTIES[label] if entity.get(p)})
        resolver.add(source, label, key, create_name, names)
        keys[entity["id"]] = (label, key)
        mention(label, key, create_name, properties)

    held_in: dict[str, list[str]] = defaultdict(list)
    for relation in record["relations"]:
        if relation["type"] == "HELD_IN":
            _, province_key = keys[relation["tail"]]
            held_in[relation["head"]].append(province_key.split(":", 1)[1])
    for entity in record["entities"]:
        if entity["type"] != "Event":
            continue
        province = min(held_in[entity["id"]]) if held_in.get(entity["id"]) else \
            (normalize_name(entity.get("province")) or None)
        key = event_key(entity["event_type"], entity.get("date"), province,
                        document=source, local_id=entity["id"])
        display = entity.get("title") or f"{entity['event_type']} {entity.get('date') or 'undated'}"
        properties = {"names": [entity["title"]] if entity.get("title") else [],
                      "norms": [normalize_name(entity["title"])] if entity.get("title") else [],
                      "norm": normalize_name(display), "display": display,
                      "local_id": entity["id"]}
        properties.update({p: entity[p] for p in MENTION_PROPERTIES["Event"] if entity.get(p)})
        if province:
            properties["province"] = province
        keys[entity["id"]] = ("Event", key)
        mention("Event", key, display, properties)

    facts: dict[tuple[str, str, str], Fact] = {}
    for relation in record["relations"]:
        head_label, head = keys[relation["head"]]
        tail_label, tail = keys[relation["tail"]]
        identity = (head, relation["type"], tail)
        if identity not in facts:         # a fact stated twice in one release counts once
            title = relation.get("title") or "" if relation["type"] == "HOLDS_POSITION" else ""
            facts[identity] = Fact(relation["type"], head_label, head, tail_label, tail,
                                   relation.get("evidence") or "", title)
    doc.mentions = list(mentions.values())
    doc.facts = list(facts.values())


# -- statements ----------------------------------------------------------------------------

def _withdrawal_statements(sources: list[str]) -> list[Statement]:
    params = {"sources": sources}
    return [(internal_statement("mark_stale"), params),
            (internal_statement("withdraw_facts_drop"), params),
            (internal_statement("withdraw_facts_trim"), params),
            (internal_statement("withdraw_documents"), params)]


def _write_statements(docs: list[PreparedDocument], imported_at: str) -> tuple[list[Statement], list[str]]:
    """The statements writing ``docs``, and the kind of each ('documents', 'entities', 'facts')."""
    statements: list[Statement] = []
    kinds: list[str] = []
    rows = [{**doc.document, "imported_at": imported_at} for doc in docs]
    statements.append((internal_statement("write_documents"), {"rows": rows}))
    kinds.append("documents")

    entity_rows: dict[str, list[dict]] = defaultdict(list)
    create_names: dict[str, str] = {}
    for doc in docs:
        for m in doc.mentions:
            # Every row of one key carries the same name: FalkorDB applies
            # ON CREATE SET for each duplicate row of a MERGE in one UNWIND.
            create_names.setdefault(m.key, m.create_name)
            entity_rows[m.label].append({"document": doc.document["key"], "key": m.key,
                                         "name": create_names[m.key], "mention": m.properties})
    for label in sorted(entity_rows):
        statements.append((schema_template("write_entities", label=label), {"rows": entity_rows[label]}))
        kinds.append("entities")

    grouped: dict[tuple[str, str, str], dict[tuple[str, str], dict]] = defaultdict(dict)
    for doc in docs:
        for fact in doc.facts:
            group = grouped[(fact.type, fact.head_label, fact.tail_label)]
            row = group.setdefault((fact.head, fact.tail), {"head": fact.head, "tail": fact.tail,
                                                            "sources": [], "evidence": [], "titles": []})
            row["sources"].append(doc.document["key"])
            row["evidence"].append(fact.evidence)
            row["titles"].append(fact.title)
    for (rel_type, head, tail) in sorted(grouped):
        statements.append((schema_template("write_facts", type=rel_type, head=head, tail=tail),
                           {"rows": list(grouped[(rel_type, head, tail)].values())}))
        kinds.append("facts")
    return statements, kinds


def _cleanup_statements(touched: dict[str, set[str]], orphan_candidates: dict[str, set[str]]
                        ) -> tuple[list[Statement], list[str]]:
    statements, kinds = [], []
    for label in sorted(orphan_candidates):
        if orphan_candidates[label]:
            statements.append((schema_template("delete_orphans", label=label),
                               {"keys": sorted(orphan_candidates[label])}))
            kinds.append("orphans")
    for label in sorted(touched):
        if touched[label]:
            if label == "Event":
                params = {"keys": sorted(touched[label])}
                statements.append((internal_statement("refresh_events"), params))
            else:
                params = {"rows": [{"key": key, "own": key.split(":", 1)[1]}
                                   for key in sorted(touched[label])]}
                statements.append((schema_template("refresh_entities", label=label), params))
                statements.append((schema_template("refresh_names", label=label), params))
                kinds.append("refresh")
            kinds.append("refresh")
    return statements, kinds


def search_text(own: str | None, forms: Iterable[str]) -> str:
    """A node's ``search``: its own normalised name first (entities; events
    have none), then its other normalised forms, sorted, joined by ``|``.

    Built here and written as a parameter, never by string ``+`` in Cypher:
    FalkorDB's concatenation returns the first 511 bytes of a left operand of
    exactly 512 bytes and drops the right one, cutting a Thai character in
    half (invalid UTF-8 that no command could read back).

    >>> search_text("กสศ", ["กองทุนกสศ", "กสศ", "กสศ."])
    'กสศ|กสศ.|กองทุนกสศ'
    >>> search_text(None, ["ประชุม 2024-01-02", "ลงนาม"])
    'ประชุม 2024-01-02|ลงนาม'
    """
    others = sorted({form for form in forms if form and form != own})
    return "|".join(([own] if own else []) + others)


def refresh_search(store: GraphStore, touched: dict[str, set[str]]) -> None:
    """Rebuild ``search`` of the ``touched`` nodes (label → keys) from their
    MENTIONS, and clear their ``stale`` mark: the last step of re-deriving
    node properties, before the documents' hashes are written."""
    for label in sorted(touched):
        keys = sorted(touched[label])
        if not keys:
            continue
        rows = [{"key": row["key"],
                 # An entity's key ends in its normalised name; an event's does not.
                 "search": search_text(None if label == "Event" else row["key"].split(":", 1)[1],
                                       row["forms"] or [])}
                for row in store.read(schema_template("search_forms", label=label), {"keys": keys})]
        store.write(schema_template("set_search", label=label), {"rows": rows})


# -- the importer ------------------------------------------------------------------------------

@dataclass(frozen=True)
class StoredDocument:
    hash: str            # "" while the document is incomplete
    origin: str | None


def read_stored_documents(store: GraphStore) -> dict[str, StoredDocument]:
    """Every stored document: source → (hash, origin)."""
    return {row["source"]: StoredDocument(row["hash"] or "", row["origin"])
            for row in store.read(internal_statement("stored_documents"))}


def stored_documents(store: GraphStore) -> dict[str, str]:
    """Source → content hash of every stored document ("" for one left incomplete)."""
    return {source: doc.hash for source, doc in read_stored_documents(store).items()}


class Importer:
    """Incremental import into one store; feed records, then :meth:`flush`.

    The caller holds the store's import lock (``store.import_lock()``) when
    other importers may run at the same time.
    """

    def __init__(self, store: GraphStore, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 known: dict[str, StoredDocument] | None = None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.batch_size = batch_size
        self.schema = load_schema()
        store.ensure_schema()
        self.known = dict(known) if known is not None else read_stored_documents(store)
        self.result = ImportResult()
        self._pending: list[PreparedDocument] = []
        self._pending_sources: set[str] = set()
        self._withdrawals: list[str] = []
        self._resolver: AliasResolver | None = None
        self._repair()

    def _repair(self) -> None:
        """Finish what an interrupted import left: nodes still marked stale."""
        stale: dict[str, set[str]] = {}
        for label in self.schema.entity_types:
            keys = {row["key"] for row in self.store.read(schema_template("stale_nodes", label=label))}
            if keys:
                stale[label] = keys
        if stale:
            statements, _ = _cleanup_statements(stale, stale)
            self.store.write_unit(statements)
            refresh_search(self.store, stale)

    def is_current(self, source: str, content_hash: str | None) -> bool:
        """Whether ``source`` is stored complete with this hash (nothing to do)."""
        stored = self.known.get(document_key(source))
        return bool(content_hash) and stored is not None and stored.hash == content_hash

    def add(self, record: dict) -> bool:
        """Queue one record; False when it was rejected (see ``result.rejected``)."""
        try:
            doc = prepare_record(record, self.schema)
        except RunInterrupted:
            raise
        except Exception as err:  # noqa: BLE001 — RecordError, or a failure nobody foresaw: this record only
            source = record.get("source") or record.get("doc") if isinstance(record, dict) else None
            reason = str(err) if isinstance(err, RecordError) else internal_reason(err)
            self.result.rejected.append({"source": source or "(unknown)", "reason": reason})
            return False
        if self.is_current(doc.source, doc.hash):
            self.result.documents_unchanged += 1
            return True
        if doc.document["key"] in self._pending_sources:
            self.flush()              # the same source twice: the later record replaces the earlier
        self._pending.append(doc)
        self._pending_sources.add(doc.document["key"])
        if len(self._pending) >= self.batch_size:
            self.flush()
        return True

    def withdraw(self, sources: Iterable[str]) -> None:
        """Queue stored documents for withdrawal (unknown sources are ignored)."""
        for source in sources:
            key = document_key(source)
            if key in self.known and key not in self._withdrawals:
                self._withdrawals.append(key)
        if len(self._withdrawals) >= self.batch_size:
            self.flush()

    def flush(self) -> ImportResult:
        """Write everything queued; returns the running result."""
        while self._withdrawals:
            batch, self._withdrawals = self._withdrawals[:self.batch_size], self._withdrawals[self.batch_size:]
            self._write_batch([], batch)
        if self._pending:
            batch, self._pending, self._pending_sources = self._pending, [], set()
            self._write_batch(batch, [])
        return self.result

    # -- one unit --

    def _resolver_for(self) -> AliasResolver:
        if self._resolver is None:
            self._resolver = AliasResolver.from_store(self.store, self.schema)
        return self._resolver

    def _write_batch(self, docs: list[PreparedDocument], withdrawn: list[str]) -> None:
        resolver = self._resolver_for()
        replaced = [doc.document["key"] for doc in docs if doc.document["key"] in self.known]
        gone = withdrawn + replaced
        orphan_candidates: dict[str, set[str]] = defaultdict(set)
        if gone:
            for row in self.store.read(internal_statement("mentioned_nodes"), {"sources": gone}):
                if row["label"] in self.schema.entity_types:
                    orphan_candidates[row["label"]].add(row["key"])
        for source in withdrawn:
            resolver.remove_document(source)
        for doc in docs:
            resolver.remove_document(doc.document["key"])
            resolve_document(doc, resolver)

        touched: dict[str, set[str]] = defaultdict(set)
        for label, keys in orphan_candidates.items():
            touched[label] |= keys
        for doc in docs:
            for m in doc.mentions:
                touched[m.label].add(m.key)

        statements, kinds = [], []
        if gone:
            statements += _withdrawal_statements(gone)
            kinds += ["stale", "drop", "trim", "withdraw"]
        if docs:
            written, written_kinds = _write_statements(docs, _now())
            statements += written
            kinds += written_kinds
        cleanup, cleanup_kinds = _cleanup_statements(touched, orphan_candidates)
        statements += cleanup
        kinds += cleanup_kinds

        counters = self.store.write_unit(statements)
        refresh_search(self.store, touched)
        if docs:
            self.store.write(internal_statement("set_hashes"),
                             {"rows": [{"key": d.document["key"], "hash": d.hash} for d in docs]})
        self._count(counters, kinds, statements, touched)
        for doc in docs:
            if doc.document["key"] in self.known:
                self.result.documents_changed += 1
            else:
                self.result.documents_new += 1
            self.known[doc.document["key"]] = StoredDocument(doc.hash, doc.document["origin"])
        for source in withdrawn:
            self.known.pop(source, None)
        self.result.documents_removed += len(withdrawn)

    def _count(self, counters: list[dict[str, int]], kinds: list[str], statements: list[Statement],
               touched: dict[str, set[str]]) -> None:
        r = self.result
        created = removed = 0
        for counter, kind, (_, params) in zip(counters, kinds, statements):
            if kind == "entities":
                created += counter["nodes_created"]
            elif kind == "orphans":
                removed += counter["nodes_deleted"]
            elif kind == "facts":
                r.relationships_created += counter["relationships_created"]
                r.relationships_updated += len(params["rows"]) - counter["relationships_created"]
            elif kind == "drop":
                r.relationships_removed += counter["relationships_deleted"]
            elif kind == "trim":
                r.relationships_updated += counter["properties_set"] // 3
        r.nodes_created += created
        r.nodes_removed += removed
        r.nodes_updated += max(0, sum(len(k) for k in touched.values()) - created - removed)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- library API ----------------------------------------------------------------------------------

def import_records(store: GraphStore, records: Iterable[dict], *,
                   batch_size: int = DEFAULT_BATCH_SIZE) -> ImportResult:
    """Import contract records (plus source/title/url/hash/published) into ``store``.

    Unchanged documents (same stored hash) are skipped; changed ones are
    withdrawn and written again in the same unit; records that break the
    contract are listed in ``rejected`` and leave the store untouched.
    """
    importer = Importer(store, batch_size=batch_size)
    for record in records:
        importer.add(record)
    return importer.flush()


def withdraw_documents(store: GraphStore, sources: Iterable[str], *,
                       batch_size: int = DEFAULT_BATCH_SIZE) -> ImportResult:
    """Remove documents and everything only they stated."""
    importer = Importer(store, batch_size=batch_size)
    importer.withdraw(sources)
    return importer.flush()
