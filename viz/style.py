"""How the HTML view draws and names the graph's types: ``assets/style.yaml``, checked once.

Every entity and relation type of the schema must have a style (a new type in
``graph/schema.yaml`` without one fails here, at load, naming the entry);
colours are ``#RRGGBB``, shapes are vis-network shapes whose label sits
below the node.

>>> style = load_style()
>>> style.nodes["Agency"].label, style.nodes["Agency"].shape
('หน่วยงาน', 'square')
>>> style.relations["SIGNED"].label
'ลงนาม'
>>> style.property_label("Event", "title"), style.property_label("Person", "title")
('ชื่อกิจกรรม', 'คำนำหน้า')
>>> style.value_label("event_type", "signing")
'ลงนามความร่วมมือ (signing)'
>>> style.node_style("Unknown").label       # a type the style does not know still draws
'Unknown'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from edugraph.constants import DOCUMENT_LABEL
from edugraph.datafile import Checker, read_yaml
from edugraph.graph.schema import Schema, load_schema

STYLE_PATH = Path(__file__).parent / "assets" / "style.yaml"
#: vis-network shapes that draw their label below the node (so size means degree).
SHAPES = {"dot", "square", "triangle", "triangleDown", "diamond", "star", "hexagon"}
DASHES = {"solid": False, "dashed": [8, 6], "dotted": [2, 5]}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
FALLBACK_COLOUR = "#7F8C8D"


@dataclass(frozen=True)
class NodeStyle:
    type: str
    label: str
    english: str
    color: str
    shape: str


@dataclass(frozen=True)
class RelationStyle:
    type: str
    label: str
    color: str
    dashes: str

    @property
    def vis_dashes(self) -> bool | list[int]:
        """The ``dashes`` option vis-network takes for this pattern."""
        return DASHES[self.dashes]


@dataclass(frozen=True)
class Style:
    nodes: dict[str, NodeStyle]
    relations: dict[str, RelationStyle]
    document_label: str
    properties: dict[str, dict[str, str]]
    values: dict[str, dict[str, str]]

    def node_style(self, node_type: str) -> NodeStyle:
        """The style of a type, or a grey one named as the type for types the style lacks."""
        return self.nodes.get(node_type) or NodeStyle(node_type, node_type, node_type, FALLBACK_COLOUR, "hexagon")

    def relation_style(self, relation: str) -> RelationStyle:
        return self.relations.get(relation) or RelationStyle(relation, relation, FALLBACK_COLOUR, "solid")

    def property_label(self, node_type: str, name: str) -> str:
        return self.properties.get(node_type, {}).get(name) or self.properties.get("_all", {}).get(name) or name

    def value_label(self, name: str, value: str) -> str:
        return self.values.get(name, {}).get(value, value)


def parse_style(data: object, schema: Schema, path: Path = STYLE_PATH) -> Style:
    """Build and check a :class:`Style` from parsed YAML against ``schema``."""
    _fail = Checker(path).fail
    if not isinstance(data, dict):
        raise _fail("top level", "must be a mapping")
    for section in ("nodes", "relations"):
        if not isinstance(data.get(section), dict):
            raise _fail(section, "must be a mapping")
    def colour_of(section: str, name: str, spec, known, what: str, option: str, choices, default=None):
        """The entry's colour and its ``option`` (shape, dashes), each checked."""
        where = f"{section}.{name}"
        if name not in known:
            raise _fail(where, f"is not {what} of the schema")
        if not isinstance(spec, dict) or not spec.get("label"):
            raise _fail(where, "needs a Thai 'label'")
        colour, chosen = str(spec.get("color", "")), spec.get(option, default)
        if not _COLOUR.match(colour):
            raise _fail(where, f"color {colour!r} is not #RRGGBB")
        if chosen not in choices:
            raise _fail(where, f"{option} {chosen!r} is not one of {sorted(choices)}")
        return colour, chosen

    nodes: dict[str, NodeStyle] = {}
    for name, spec in data["nodes"].items():
        colour, shape = colour_of("nodes", name, spec, schema.entity_types, "an entity type", "shape", SHAPES)
        nodes[name] = NodeStyle(name, str(spec["label"]), str(spec.get("english", name)), colour, shape)
    relations: dict[str, RelationStyle] = {}
    for name, spec in data["relations"].items():
        colour, dashes = colour_of("relations", name, spec, schema.relation_types, "a relation type",
                                   "dashes", DASHES, "solid")
        relations[name] = RelationStyle(name, str(spec["label"]), colour, dashes)
    for missing, have, kind in ((schema.entity_types, nodes, "nodes"), (schema.relation_types, relations, "relations")):
        lacking = sorted(set(missing) - set(have))
        if lacking:
            raise _fail(kind, f"no style for {', '.join(lacking)}")
    properties = data.get("properties") or {}
    values = data.get("values") or {}
    for section, mapping in (("properties", properties), ("values", values)):
        if not isinstance(mapping, dict) or not all(
                isinstance(inner, dict) and all(isinstance(v, str) for v in inner.values())
                for inner in mapping.values()):
            raise _fail(section, "must map names to mappings of Thai strings")
    document = data.get("document") or {}
    return Style(nodes, relations, str(document.get("label", DOCUMENT_LABEL)),
                 {k: dict(v) for k, v in properties.items()}, {k: dict(v) for k, v in values.items()})


@functools.cache
def load_style(path: Path = STYLE_PATH) -> Style:
    """Load and check the style file once per process."""
    data = read_yaml(path, "the view's style")
    return parse_style(data, load_schema(), Path(path))
