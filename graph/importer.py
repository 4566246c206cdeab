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

Identity: which entities of which documents are one node is decided in one
place, :func:`edugraph.graph.resolve.resolve`, from *all* the stored
documents' records (kept on their Document nodes) plus the user's
judgements, never from what happened to be stored first.  After each batch
the resolution is recomputed (only the components the batch touched are
worked out again: :class:`~edugraph.graph.resolve.ResolutionCache`), and every stored document whose outcome
changed (a key, a rule, a score) is rewritten in the same protocol as a
changed document: the graph is a function of the current documents and
judgements, whatever their history.  Node properties are derived from all
the node's MENTIONS (latest release first), and names from the resolution,
so they do not depend on the order in which documents arrive either.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from edugraph.errors import RecordError, RunInterrupted, internal_reason
from edugraph.graph.keys import document_key, normalize_name
from edugraph.graph.projections import (projection_statements, read_before, refresh_name_lookup,
                                        release_orphans_statement, repair_derived, repair_statements,
                                        unmark_statement)
from edugraph.graph.record import MENTION_PROPERTIES, check_record, storable_record
from edugraph.graph.resolve import Resolution, ResolutionCache, resolve
from edugraph.graph.resolve.judgements import Judgements
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
    documents_reresolved: int = 0    # stored, unchanged, rewritten because resolution changed
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

    Its strings are made storable first (:func:`edugraph.graph.record.storable_record`).
    Raises :class:`~edugraph.errors.RecordError` with a one-line reason.
    """
    record = storable_record(record)
    source = check_record(record, schema)
    document = {
        "key": document_key(source),
        "source": source,
        "title": record.get("title") or None,
        "published": record.get("published") or None,
        "url": record.get("url") or None,
        "origin": record.get("origin") or None,
        # The record itself: resolution is recomputed from every stored document's.
        "record": json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
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

def resolve_document(doc: PreparedDocument, resolution: Resolution) -> None:
    """Fill ``doc.mentions`` and ``doc.facts`` with the node keys ``resolution`` gives its entities."""
    record, source = doc.record, doc.source
    keys: dict[str, tuple[str, str]] = {}
    mentions: dict[str, Mention] = {}

    def mention(label: str, key: str, create_name: str, properties: dict) -> None:
        known = mentions.get(key)
        if known is None:
            mentions[key] = Mention(label, key, create_name, properties)
            return
        # Two entities of one document resolved to one node: one MENTIONS
        # with both names; the first entity's properties (and decision) win.
        merged = dict(properties)
        merged.update(known.properties)
        for field_name in ("names", "norms", "local_ids"):
            if field_name in known.properties:
                combined = list(known.properties[field_name])
                for value in properties.get(field_name, []):
                    if value not in combined:
                        combined.append(value)
                merged[field_name] = combined
        known.properties = merged

    for entity in record["entities"]:
        label = entity["type"]
        ref = (doc.document["key"], entity["id"])
        key = resolution.keys[ref]
        decision = resolution.decisions[ref]
        if label == "Event":
            display = entity.get("title") or f"{entity['event_type']} {entity.get('date') or 'undated'}"
            create_name = display
            properties = {"names": [entity["title"]] if entity.get("title") else [],
                          "norms": [normalize_name(entity["title"])] if entity.get("title") else [],
                          "norm": normalize_name(display), "display": display}
            province = resolution.event_provinces.get(ref)
            if province:
                properties["province"] = province
        else:
            names = _names(entity)
            create_name = resolution.names.get(key) or entity["name"]
            properties = {"names": names, "norms": [normalize_name(n) for n in names]}
        properties.update({"local_id": entity["id"], "local_ids": [entity["id"]], "rule": decision.rule,
                           "score": round(float(decision.score), 3), "evidence": decision.evidence})
        properties.update({p: entity[p] for p in MENTION_PROPERTIES[label] if entity.get(p)})
        keys[entity["id"]] = (label, key)
        mention(label, key, create_name, properties)

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


def mention_fingerprint(rows: Iterable[dict]) -> tuple:
    """What a document's MENTIONS say about identity (key, local ids, decision), order-free.

    The same for a :class:`PreparedDocument`'s mentions and for the rows of
    ``stored_resolution``: a stored document whose fingerprint differs from
    the current resolution's is rewritten.
    """
    return tuple(sorted((row["key"], tuple(row.get("local_ids") or ()), row.get("rule") or "",
                         round(float(row.get("score") or 0.0), 3), row.get("evidence") or "")
                        for row in rows))


def _fingerprint_of(doc: PreparedDocument) -> tuple:
    return mention_fingerprint({"key": m.key, **m.properties} for m in doc.mentions)


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


def _cleanup_statements(touched: dict[str, set[str]], orphan_candidates: dict[str, set[str]],
                        names: dict[str, str]) -> tuple[list[Statement], list[str]]:
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
                params = {"rows": [{"key": key, "own": key.split(":", 1)[1], "name": names.get(key)}
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
    # A document stored without its record (by an older edugraph) counts as
    # incomplete: resolution needs every record, so it is extracted again.
    return {row["source"]: StoredDocument((row["hash"] or "") if row.get("has_record") else "", row["origin"])
            for row in store.read(internal_statement("stored_documents"))}


def stored_documents(store: GraphStore) -> dict[str, str]:
    """Source → content hash of every stored document ("" for one left incomplete)."""
    return {source: doc.hash for source, doc in read_stored_documents(store).items()}


@dataclass(frozen=True)
class Added:
    """What :meth:`Importer.add` did with one record."""

    status: str                 # "queued", "unchanged" or "rejected"
    reason: str | None = None   # why it was rejected

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"


class Importer:
    """Incremental import into one store; feed records, then :meth:`flush`.

    The caller holds the store's import lock (``store.import_lock()``) when
    other importers may run at the same time.  ``judgements`` (see
    :mod:`edugraph.graph.resolve.judgements`) are applied to every resolution.
    """

    def __init__(self, store: GraphStore, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 known: dict[str, StoredDocument] | None = None, judgements: Judgements | None = None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.batch_size = batch_size
        self.schema = load_schema()
        self.judgements = judgements or Judgements()
        store.ensure_schema()
        self.known = dict(known) if known is not None else read_stored_documents(store)
        self.result = ImportResult()
        self._pending: list[PreparedDocument] = []
        self._pending_sources: set[str] = set()
        self._withdrawals: list[str] = []
        self._records: dict[str, dict] | None = None          # every stored document's record
        self._fingerprints: dict[str, tuple] = {}             # ... and what its MENTIONS say
        self._signatures: dict[str, tuple] = {}               # ... and its entities' last resolution
        self._settled = False                                 # resolution checked against the store
        # The components of the last resolution: a batch re-resolves only those it touches.
        self._resolution_cache = ResolutionCache()
        self._judgements_noted: str | None = None             # digest written by this importer
        self._repair()

    def _repair(self) -> None:
        """Finish what an interrupted import left: nodes still marked stale."""
        stale: dict[str, set[str]] = {}
        for label in self.schema.entity_types:
            keys = {row["key"] for row in self.store.read(schema_template("stale_nodes", label=label))}
            if keys:
                stale[label] = keys
        if stale:
            derived = repair_statements(self.store, stale)
            statements, _ = _cleanup_statements(stale, stale, {})
            self.store.write_unit([release_orphans_statement(stale)] + statements + derived)
            refresh_search(self.store, stale)
        repair_derived(self.store, self.schema)

    def is_current(self, source: str, content_hash: str | None) -> bool:
        """Whether ``source`` is stored complete with this hash (nothing to do)."""
        stored = self.known.get(document_key(source))
        return bool(content_hash) and stored is not None and stored.hash == content_hash

    def skip_if_current(self, source: str, content_hash: str | None) -> bool:
        """:meth:`is_current`, counting the document as unchanged when it is."""
        if self.is_current(source, content_hash):
            self.result.documents_unchanged += 1
            return True
        return False

    def add(self, record: dict) -> Added:
        """Queue one record and say what became of it (a rejection is also in ``result.rejected``)."""
        try:
            doc = prepare_record(record, self.schema)
        except RunInterrupted:
            raise
        except Exception as err:  # noqa: BLE001 — RecordError, or a failure nobody foresaw: this record only
            source = record.get("source") or record.get("doc") if isinstance(record, dict) else None
            reason = str(err) if isinstance(err, RecordError) else internal_reason(err)
            self.result.rejected.append({"source": source or "(unknown)", "reason": reason})
            return Added("rejected", reason)
        if self.skip_if_current(doc.source, doc.hash):
            return Added("unchanged")
        if doc.document["key"] in self._pending_sources:
            self.flush()              # the same source twice: the later record replaces the earlier
        self._pending.append(doc)
        self._pending_sources.add(doc.document["key"])
        if len(self._pending) >= self.batch_size:
            self.flush()
        return Added("queued")

    def withdraw(self, sources: Iterable[str]) -> None:
        """Queue stored documents for withdrawal (unknown sources are ignored)."""
        for source in sources:
            key = document_key(source)
            if key in self.known and key not in self._withdrawals:
                self._withdrawals.append(key)
        if len(self._withdrawals) >= self.batch_size:
            self.flush()

    def flush(self) -> ImportResult:
        """Write everything queued; returns the running result.

        With nothing queued, the first flush still re-resolves the stored
        documents when the judgements differ from those the graph was last
        resolved with (a judgement edited since the last import takes effect here).
        """
        while self._withdrawals:
            batch, self._withdrawals = self._withdrawals[:self.batch_size], self._withdrawals[self.batch_size:]
            self._write_batch([], batch)
        if self._pending:
            batch, self._pending, self._pending_sources = self._pending, [], set()
            self._write_batch(batch, [])
        if not self._settled:
            rows = self.store.read(internal_statement("resolution_state"))
            if not rows or rows[0]["judgements"] != self.judgements.digest:
                self._write_batch([], [])
            self._settled = True
        return self.result

    # -- resolution --

    def _load_resolution_state(self) -> dict[str, dict]:
        if self._records is None:
            self._records = {}
            for row in self.store.read(internal_statement("stored_records")):
                if row["record"] and row["key"] in self.known and self.known[row["key"]].hash:
                    self._records[row["key"]] = json.loads(row["record"])
            rows: dict[str, list[dict]] = defaultdict(list)
            for row in self.store.read(internal_statement("stored_resolution")):
                rows[row["document"]].append(row)
            self._fingerprints = {doc: mention_fingerprint(found) for doc, found in rows.items()}
        return self._records

    def _outdated(self, resolution: Resolution, skip: set[str]) -> list[PreparedDocument]:
        """Stored documents whose MENTIONS no longer say what ``resolution`` says.

        A document whose entities got the same keys and decisions as in the
        previous resolution of this importer is not looked at again.
        """
        outdated = []
        for key in sorted(self._records):
            record = self._records[key]
            signature = tuple((e["id"], resolution.keys.get((key, e["id"])), resolution.decisions.get((key, e["id"])))
                              for e in record["entities"])
            if key in skip or self._signatures.get(key) == signature:
                self._signatures[key] = signature
                continue
            self._signatures[key] = signature
            doc = prepare_record(record, self.schema)
            resolve_document(doc, resolution)
            if _fingerprint_of(doc) != self._fingerprints.get(key):
                outdated.append(doc)
        return outdated

    # -- one unit --

    def _write_batch(self, docs: list[PreparedDocument], withdrawn: list[str]) -> None:
        records = self._load_resolution_state()
        for source in withdrawn:
            records.pop(source, None)
        for doc in docs:
            records[doc.document["key"]] = doc.record
        resolution = resolve(records, self.judgements, cache=self._resolution_cache)
        for doc in docs:
            resolve_document(doc, resolution)
        outdated = self._outdated(resolution, {doc.document["key"] for doc in docs})
        self._settled = True
        if not docs and not withdrawn and not outdated:
            self._note_judgements()
            return
        self.result.documents_reresolved += len(outdated)
        # Until this batch has rewritten everything its resolution changed, the
        # graph is not resolved with any judgements: a run killed meanwhile
        # leaves the mark, and the next run re-resolves even with nothing new.
        self._note_judgements("")
        rewrite = docs + outdated
        first = rewrite[:self.batch_size] if rewrite else []
        self._write_unit(first, withdrawn, resolution)
        for start in range(self.batch_size, len(rewrite), self.batch_size):
            self._write_unit(rewrite[start:start + self.batch_size], [], resolution)
        for doc in docs:
            if doc.document["key"] in self.known:
                self.result.documents_changed += 1
            else:
                self.result.documents_new += 1
        for doc in rewrite:
            self.known[doc.document["key"]] = StoredDocument(doc.hash, doc.document["origin"])
            self._fingerprints[doc.document["key"]] = _fingerprint_of(doc)
        for source in withdrawn:
            self.known.pop(source, None)
            self._fingerprints.pop(source, None)
            self._signatures.pop(source, None)
        self.result.documents_removed += len(withdrawn)
        self._note_judgements()

    def _note_judgements(self, digest: str | None = None) -> None:
        digest = self.judgements.digest if digest is None else digest
        if self._judgements_noted != digest:
            self.store.write(internal_statement("set_resolution_state"), {"judgements": digest})
            self._judgements_noted = digest

    def _write_unit(self, docs: list[PreparedDocument], withdrawn: list[str], resolution: Resolution) -> None:
        replaced = [doc.document["key"] for doc in docs if doc.document["key"] in self.known]
        gone = withdrawn + replaced
        orphan_candidates: dict[str, set[str]] = defaultdict(set)
        if gone:
            for row in self.store.read(internal_statement("mentioned_nodes"), {"sources": gone}):
                if row["label"] in self.schema.entity_types:
                    orphan_candidates[row["label"]].add(row["key"])

        touched: dict[str, set[str]] = defaultdict(set)
        for label, keys in orphan_candidates.items():
            touched[label] |= keys
        for doc in docs:
            for m in doc.mentions:
                touched[m.label].add(m.key)

        before = read_before(self.store, touched)
        statements, kinds = [], []
        if gone:
            statements += _withdrawal_statements(gone)
            kinds += ["stale", "drop", "trim", "withdraw"]
            statements.insert(1, unmark_statement(gone))
            kinds.insert(1, "projection")
        if docs:
            written, written_kinds = _write_statements(docs, _now())
            statements += written
            kinds += written_kinds
        if orphan_candidates:
            statements.append(release_orphans_statement(orphan_candidates))
            kinds.append("projection")
        cleanup, cleanup_kinds = _cleanup_statements(touched, orphan_candidates, resolution.names)
        statements += cleanup
        kinds += cleanup_kinds
        derived = projection_statements(touched, before)
        statements += derived
        kinds += ["projection"] * len(derived)

        counters = self.store.write_unit(statements)
        refresh_search(self.store, touched)
        refresh_name_lookup(self.store, touched)
        if docs:
            self.store.write(internal_statement("set_hashes"),
                             {"rows": [{"key": d.document["key"], "hash": d.hash} for d in docs]})
        self._count(counters, kinds, statements, touched)

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
                   batch_size: int = DEFAULT_BATCH_SIZE, judgements: Judgements | None = None) -> ImportResult:
    """Import contract records (plus source/title/url/hash/published) into ``store``.

    Unchanged documents (same stored hash) are skipped; changed ones are
    withdrawn and written again in the same unit; records that break the
    contract are listed in ``rejected`` and leave the store untouched.
    """
    importer = Importer(store, batch_size=batch_size, judgements=judgements)
    for record in records:
        importer.add(record)
    return importer.flush()


def withdraw_documents(store: GraphStore, sources: Iterable[str], *,
                       batch_size: int = DEFAULT_BATCH_SIZE, judgements: Judgements | None = None) -> ImportResult:
    """Remove documents and everything only they stated (and re-resolve what they supported)."""
    importer = Importer(store, batch_size=batch_size, judgements=judgements)
    importer.withdraw(sources)
    return importer.flush()
