"""graph/schema.py: the model is data, checked once; a bad entry fails at load naming it."""
import pytest

from edugraph.errors import SchemaError
from edugraph.graph.schema import load_schema, parse_schema


def _data(**witnessed):
    return {"entities": {"Person": {"key": "name"}, "Event": {"key": "event"}},
            "relations": {"SIGNED": {"from": ["Person"], "to": ["Event"]},
                          "WITNESSED": {"from": ["Person"], "to": ["Event"], **witnessed}}}


def test_a_relation_may_yield_to_another():
    schema = parse_schema(_data(yields_to=["SIGNED"]))
    assert schema.relation_types["WITNESSED"].yields_to == ("SIGNED",)
    assert schema.relation_types["SIGNED"].yields_to == ()


@pytest.mark.parametrize("other", ["SIGNS", "WITNESSED"])
def test_yielding_to_no_other_relation_fails_at_load(other):
    with pytest.raises(SchemaError, match="WITNESSED.*yields_to"):
        parse_schema(_data(yields_to=[other]))


def test_the_shipped_witness_yields_to_the_signer():
    assert load_schema().relation_types["WITNESSED"].yields_to == ("SIGNED",)
