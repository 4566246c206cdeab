"""Derived data (edugraph.graph.projections) on the real stores: kept in step by
every import, update and withdrawal, equal to a rebuild from scratch, left out
of exports, and repaired after an interrupted import."""
from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.canned import run_query
from edugraph.graph.importer import import_records, withdraw_documents
from edugraph.graph.nxgraph import read_graph
from edugraph.graph.readside import explain
from edugraph.graph.schema import load_schema
from edugraph.graph.projections import DERIVED_PROPERTIES, derived_dump, name_grams, rebuild_projections

from test_importer import _interrupt_everywhere

FUND = "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"


def _rebuilt(store) -> dict:
    rebuild_projections(store)
    return derived_dump(store)


def _changed(record: dict) -> dict:
    changed = copy.deepcopy(record)
    changed["relations"] = changed["relations"][::2]
    changed["entities"][0].setdefault("aliases", []).append("ชื่อเรียกใหม่")
    changed.pop("hash", None)
    return changed


def test_name_grams_are_lower_case_character_trigrams_and_pairs():
    assert name_grams("ABcd") == ["ab", "abc", "bc", "bcd", "cd", "cd|", "d||"]
    assert name_grams("สพฐ") == ["ฐ||", "พฐ", "พฐ|", "สพ", "สพฐ"]
    assert name_grams("ศธ") == ["ธ||", "ศธ", "ศธ|"]
    assert name_grams("ก") == ["ก||"]


def test_imports_updates_and_withdrawals_keep_projections_equal_to_a_rebuild(clean_store, gold_records):
    import_records(clean_store, gold_records[:3])
    import_records(clean_store, [gold_records[0], _changed(gold_records[1]), gold_records[3], gold_records[4]])
    withdraw_documents(clean_store, [gold_records[2]["doc"]])
    incremental = derived_dump(clean_store)
    assert incremental["co_signed"] and incremental["names"] and incremental["grams"]
    assert not incremental["unused_entries"]
    assert incremental == _rebuilt(clean_store)
    # and again after withdrawing everything a signing came from
    withdraw_documents(clean_store, [gold_records[0]["doc"], gold_records[3]["doc"]])
    assert derived_dump(clean_store) == _rebuilt(clean_store)


def test_a_reimport_leaves_projections_identical(clean_store, gold_records):
    import_records(clean_store, gold_records)
    first = derived_dump(clean_store)
    changed = [dict(record, hash=None) for record in gold_records]     # every document written again
    import_records(clean_store, changed)
    assert derived_dump(clean_store) == first == _rebuilt(clean_store)


def test_the_queries_read_the_projections(clean_store, gold_records):
    import_records(clean_store, gold_records)
    dump = derived_dump(clean_store)
    fund_reach = next(p for p in dump["properties"] if p["key"] == FUND)
    brokers = run_query(clean_store, "brokers", {})
    assert (brokers[0]["actor_key"], brokers[0]["provinces"]) == (FUND, fund_reach["reach_provinces"])
    by_key = {(c["a"], c["b"]): c for c in dump["co_signed"]}
    for row in run_query(clean_store, "cosignatory_pairs", {"limit": 10_000}):
        edge = by_key[(row["actor_key"], row["partner_key"])]
        assert (row["shared"], row["events"]) == (edge["count"], edge["events"]) == (len(edge["events"]), edge["events"])
        assert edge["first"] <= edge["last"]


def test_exports_and_explain_know_derived_data_as_such(clean_store, gold_records):
    import_records(clean_store, gold_records)
    graph = read_graph(clean_store)
    assert {data["label"] for _, data in graph.nodes(data=True)} <= {"Person", "Agency", "Province",
                                                                     "Event", "Programme"}
    assert not {key for _, _, key in graph.edges(keys=True)} & {"CO_SIGNED", "NAMES", "GRAM_OF"}
    assert not any(set(data) & set(DERIVED_PROPERTIES) for _, data in graph.nodes(data=True))
    found = explain(clean_store, FUND)
    assert found["derived"]["reach_province_count"] == len(found["derived"]["reach_provinces"]) >= 2
    assert not set(found["properties"]) & set(DERIVED_PROPERTIES)
    assert found["facts"] and {fact["type"] for fact in found["facts"]} <= set(load_schema().relation_types)


def test_a_store_without_projections_gets_them_on_the_next_import(clean_store, gold_records):
    import_records(clean_store, gold_records)
    expected = derived_dump(clean_store)
    # What a store written before projections existed looks like: no derived data at all.
    for label in ("NameKey", "NameGram"):
        clean_store.write(f"MATCH (n:{label}) DETACH DELETE n")
    clean_store.write("MATCH ()-[c:CO_SIGNED]->() DELETE c")
    clean_store.write("MATCH (n) WHERE n.indexed_names IS NOT NULL SET n.indexed_names = null, "
                      "n.reach_provinces = null, n.reach_province_count = null, n.reach_events = null, "
                      "n.reach_partners = null, n.programmes = null, n.programme_count = null, "
                      "n.event_years = null, n.event_year_counts = null")
    assert run_query(clean_store, "search_names", {"text": "กสศ"}) == []
    import_records(clean_store, gold_records)          # nothing changed, but the import repairs
    assert derived_dump(clean_store) == expected
    assert run_query(clean_store, "search_names", {"text": "กสศ"})[0]["key"] == FUND


def test_rebuild_projections_command(clean_store, store_cli_env, gold_records):
    import_records(clean_store, gold_records)
    expected = derived_dump(clean_store)
    result = CliRunner().invoke(cli, ["rebuild-projections"], env=store_cli_env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "CO_SIGNED" in result.output and "NameKey" in result.output
    assert derived_dump(clean_store) == expected


def _kept_equals_rebuilt(store) -> bool:
    kept = derived_dump(store)
    return kept == _rebuilt(store)


@pytest.mark.slow
def test_an_interrupted_import_or_withdrawal_repairs_its_projections(clean_store, gold_records):
    before, after = gold_records[:4], [_changed(gold_records[0]), gold_records[2], gold_records[4]]
    points = _interrupt_everywhere(clean_store, lambda: import_records(clean_store, before),
                                   lambda store: import_records(store, after, batch_size=2),
                                   check=_kept_equals_rebuilt)
    assert points > 20
    gone = [gold_records[1]["doc"], gold_records[3]["doc"]]
    points = _interrupt_everywhere(clean_store, lambda: import_records(clean_store, gold_records),
                                   lambda store: withdraw_documents(store, gone), check=_kept_equals_rebuilt)
    assert points > 5


def test_refreshing_a_node_keeps_its_derived_properties(clean_store, gold_records):
    # refresh_events/refresh_entities replace a node's whole map (FalkorDB's
    # multi-null SET bug); the derived properties must survive that on their
    # own, not only because the projections run again after them in the unit.
    from edugraph.graph.importer import _cleanup_statements

    import_records(clean_store, gold_records)
    labels = ["Person", "Agency", "Province", "Event"]
    read = ("MATCH (n:{label}) RETURN n.key AS key, properties(n) AS p ORDER BY key")

    def derived_of_every_node() -> dict:
        return {(label, row["key"]): {k: row["p"].get(k) for k in DERIVED_PROPERTIES}
                for label in labels for row in clean_store.read(read.replace("{label}", label))}

    before = derived_of_every_node()
    assert any(v["reach_provinces"] for v in before.values())
    assert any(v["programmes"] for v in before.values())
    touched = {label: {key for (lb, key) in before if lb == label} for label in labels}
    statements, _ = _cleanup_statements(touched, {}, {})
    clean_store.write_unit(statements)
    assert derived_of_every_node() == before
    # an update of a document (the refresh runs with the projections) equals a rebuild
    import_records(clean_store, [_changed(gold_records[1])])
    assert derived_dump(clean_store) == _rebuilt(clean_store)


class _UnitsRunTwice:
    """The real store, each write unit run a second time at once, as
    edugraph.retry runs a unit again when the connection dropped after the
    server had applied it."""

    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def write_unit(self, statements):
        self._store.write_unit(statements)
        return self._store.write_unit(statements)


def test_write_units_run_again_leave_the_name_lookup_as_run_once(clean_store, gold_records):
    import_records(_UnitsRunTwice(clean_store), gold_records[:3])
    twice = derived_dump(clean_store)
    assert twice["names"] and twice["grams"]
    assert twice == _rebuilt(clean_store)
    sizes = "MATCH (g:NameGram)-[:GRAM_OF]->(k) WITH g, count(k) AS links RETURN count(*) AS grams, " \
            "sum(CASE WHEN g.size = links THEN 1 ELSE 0 END) AS exact"
    counted = clean_store.read(sizes)[0]
    assert counted["grams"] > 0 and counted["exact"] == counted["grams"]
