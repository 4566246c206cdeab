"""Exports that networkx (and Gephi) read back, with Thai intact; canonical JSON."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from edugraph.graph.sample import sample_graph
from edugraph.graph.export import FORMATS, ExportError, export_graph, node_link_json, prepare
from edugraph.graph.importer import import_records
from edugraph.graph.nxgraph import read_graph

THAI_NAME = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
FUND = f"Agency:{THAI_NAME}"


def _with_document(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    graph = graph.copy()
    graph.add_node("d1", label="Document", name="ข่าว ๑", source="d1", published="2022-04-20",
                   imported_at="2026-01-01T00:00:00+00:00", hash="abc")
    graph.add_edge("d1", FUND, key="MENTIONS", type="MENTIONS", names=["กสศ.", THAI_NAME], local_id="a3")
    return graph


def test_json_reads_back_with_the_same_graph():
    graph = _with_document(sample_graph())
    data = json.loads(node_link_json(graph))
    back = nx.node_link_graph(data, edges="edges")
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert back.nodes[FUND]["name"] == THAI_NAME
    assert back.nodes[FUND]["aliases"] == ["กสศ."]
    assert "imported_at" not in back.nodes["d1"]
    assert back.edges["Person:วิรุฬพรรณเทวี", "Event:signing:2022-04-19:สุโขทัย", "CHAIRED"]["evidence"] == [
        "นายวิรุฬ พรรณเทวี เป็นประธาน"]


def test_json_is_canonical_whatever_the_insertion_order():
    graph = sample_graph()
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    for u, v, k, d in reversed(list(graph.edges(keys=True, data=True))):
        shuffled.add_edge(u, v, key=k, **d)
    assert node_link_json(shuffled) == node_link_json(graph)
    text = node_link_json(graph)
    assert THAI_NAME in text and "\\u0e" not in text and text.endswith("\n")


def test_aligned_lists_are_sorted_together():
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Agency", name="a", aliases=[])
    graph.add_node("e", label="Event", name="e", aliases=[])
    graph.add_edge("a", "e", key="SIGNED", type="SIGNED", sources=["z.txt", "b.txt"],
                   evidence=["จาก z", "จาก b"], titles=["", ""])
    edge = prepare(graph).edges["a", "e", "SIGNED"]
    assert edge["sources"] == ["b.txt", "z.txt"] and edge["evidence"] == ["จาก b", "จาก z"]


def test_graphml_reads_back_with_names_as_labels_and_lists_joined(tmp_path):
    graph = _with_document(sample_graph())
    [path] = export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(back, nx.MultiDiGraph)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert set(back.edges(keys=True)) == set(graph.edges(keys=True))  # edge key = relation type
    assert back.nodes[FUND]["name"] == back.nodes[FUND]["label"] == THAI_NAME
    assert back.nodes[FUND]["node_type"] == "Agency"
    assert back.nodes[FUND]["aliases"] == "กสศ."
    assert back.edges["d1", FUND, "MENTIONS"]["names"] == f"กสศ. | {THAI_NAME}"
    data = back.edges["Person:วิรุฬพรรณเทวี", "Event:signing:2022-04-19:สุโขทัย", "CHAIRED"]
    assert data["type"] == "CHAIRED" and data["sources"] == "d3.txt"
    assert "imported_at" not in back.nodes["d1"]


def test_graphml_keeps_numbers_as_numbers(tmp_path):
    graph = sample_graph()
    graph.nodes[FUND]["budget"] = 1_500_000
    graph.nodes[FUND]["share"] = 0.25
    [path] = export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert back.nodes[FUND]["budget"] == 1_500_000 and isinstance(back.nodes[FUND]["budget"], int)
    assert back.nodes[FUND]["share"] == 0.25
    assert back.nodes["Event:signing:2022-04-19:สุโขทัย"]["date"] == "2022-04-19"


def test_gexf_reads_back_with_names_as_labels(tmp_path):
    graph = _with_document(sample_graph())
    [path] = export_graph(graph, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert back.nodes[FUND]["label"] == THAI_NAME
    assert back.nodes[FUND]["node_type"] == "Agency"
    assert back.edges["d1", FUND]["names"] == f"กสศ. | {THAI_NAME}"
    relations = {d["relation"] for _, _, d in back.edges(data=True)}
    assert relations == {"HELD_IN", "CHAIRED", "HOLDS_POSITION", "SIGNED", "LOCATED_IN", "SUPPORTED",
                         "PILOT_OF", "PART_OF", "MENTIONS"}
    assert all(d["label"] == d["relation"] for _, _, d in back.edges(data=True))


def test_csv_gives_two_utf8_files_with_a_bom(tmp_path):
    graph = sample_graph()
    nodes_path, edges_path = export_graph(graph, "csv", tmp_path / "graph.csv")
    assert (nodes_path.name, edges_path.name) == ("graph-nodes.csv", "graph-edges.csv")
    assert nodes_path.read_bytes()[:3] == edges_path.read_bytes()[:3] == b"\xef\xbb\xbf"
    nodes = list(csv.DictReader(nodes_path.open(encoding="utf-8-sig")))
    edges = list(csv.DictReader(edges_path.open(encoding="utf-8-sig")))
    assert (len(nodes), len(edges)) == (graph.number_of_nodes(), graph.number_of_edges())
    assert list(nodes[0])[:4] == ["key", "label", "name", "aliases"]
    assert list(edges[0])[:6] == ["source", "target", "type", "sources", "evidence", "titles"]
    fund = next(n for n in nodes if n["key"] == FUND)
    assert fund["name"] == THAI_NAME and fund["aliases"] == "กสศ."
    assert {n["key"] for n in nodes} == set(graph)
    assert {(e["source"], e["target"], e["type"]) for e in edges} == set(graph.edges(keys=True))
    chaired = next(e for e in edges if e["type"] == "CHAIRED")
    assert chaired["evidence"] == "นายวิรุฬ พรรณเทวี เป็นประธาน"


def test_csv_into_a_folder(tmp_path):
    paths = export_graph(sample_graph(), "csv", tmp_path)
    assert [p.name for p in paths] == ["nodes.csv", "edges.csv"]


def test_every_format_creates_its_folder(tmp_path):
    for fmt in FORMATS:
        written = export_graph(sample_graph(), fmt, tmp_path / fmt / "deeper" / f"g.{fmt}")
        assert written and all(path.is_file() for path in written)


def test_json_keeps_real_lists(tmp_path):
    [path] = export_graph(_with_document(sample_graph()), "json", tmp_path / "g.json")
    nodes = {node["id"]: node for node in json.loads(path.read_text(encoding="utf-8"))["nodes"]}
    assert nodes[FUND]["aliases"] == ["กสศ."]


def test_export_errors_name_the_path(tmp_path):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot create the folder"):
        export_graph(sample_graph(), "json", tmp_path / "a-file" / "g.json")
    with pytest.raises(ExportError, match="unknown export format 'dot'"):
        export_graph(sample_graph(), "dot", tmp_path / "g.dot")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_graph_exports(tmp_path, fmt):
    assert all(p.exists() for p in export_graph(nx.MultiDiGraph(), fmt, tmp_path / f"empty.{fmt}"))


def _release(source: str, hash_: str, extra_alias: str) -> dict:
    return {
        "doc": source, "source": source, "hash": hash_, "title": f"ข่าว {source}", "published": "2022-04-20",
        "entities": [
            {"id": "a1", "type": "Agency", "name": THAI_NAME, "aliases": [extra_alias], "kind": "fund"},
            {"id": "e1", "type": "Event", "event_type": "signing", "date": "2022-04-19"},
            {"id": "v1", "type": "Province", "name": "สุโขทัย"},
        ],
        "relations": [
            {"type": "SIGNED", "head": "a1", "tail": "e1", "evidence": f"{extra_alias} ลงนาม ({source})"},
            {"type": "HELD_IN", "head": "e1", "tail": "v1", "evidence": "ณ จังหวัดสุโขทัย"},
        ],
    }


def test_two_imports_of_the_same_corpus_export_the_same_bytes(clean_store, tmp_path):
    corpus = [_release("a.txt", "h-a", "กสศ."), _release("b.txt", "h-b", "กสศ")]
    import_records(clean_store, corpus)
    first = node_link_json(read_graph(clean_store, include_documents=True))
    clean_store.clear()
    clean_store.ensure_schema()
    import_records(clean_store, list(reversed(corpus)))
    second = node_link_json(read_graph(clean_store, include_documents=True))
    assert first == second
    edge = json.loads(first)["edges"]
    signed = next(e for e in edge if e["type"] == "SIGNED")
    assert signed["sources"] == ["a.txt", "b.txt"]
