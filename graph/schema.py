"""The graph model as data: entity and relation types loaded from schema.yaml.

The file is read and checked once (:func:`load_schema` is cached); a bad type,
a relation whose ends are not entity types, or an unknown field fails at load
with :class:`~edugraph.errors.SchemaError` naming the file and the entry.

>>> schema = load_schema()
>>> schema.allows("SIGNED", "Agency", "Event")
True
>>> schema.allows("PART_OF", "Event", "Agency")
False
>>> sorted(schema.entity_types)[:2]
['Agency', 'Event']
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from edugraph.constants import DOCUMENT_LABEL
from edugraph.datafile import Checker, read_yaml

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")
_ENTITY_FIELDS = {"description", "key", "properties", "kinds", "event_types"}
_RELATION_FIELDS = {"description", "from", "to", "pairs", "yields_to"}


@dataclass(frozen=True)
class EntityType:
    name: str
    description: str
    key: str
    properties: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationType:
    name: str
    description: str
    pairs: frozenset[tuple[str, str]]
    #: relations that, held by the same head towards the same tail, replace this one (a signer is no witness)
    yields_to: tuple[str, ...] = ()

    @property
    def heads(self) -> frozenset[str]:
        return frozenset(h for h, _ in self.pairs)

    @property
    def tails(self) -> frozenset[str]:
        return frozenset(t for _, t in self.pairs)


@dataclass(frozen=True)
class Schema:
    entity_types: dict[str, EntityType]
    relation_types: dict[str, RelationType]
    document_label: str = DOCUMENT_LABEL
    document_properties: tuple[str, ...] = field(default=())

    def allows(self, relation: str, head_type: str, tail_type: str) -> bool:
        """Whether ``relation`` may link a ``head_type`` node to a ``tail_type`` node."""
        rel = self.relation_types.get(relation)
        return rel is not None and (head_type, tail_type) in rel.pairs

    @property
    def labels(self) -> tuple[str, ...]:
        """Every node label the store uses, Document included."""
        return tuple(self.entity_types) + (self.document_label,)


def parse_schema(data: object, path: Path = SCHEMA_PATH) -> Schema:
    """Build and validate a :class:`Schema` from already-parsed YAML data."""
    checker = Checker(path)
    _fail = checker.fail
    if not isinstance(data, dict) or "entities" not in data or "relations" not in data:
        raise _fail("top level", "needs 'entities' and 'relations' mappings")
    entities: dict[str, EntityType] = {}
    for name, spec in (data["entities"] or {}).items():
        if not isinstance(name, str) or not name.isidentifier() or not name[0].isupper():
            raise _fail(f"entity {name!r}", "type names are capitalised identifiers")
        checker.mapping(spec, f"entity {name}", _ENTITY_FIELDS, {"key"})
        checker.text(spec["key"], f"entity {name}.key")
        entities[name] = EntityType(
            name=name,
            description=str(spec.get("description", "")),
            key=str(spec["key"]),
            properties=tuple(spec.get("properties") or ()),
            kinds=tuple(spec.get("kinds") or ()),
            event_types=tuple(spec.get("event_types") or ()),
        )
    relations: dict[str, RelationType] = {}
    for name, spec in (data["relations"] or {}).items():
        if not isinstance(name, str) or not name.replace("_", "").isalpha() or not name.isupper():
            raise _fail(f"relation {name!r}", "relation names are UPPER_SNAKE_CASE")
        checker.mapping(spec, f"relation {name}", _RELATION_FIELDS, set())
        heads, tails = spec.get("from") or [], spec.get("to") or []
        if not heads or not tails:
            raise _fail(f"relation {name}", "needs non-empty 'from' and 'to'")
        for end in list(heads) + list(tails):
            if end not in entities:
                raise _fail(f"relation {name}", f"end {end!r} is not an entity type")
        if spec.get("pairs"):
            pairs = set()
            for pair in spec["pairs"]:
                if (not isinstance(pair, list) or len(pair) != 2
                        or pair[0] not in heads or pair[1] not in tails):
                    raise _fail(f"relation {name}", f"pair {pair!r} is not within from/to")
                pairs.add((pair[0], pair[1]))
        else:
            pairs = {(h, t) for h in heads for t in tails}
        relations[name] = RelationType(name, str(spec.get("description", "")), frozenset(pairs),
                                       tuple(spec.get("yields_to") or ()))
    for rel in relations.values():
        for other in rel.yields_to:
            if other not in relations or other == rel.name:
                raise _fail(f"relation {rel.name}", f"yields_to names {other!r}, which is not another relation type")
    document = data.get("document") or {}
    return Schema(
        entity_types=entities,
        relation_types=relations,
        document_label=str(document.get("label", DOCUMENT_LABEL)),
        document_properties=tuple(document.get("properties") or ()),
    )


@functools.cache
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    """Load and validate the schema file once per process."""
    return parse_schema(read_yaml(path, "the schema"), Path(path))
