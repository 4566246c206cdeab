"""Parts of the graph for `edugraph render`: never through documents, documents kept."""
from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from edugraph.graph.sample import sample_graph
from edugraph.viz.subgraph import (SelectionError, around, entity_view, in_province, overview_nodes,
                                   of_programme, province_scope, resolve_node, since)


def entities(graph):
    return set(entity_view(graph))


def test_around_counts_relations_not_documents():
    g = sample_graph()
    # d1.txt mentions the signing and the person: through it they would be one step apart
    assert entities(around(g, "Province:สตูล", depth=1)) == {"Province:สตูล", "Event:signing:2022-04-19:สตูล"}
    two = entities(around(g, "Province:สตูล", depth=2))
    assert "Person:สมชายใจดี" in two and "Province:สุโขทัย" not in two
    assert entities(around(g, "สตูล", depth=0)) == {"Province:สตูล"}
    kept = around(g, "Province:สตูล", depth=1)
    assert {"d1.txt", "d2.txt"} <= set(kept), "documents stay for provenance"


def test_around_matches_networkx_ego_graph_on_a_big_graph(thai_graph_factory):
    g = thai_graph_factory(800, include_documents=True)
    plain = nx.Graph(entity_view(g))
    centre = max(plain, key=plain.degree)
    expected = set(nx.ego_graph(plain, centre, radius=2))
    assert entities(around(g, centre, depth=2)) == expected


def test_resolve_node_by_key_name_alias_or_unique_part():
    g = sample_graph()
    assert resolve_node(g, "ศธจ. สตูล") == "Agency:สำนักงานศึกษาธิการจังหวัดสตูล"
    assert resolve_node(g, "ศึกษาธิการจังหวัด") == "Agency:สำนักงานศึกษาธิการจังหวัดสตูล"
    with pytest.raises(SelectionError, match="no node has the key or name 'ไม่มีใคร'"):
        resolve_node(g, "ไม่มีใคร")
    with pytest.raises(SelectionError, match="6 nodes match 'การ'"):
        resolve_node(g, "การ")
    with pytest.raises(SelectionError, match="no node has the key or name 'd1.txt'"):
        resolve_node(g, "d1.txt")


def test_in_province_with_or_without_the_word_province():
    g = sample_graph()
    assert entities(in_province(g, "สตูล")) == entities(in_province(g, "จังหวัด สตูล"))
    satun = entities(in_province(g, "สตูล"))
    assert satun == {"Province:สตูล", "Event:signing:2022-04-19:สตูล", "Person:สมชายใจดี",
                     "Agency:สำนักงานศึกษาธิการจังหวัดสตูล"}
    with pytest.raises(SelectionError, match="did you mean: สตูล"):
        in_province(g, "สตูน")


def test_province_scope_is_what_in_province_keeps(thai_graph_factory):
    g = thai_graph_factory(500)
    scope = province_scope(g)
    for province in ("สุโขทัย", "สตูล"):
        assert entities(in_province(g, province)) == {n for n, s in scope.items() if province in s}


def test_since_drops_earlier_and_undated_events_and_their_orphans():
    g = sample_graph()
    g.add_node("Event:visit:undated:d2.txt#e9", label="Event", name="ลงพื้นที่", event_type="visit", aliases=[])
    g.add_edge("Event:visit:undated:d2.txt#e9", "Province:สุโขทัย", key="HELD_IN", type="HELD_IN",
               sources=["d2.txt"], evidence=["x"], titles=[""])
    kept = entities(since(g, "2023-01-01"))
    assert "Event:meeting:2023-06-01:สุโขทัย" in kept
    assert "Event:signing:2022-04-19:สตูล" not in kept and "Event:visit:undated:d2.txt#e9" not in kept
    assert "Province:สตูล" not in kept, "linked only to a dropped event"
    assert "Person:สมชายใจดี" in kept, "still holds a position"
    assert entities(since(g, "2022-04-19")) >= {"Event:signing:2022-04-19:สตูล"}
    with pytest.raises(SelectionError, match="not an ISO date"):
        since(g, "19/04/2565")


def test_of_programme_takes_in_the_people_of_its_events():
    g = sample_graph()
    g.add_node("Programme:พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล", label="Programme",
               name="พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล", aliases=["Satun Sandbox"])
    g.add_edge("Event:signing:2022-04-19:สตูล", "Programme:พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล", key="PART_OF",
               type="PART_OF", sources=["d1.txt"], evidence=["x"], titles=[""])
    view = entities(of_programme(g, "satun sandbox"))
    assert {"Person:สมชายใจดี", "Event:signing:2022-04-19:สตูล", "Province:สตูล"} <= view
    assert "Province:สุโขทัย" not in view
    with pytest.raises(SelectionError, match="no programme"):
        of_programme(g, "สมชาย")


def test_the_overview_keeps_provinces_programmes_and_hubs_within_its_budget(thai_graph_factory):
    g = thai_graph_factory(1000, include_documents=True)
    g.add_node("Agency:โดดเดี่ยว", label="Agency", name="โดดเดี่ยว", aliases=[])
    entities_only = entity_view(g)
    chosen = overview_nodes(g, 150)
    assert len(chosen) == 150 and len(set(chosen)) == 150
    labels = Counter(entities_only.nodes[n]["label"] for n in chosen)
    assert labels["Province"] == sum(1 for _, d in entities_only.nodes(data=True) if d["label"] == "Province")
    assert labels["Programme"] > 0 and labels["Agency"] > 0 and labels["Person"] > 0
    assert "Agency:โดดเดี่ยว" not in chosen
    drawn = entities_only.subgraph(chosen)
    assert all(drawn.degree(n) > 0 for n in chosen), "no node of the overview stands alone"
    degree = dict(entities_only.degree())
    hubs = sorted(degree, key=lambda n: -degree[n])[:10]
    assert set(hubs) <= set(chosen)
    small = sample_graph()
    assert sorted(overview_nodes(small, 100)) == sorted(entity_view(small))
    with pytest.raises(SelectionError):
        overview_nodes(g, 0)
