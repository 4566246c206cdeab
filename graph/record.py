"""The extraction contract's record, checked once: by extraction before it writes, by import before it reads.

A record is the JSON of ``../shared/design/ANNOTATION.md``: ``doc`` (or
``source``), ``published``, ``entities`` (``id``, ``type``, a ``name`` and
``aliases``, or an Event's ``event_type``, ``date`` ...) and ``relations``
(``type``, ``head``, ``tail``, ``evidence``), with the types of
``graph/schema.yaml``.  :func:`check_record` is the one check; its reasons
are one line and name the entity or relation at fault.

:func:`storable_record` is the one place where the strings of a record are
made safe for every store, log and report before import: control characters
other than tab, newline and carriage return are removed (a NUL cuts
FalkorDB's query text short; an ANSI escape would rewrite a terminal), a lone
surrogate becomes U+FFFD (it is not Unicode text: nothing can encode it), and
a string longer than :data:`MAX_TEXT_CHARS` characters is cut there.  The
source id is an identity, not text to tidy: one holding a NUL, a control
character or a lone surrogate is refused instead.

>>> check_record({"doc": "a", "entities": [{"id": "p1", "type": "Person", "name": "ก"}], "relations": []})
'a'
>>> check_record({"doc": "a", "entities": [{"id": "a1", "type": "Agency", "name": "ก"},
...     {"id": "e1", "type": "Event", "event_type": "signing"}],
...     "relations": [{"type": "CHAIRED", "head": "a1", "tail": "e1", "evidence": ""}]})
Traceback (most recent call last):
...
edugraph.errors.RecordError: relation #1: CHAIRED cannot link Agency to Event
"""
from __future__ import annotations

import re

from edugraph.errors import RecordError
from edugraph.graph.keys import check_key, document_key, event_key, name_key, normalize_name
from edugraph.graph.schema import Schema, load_schema

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Longest string a record may bring to a store (an evidence sentence, a title ...); longer is cut.
MAX_TEXT_CHARS = 100_000
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSTORABLE_ID = re.compile("[\x00\ud800-\udfff]")
#: Properties an entity may carry per label besides its name (copied onto its MENTIONS).
MENTION_PROPERTIES = {
    "Person": ("title", "position"),
    "Agency": ("kind",),
    "Province": (),
    "Programme": ("phase",),
    "Event": ("event_type", "date", "end_date", "title", "venue"),
}


def storable_text(text: str) -> str:
    """``text`` as any store, log and report can take it (see the module's doc).

    >>> storable_text("ก\\x00ข\\x1b[2Jค\\tง\\ud800")
    'กข[2Jค\\tง\\ufffd'
    >>> len(storable_text("ก" * 200_000)) == MAX_TEXT_CHARS
    True
    """
    text = _SURROGATE.sub("\ufffd", _UNSTORABLE.sub("", text))
    return text[:MAX_TEXT_CHARS]


def _storable(value):
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, list):
        return [_storable(item) for item in value]
    if isinstance(value, dict):
        return {key: _storable(item) for key, item in value.items()}
    return value


def storable_record(record: dict) -> dict:
    """A copy of ``record`` whose strings every store can take; the source id is checked, not changed.

    >>> storable_record({"doc": "a", "entities": [{"id": "p1", "type": "Person", "name": "ก\\x00ข"}]})
    {'doc': 'a', 'entities': [{'id': 'p1', 'type': 'Person', 'name': 'กข'}]}
    >>> storable_record({"doc": "a\\x00b", "entities": []})
    Traceback (most recent call last):
    ...
    edugraph.errors.RecordError: 'source' (or 'doc') holds a NUL character (U+0000): refused as a document id
    """
    if not isinstance(record, dict):
        return record
    for field in ("source", "doc"):
        value = record.get(field)
        if isinstance(value, str):
            bad = _UNSTORABLE_ID.search(value)
            if bad:
                kind = "lone surrogate" if _SURROGATE.match(bad.group()) else "NUL character"
                raise RecordError(f"'source' (or 'doc') holds a {kind} (U+{ord(bad.group()):04X}): "
                                  "refused as a document id")
    return {key: value if key in ("source", "doc") else _storable(value) for key, value in record.items()}


def _text(value, what: str, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise RecordError(f"{what} is missing")
        return None
    if not isinstance(value, str):
        raise RecordError(f"{what} must be a string, not {type(value).__name__}")
    return value


def _checked_key(key: str, what: str) -> str:
    try:
        return check_key(key, what)
    except ValueError as err:
        raise RecordError(str(err)) from None


def _date(value, what: str) -> str | None:
    value = _text(value, what)
    if value is not None and not _ISO_DATE.match(value):
        raise RecordError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)")
    return value


def check_record(record: dict, schema: Schema | None = None, *, complete: bool = False) -> str:
    """Check ``record`` against the contract and the schema; return its source id.

    ``complete`` adds what extraction promises beyond what import needs: every
    Agency has a ``kind`` and every relation an ``evidence`` string.  A name,
    event or source whose key is longer than :data:`~edugraph.graph.keys.MAX_KEY_BYTES`
    is refused (FalkorDB crashes on a constrained value over 4096 bytes).
    Raises :class:`~edugraph.errors.RecordError` with a one-line reason.
    """
    schema = schema or load_schema()
    if not isinstance(record, dict):
        raise RecordError("a record must be a JSON object")
    source = _text(record.get("source") or record.get("doc"), "'source' (or 'doc')", required=True)
    entities = record.get("entities")
    relations = record.get("relations", [])
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise RecordError("'entities' and 'relations' must be lists")
    _checked_key(document_key(source), "'source'")
    seen_ids: dict[str, dict] = {}
    for position, entity in enumerate(entities):
        where = f"entity #{position + 1}"
        if not isinstance(entity, dict):
            raise RecordError(f"{where} is not an object")
        local_id = _text(entity.get("id"), f"{where} 'id'", required=True)
        where = f"entity {local_id!r}"
        if local_id in seen_ids:
            raise RecordError(f"{where} appears twice")
        entity_type = entity.get("type")
        if entity_type not in schema.entity_types:
            raise RecordError(f"{where} has unknown type {entity_type!r}")
        spec = schema.entity_types[entity_type]
        if entity_type == "Event":
            if entity.get("event_type") not in spec.event_types:
                raise RecordError(f"{where} has unknown event_type {entity.get('event_type')!r}")
            _date(entity.get("date"), f"{where} date")
            _date(entity.get("end_date"), f"{where} end_date")
            _text(entity.get("title"), f"{where} title")
            _checked_key(event_key(entity["event_type"], entity.get("date"),
                                   _text(entity.get("province"), f"{where} province"),
                                   document=source, local_id=local_id), f"{where} (event)")
        else:
            name = _text(entity.get("name"), f"{where} name", required=True)
            if not normalize_name(name):
                raise RecordError(f"{where} has an empty name")
            _checked_key(name_key(entity_type, name), f"{where} name")
            aliases = entity.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise RecordError(f"{where} aliases must be a list of strings")
            if entity_type == "Agency" and (entity.get("kind") is not None or complete) \
                    and entity.get("kind") not in spec.kinds:
                raise RecordError(f"{where} has unknown kind {entity.get('kind')!r}")
        for prop in MENTION_PROPERTIES[entity_type]:
            if prop not in ("date", "end_date", "event_type"):
                _text(entity.get(prop), f"{where} {prop}")
        seen_ids[local_id] = entity
    for position, relation in enumerate(relations):
        where = f"relation #{position + 1}"
        if not isinstance(relation, dict):
            raise RecordError(f"{where} is not an object")
        rel_type = relation.get("type")
        if rel_type not in schema.relation_types:
            raise RecordError(f"{where} has unknown type {rel_type!r}")
        head, tail = seen_ids.get(relation.get("head")), seen_ids.get(relation.get("tail"))
        if head is None or tail is None:
            missing = relation.get("head") if head is None else relation.get("tail")
            raise RecordError(f"{where} ({rel_type}) refers to unknown entity {missing!r}")
        if not schema.allows(rel_type, head["type"], tail["type"]):
            raise RecordError(f"{where}: {rel_type} cannot link {head['type']} to {tail['type']}")
        if complete and not isinstance(relation.get("evidence"), str):
            raise RecordError(f"{where} ({rel_type}): evidence must be a string")
        _text(relation.get("evidence"), f"{where} evidence")
        _text(relation.get("title"), f"{where} title")
    _text(record.get("title"), "'title'")
    _date(record.get("published"), "'published'")
    _text(record.get("url"), "'url'")
    _text(record.get("origin"), "'origin'")
    return source
