"""The benchmark's generated releases: the graph they make is the graph they promise (real store)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from edugraph.graph.importer import import_records, prepare_record
from edugraph.graph.readside import graph_stats

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synthetic import generate  # noqa: E402  (bench/ is scripts, not a package)


def test_generate_gives_the_requested_size_and_is_deterministic():
    first = generate(600, 1800, seed=3)
    assert first.node_total == 600
    assert first.relationship_total == 1800
    assert first.records == generate(600, 1800, seed=3).records
    assert first.records != generate(600, 1800, seed=4).records


def test_every_record_keeps_the_contract_and_every_relation_has_evidence():
    synthetic = generate(400, 1200, seed=5)
    for record in synthetic.records:
        prepare_record(record)                      # raises on a broken record
        for relation in record["relations"]:
            assert relation["evidence"].strip()
            if relation["type"] == "HOLDS_POSITION":
                assert relation["title"]


def test_degree_is_skewed_towards_a_few_hubs():
    synthetic = generate(3000, 9000, seed=8)
    degree: dict[str, int] = {}
    for record in synthetic.records:
        ids = {e["id"]: e.get("name") or e.get("title") for e in record["entities"]}
        for relation in record["relations"]:
            for end in (relation["head"], relation["tail"]):
                degree[ids[end]] = degree.get(ids[end], 0) + 1
    ranked = sorted(degree.values(), reverse=True)
    assert ranked[0] > 50 * ranked[len(ranked) // 2]


def test_generate_refuses_sizes_it_cannot_make():
    with pytest.raises(ValueError, match="at least 200 nodes"):
        generate(100, 300)
    with pytest.raises(ValueError, match="relationships per node"):
        generate(1000, 100)


def test_imported_records_make_exactly_the_counted_graph(clean_store):
    synthetic = generate(500, 1500, seed=2)
    result = import_records(clean_store, synthetic.records)
    assert result.rejected == []
    stats = graph_stats(clean_store)
    assert stats["nodes"] == {label: synthetic.nodes.get(label, 0) for label in stats["nodes"]}
    assert stats["relationships"] == {rel: synthetic.relationships.get(rel, 0) for rel in stats["relationships"]}
    assert stats["documents"] == len(synthetic.records)
