"""read_graph on a real store: the networkx shape of ARCHITECTURE.md §4."""
from __future__ import annotations

import networkx as nx

from edugraph.graph.importer import import_records
from edugraph.graph.nxgraph import graph_from_rows, read_graph

RELEASE = {
    "doc": "satun.txt", "source": "satun.txt", "title": "สตูลประชุมเชิงปฏิบัติการ", "hash": "h-satun",
    "published": "2024-05-13", "url": "https://example.go.th/satun",
    "entities": [
        {"id": "v1", "type": "Province", "name": "สตูล"},
        {"id": "e1", "type": "Event", "event_type": "workshop", "date": "2024-05-13",
         "title": "ประชุมเชิงปฏิบัติการพลิกโฉมพื้นที่นวัตกรรมการศึกษา", "venue": "โรงเรียนอนุบาลสตูล"},
        {"id": "a1", "type": "Agency", "name": "สำนักงานศึกษาธิการจังหวัดสตูล", "kind": "provincial_office"},
        {"id": "a2", "type": "Agency", "name": "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
         "aliases": ["สพฐ."], "kind": "ministry_office"},
        {"id": "p1", "type": "Person", "name": "สมพงศ์ พละไชย", "title": "นาย", "position": "ศึกษาธิการจังหวัดสตูล"},
        {"id": "g1", "type": "Programme", "name": "พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล", "aliases": ["Satun Sandbox"]},
    ],
    "relations": [
        {"type": "HELD_IN", "head": "e1", "tail": "v1", "evidence": "ณ โรงเรียนอนุบาลสตูล"},
        {"type": "ORGANIZED", "head": "a1", "tail": "e1", "evidence": "สำนักงานศึกษาธิการจังหวัดสตูล จัดประชุม"},
        {"type": "PARTICIPATED", "head": "a2", "tail": "e1", "evidence": "ผู้แทน สพฐ. เข้าร่วม"},
        {"type": "SPOKE_AT", "head": "p1", "tail": "e1", "evidence": "นายสมพงศ์ พละไชย กล่าวรายงาน"},
        {"type": "HOLDS_POSITION", "head": "p1", "tail": "a1", "evidence": "ศึกษาธิการจังหวัดสตูล",
         "title": "ศึกษาธิการจังหวัดสตูล"},
        {"type": "PART_OF", "head": "e1", "tail": "g1", "evidence": "ขับเคลื่อนพื้นที่นวัตกรรมการศึกษา"},
        {"type": "PILOT_OF", "head": "v1", "tail": "g1", "evidence": "จังหวัดสตูลเป็นพื้นที่นำร่อง"},
        {"type": "LOCATED_IN", "head": "a1", "tail": "v1", "evidence": "สำนักงานศึกษาธิการจังหวัดสตูล"},
    ],
}


def test_read_graph_has_the_agreed_shape(clean_store):
    import_records(clean_store, [RELEASE])
    graph = read_graph(clean_store)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == 6 and graph.number_of_edges() == 8
    assert {d["label"] for _, d in graph.nodes(data=True)} == {"Province", "Event", "Agency", "Person", "Programme"}
    agency = graph.nodes["Agency:สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"]
    assert agency["name"] == "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"
    assert agency["aliases"] == ["สพฐ."] and agency["kind"] == "ministry_office"
    assert "search" not in agency and "key" not in agency
    person = graph.nodes["Person:สมพงศ์พละไชย"]
    assert (person["title"], person["position"]) == ("นาย", "ศึกษาธิการจังหวัดสตูล")
    event = graph.nodes["Event:workshop:2024-05-13:สตูล"]
    assert (event["event_type"], event["date"], event["venue"]) == ("workshop", "2024-05-13", "โรงเรียนอนุบาลสตูล")
    edge = graph.edges["Person:สมพงศ์พละไชย", "Agency:สำนักงานศึกษาธิการจังหวัดสตูล", "HOLDS_POSITION"]
    assert edge == {"type": "HOLDS_POSITION", "sources": ["satun.txt"],
                    "evidence": ["ศึกษาธิการจังหวัดสตูล"], "titles": ["ศึกษาธิการจังหวัดสตูล"]}
    assert {k for _, _, k in graph.edges(keys=True)} == {
        "HELD_IN", "ORGANIZED", "PARTICIPATED", "SPOKE_AT", "HOLDS_POSITION", "PART_OF", "PILOT_OF", "LOCATED_IN"}


def test_documents_and_mentions_only_on_request(clean_store):
    import_records(clean_store, [RELEASE])
    graph = read_graph(clean_store, include_documents=True)
    assert graph.number_of_nodes() == 7
    document = graph.nodes["satun.txt"]
    assert document["label"] == "Document" and document["name"] == "สตูลประชุมเชิงปฏิบัติการ"
    assert document["published"] == "2024-05-13"
    mentions = [(t, d) for s, t, k, d in graph.edges(keys=True, data=True) if k == "MENTIONS"]
    assert len(mentions) == 6 and all(d["type"] == "MENTIONS" for _, d in mentions)
    names = dict(mentions)["Agency:สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"]["names"]
    assert set(names) >= {"สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "สพฐ."}


def test_bare_mentions_are_the_same_pairs_without_their_properties(clean_store):
    second = {**RELEASE, "doc": "satun-2.txt", "source": "satun-2.txt", "hash": "h-satun-2",
              "entities": RELEASE["entities"][:2], "relations": RELEASE["relations"][:1]}
    import_records(clean_store, [RELEASE, second])
    detailed = read_graph(clean_store, include_documents=True)
    bare = read_graph(clean_store, include_documents=True, mention_details=False)
    assert list(bare.nodes(data=True)) == list(detailed.nodes(data=True))
    assert sorted(bare.edges(keys=True)) == sorted(detailed.edges(keys=True))
    mentions = [(s, t, d) for s, t, k, d in bare.edges(keys=True, data=True) if k == "MENTIONS"]
    assert len(mentions) == 8 and {s for s, _, _ in mentions} == {"satun.txt", "satun-2.txt"}
    assert all(d == {"type": "MENTIONS"} for _, _, d in mentions)
    facts = [(s, t, k, d) for s, t, k, d in bare.edges(keys=True, data=True) if k != "MENTIONS"]
    assert facts == [(s, t, k, d) for s, t, k, d in detailed.edges(keys=True, data=True) if k != "MENTIONS"]
    assert read_graph(clean_store, mention_details=False).number_of_edges() == 8      # no documents asked


def test_two_reads_give_the_same_graph_in_the_same_order(clean_store):
    import_records(clean_store, [RELEASE])
    first, second = read_graph(clean_store), read_graph(clean_store)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
    assert list(first) == sorted(first)


def test_an_empty_store_is_an_empty_graph(clean_store):
    graph = read_graph(clean_store, include_documents=True)
    assert graph.number_of_nodes() == graph.number_of_edges() == 0


def test_unknown_labels_and_their_edges_are_left_out():
    graph = graph_from_rows(
        [{"key": "Agency:a", "label": "Agency", "properties": {"name": "a"}},
         {"key": "lock", "label": "EdugraphLock", "properties": {}}],
        [{"source": "lock", "target": "Agency:a", "type": "HOLDS", "properties": {}}])
    assert list(graph) == ["Agency:a"] and graph.number_of_edges() == 0
