"""The one sample graph, in the shape of :func:`~edugraph.graph.nxgraph.read_graph`
with ``include_documents=True``: the docstring examples and the tests of
analytics, exports, names and the page all read it.

Four releases (Document nodes ``d1.txt`` … ``d4.txt``, each MENTIONS the
entities of its facts):

- ``d1.txt``: a signing in Satun (2022-04-19) chaired by the province's
  education officer, whose office signs;
- ``d2.txt``: a meeting in Sukhothai (2023-06-01);
- ``d3.txt``: a signing in Sukhothai (2022-04-19) chaired by the governor,
  signed by the provincial administration and supported by the fund (กสศ.);
- ``d4.txt``: a signing in Surin (2019-08-27) under an area programme, signed
  by the fund, a foundation and a subdistrict administration that pilots it.

Satun stands apart (a component of its own); the fund links Sukhothai and
Surin, so it is the one broker between provinces.  Every score the
analytics examples show is distinct, and every province, date and
neighbourhood the page's examples ask for has an exact answer.

>>> g = sample_graph()
>>> g.number_of_nodes(), g.number_of_edges()
(21, 39)
>>> sorted(n for n, d in g.nodes(data=True) if d["label"] == "Document")
['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt']
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from edugraph.constants import DOCUMENT_LABEL, MENTIONS

SATUN_SIGNING = "Event:signing:2022-04-19:สตูล"
SUKHOTHAI_MEETING = "Event:meeting:2023-06-01:สุโขทัย"
SUKHOTHAI_SIGNING = "Event:signing:2022-04-19:สุโขทัย"
SURIN_SIGNING = "Event:signing:2019-08-27:สุรินทร์"
FUND = "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
PROGRAMME = "Programme:โครงการจัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาจังหวัดสุรินทร์"


def sample_graph() -> nx.MultiDiGraph:
    """A new copy of the sample graph (callers may change it)."""
    graph = nx.MultiDiGraph()

    def node(key: str, **attributes: Any) -> None:
        attributes.setdefault("aliases", [])
        graph.add_node(key, **attributes)

    def document(key: str, title: str, published: str) -> None:
        graph.add_node(key, label=DOCUMENT_LABEL, name=title, title=title, published=published, source=key)

    def fact(head: str, relation: str, tail: str, source: str, evidence: str, title: str = "") -> None:
        graph.add_edge(head, tail, key=relation, type=relation, sources=[source], evidence=[evidence],
                       titles=[title])

    # d1.txt, d2.txt: Satun, and a meeting in Sukhothai.
    node("Person:สมชายใจดี", label="Person", name="สมชาย ใจดี", title="นาย", position="ศึกษาธิการจังหวัดสตูล")
    node("Agency:สำนักงานศึกษาธิการจังหวัดสตูล", label="Agency", name="สำนักงานศึกษาธิการจังหวัดสตูล",
         aliases=["ศธจ.สตูล"], kind="provincial_office")
    node("Province:สตูล", label="Province", name="สตูล")
    node("Province:สุโขทัย", label="Province", name="สุโขทัย")
    node(SATUN_SIGNING, label="Event", name="พิธีลงนามความร่วมมือ", event_type="signing", date="2022-04-19",
         end_date=None, title="พิธีลงนามความร่วมมือ", venue="ศาลากลางจังหวัดสตูล", province="สตูล")
    node(SUKHOTHAI_MEETING, label="Event", name="การประชุมสุโขทัย", event_type="meeting", date="2023-06-01",
         end_date=None, title="การประชุมสุโขทัย", venue=None, province="สุโขทัย")
    document("d1.txt", "เอกสาร 1", "2022-04-20")
    document("d2.txt", "เอกสาร 2", "2023-06-02")
    fact("Person:สมชายใจดี", "CHAIRED", SATUN_SIGNING, "d1.txt",
         "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนาม")
    fact("Person:สมชายใจดี", "HOLDS_POSITION", "Agency:สำนักงานศึกษาธิการจังหวัดสตูล", "d1.txt",
         "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล", "ศึกษาธิการจังหวัดสตูล")
    fact("Agency:สำนักงานศึกษาธิการจังหวัดสตูล", "SIGNED", SATUN_SIGNING, "d1.txt",
         "สำนักงานศึกษาธิการจังหวัดสตูล ร่วมลงนาม")
    fact(SATUN_SIGNING, "HELD_IN", "Province:สตูล", "d1.txt", "ณ ศาลากลางจังหวัดสตูล")
    fact(SUKHOTHAI_MEETING, "HELD_IN", "Province:สุโขทัย", "d2.txt", "ณ จังหวัดสุโขทัย")

    # d3.txt, d4.txt: two signings in two provinces, linked by one fund.
    node("Province:สุรินทร์", label="Province", name="สุรินทร์")
    node(SUKHOTHAI_SIGNING, label="Event", name="signing 2022-04-19", event_type="signing", date="2022-04-19",
         province="สุโขทัย")
    node(SURIN_SIGNING, label="Event", name="signing 2019-08-27", event_type="signing", date="2019-08-27",
         province="สุรินทร์")
    node("Person:วิรุฬพรรณเทวี", label="Person", name="วิรุฬ พรรณเทวี", title="นาย",
         position="ผู้ว่าราชการจังหวัดสุโขทัย")
    node("Agency:จังหวัดสุโขทัย", label="Agency", name="จังหวัดสุโขทัย", kind="provincial_administration")
    node("Agency:องค์การบริหารส่วนจังหวัดสุโขทัย", label="Agency", name="องค์การบริหารส่วนจังหวัดสุโขทัย",
         aliases=["อบจ.สุโขทัย"], kind="local_government")
    node(FUND, label="Agency", name="สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา", aliases=["กสศ."], kind="fund")
    node("Agency:มูลนิธิสยามกัมมาจล", label="Agency", name="มูลนิธิสยามกัมมาจล", kind="foundation")
    node("Agency:องค์การบริหารส่วนตำบลสลักได", label="Agency", name="องค์การบริหารส่วนตำบลสลักได",
         kind="local_government")
    node("Agency:อำเภอจอมพระ", label="Agency", name="อำเภอจอมพระ", kind="district")
    node(PROGRAMME, label="Programme", name=PROGRAMME.split(":", 1)[1])
    document("d3.txt", "เอกสาร 3", "2022-04-20")
    document("d4.txt", "เอกสาร 4", "2019-08-28")
    fact(SUKHOTHAI_SIGNING, "HELD_IN", "Province:สุโขทัย", "d3.txt", "ณ จังหวัดสุโขทัย")
    fact(SURIN_SIGNING, "HELD_IN", "Province:สุรินทร์", "d4.txt", "ณ จังหวัดสุรินทร์")
    fact("Person:วิรุฬพรรณเทวี", "CHAIRED", SUKHOTHAI_SIGNING, "d3.txt", "นายวิรุฬ พรรณเทวี เป็นประธาน")
    fact("Person:วิรุฬพรรณเทวี", "HOLDS_POSITION", "Agency:จังหวัดสุโขทัย", "d3.txt", "ผู้ว่าราชการจังหวัดสุโขทัย")
    fact("Agency:องค์การบริหารส่วนจังหวัดสุโขทัย", "SIGNED", SUKHOTHAI_SIGNING, "d3.txt", "อบจ.สุโขทัย ร่วมลงนาม")
    fact("Agency:องค์การบริหารส่วนจังหวัดสุโขทัย", "LOCATED_IN", "Province:สุโขทัย", "d3.txt", "อบจ.สุโขทัย")
    fact("Agency:จังหวัดสุโขทัย", "LOCATED_IN", "Province:สุโขทัย", "d3.txt", "จังหวัดสุโขทัย")
    fact(FUND, "SUPPORTED", SUKHOTHAI_SIGNING, "d3.txt", "กสศ. สนับสนุน")
    fact(FUND, "SIGNED", SURIN_SIGNING, "d4.txt", "กสศ. ร่วมลงนาม")
    fact("Agency:มูลนิธิสยามกัมมาจล", "SIGNED", SURIN_SIGNING, "d4.txt", "มูลนิธิสยามกัมมาจล ร่วมลงนาม")
    fact("Agency:องค์การบริหารส่วนตำบลสลักได", "SIGNED", SURIN_SIGNING, "d4.txt", "อบต.สลักได ร่วมลงนาม")
    fact("Agency:องค์การบริหารส่วนตำบลสลักได", "PILOT_OF", PROGRAMME, "d4.txt", "อปท. นำร่อง")
    fact("Agency:องค์การบริหารส่วนตำบลสลักได", "LOCATED_IN", "Province:สุรินทร์", "d4.txt", "อบต.สลักได")
    fact("Agency:อำเภอจอมพระ", "LOCATED_IN", "Province:สุรินทร์", "d4.txt", "อำเภอจอมพระ")
    fact(SURIN_SIGNING, "PART_OF", PROGRAMME, "d4.txt", "ภายใต้โครงการ")

    # Each release mentions the entities of its facts.
    for head, tail, data in list(graph.edges(data=True)):
        for source in data["sources"]:
            for entity in (head, tail):
                if not graph.has_edge(source, entity, MENTIONS):
                    graph.add_edge(source, entity, key=MENTIONS, type=MENTIONS, names=[graph.nodes[entity]["name"]])
    return graph
