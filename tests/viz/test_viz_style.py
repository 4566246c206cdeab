"""The view's style file: complete for the schema, checked at load."""
from __future__ import annotations

import copy

import pytest
import yaml

from edugraph.errors import SchemaError
from edugraph.graph.schema import load_schema
from edugraph.viz.style import STYLE_PATH, load_style, parse_style


@pytest.fixture
def raw():
    return yaml.safe_load(STYLE_PATH.read_text(encoding="utf-8"))


def test_every_schema_type_has_a_thai_style():
    style, schema = load_style(), load_schema()
    assert set(style.nodes) == set(schema.entity_types)
    assert set(style.relations) == set(schema.relation_types)
    for entry in list(style.nodes.values()) + list(style.relations.values()):
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in entry.label), entry
    colours = [n.color for n in style.nodes.values()]
    assert len(set(colours)) == len(colours)
    looks = [(r.color, r.dashes) for r in style.relations.values()]
    assert len(set(looks)) == len(looks), "two relation types look the same"


@pytest.mark.parametrize("break_it, message", [
    (lambda d: d["relations"].pop("SIGNED"), "no style for SIGNED"),
    (lambda d: d["nodes"]["Person"].update(color="orange"), "is not #RRGGBB"),
    (lambda d: d["nodes"]["Person"].update(shape="box"), "shape 'box'"),
    (lambda d: d["relations"].__setitem__("LIKES", {"label": "ชอบ", "color": "#000000"}), "relations.LIKES"),
    (lambda d: d["relations"]["SIGNED"].update(dashes="wavy"), "dashes 'wavy'"),
    (lambda d: d["nodes"]["Agency"].pop("label"), "nodes.Agency"),
])
def test_a_bad_entry_fails_at_load_naming_it(raw, break_it, message):
    data = copy.deepcopy(raw)
    break_it(data)
    with pytest.raises(SchemaError, match=message):
        parse_style(data, load_schema())
