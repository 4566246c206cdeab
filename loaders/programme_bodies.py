"""ORGANIZED and PART_OF from the bodies that run a named programme although their names do not carry it
(``bodies`` of a ``programmes.yaml`` entry: the milk board, คณะกรรมการอาหารนมเพื่อเด็กและเยาวชน, runs the school-milk
programme).  In a release that names the programme, the body ORGANIZED it, and the body's own meeting, whose title
names the body (ประชุมคณะกรรมการอาหารนมเพื่อเด็กและเยาวชน ครั้งที่ 1/2568), is PART_OF it: the meetings of a
programme's board develop the programme (ANNOTATION.md: events that develop or drive a programme)."""
from __future__ import annotations

from edugraph.loaders.reading import Fact, Reading, evidence


def programme_bodies(reading: Reading) -> list[Fact]:
    """The facts above, for each programme of the release with a running body that the release names.

    >>> from edugraph.loaders.extract import extract
    >>> text = ("ปลัดเกษตรฯ ประชุมคณะกรรมการอาหารนมเพื่อเด็กและเยาวชน\\n\\n5 กุมภาพันธ์ 2568 นายประยูร อินสกุล "
    ...         "ปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุมคณะกรรมการอาหารนมเพื่อเด็กและเยาวชน ครั้งที่ 1/2568 "
    ...         "ณ กระทรวงเกษตรและสหกรณ์ เพื่อพิจารณาหลักเกณฑ์โครงการอาหารเสริม (นม) โรงเรียน ปีการศึกษา 2568")
    >>> out = extract(text, doc="t")
    >>> names = {e["id"]: e.get("name") or e.get("event_type") for e in out["entities"]}
    >>> sorted((r["type"], names[r["head"]]) for r in out["relations"] if names[r["tail"]] == "โครงการอาหารเสริม (นม) โรงเรียน")
    [('ORGANIZED', 'คณะกรรมการอาหารนมเพื่อเด็กและเยาวชน'), ('PART_OF', 'meeting')]
    """
    text, a, gaz = reading.text, reading.a, reading.gaz
    facts = []
    for programme in a.programmes:
        entry = gaz.programme_by_form(programme.base) if programme.entity_id else None
        if entry is None or not entry.bodies:
            continue
        for body in a.agencies:
            agency = reading.agency_id(body) if body.name in entry.bodies and not body.holder else None
            if agency is None:
                continue
            facts.append(Fact("ORGANIZED", agency, programme.entity_id, evidence(text, body.start, body.end)))
            for event in reading.events:
                if event.title_span[0] <= body.start < event.title_span[1]:
                    facts.append(Fact("PART_OF", event.entity_id, programme.entity_id,
                                      evidence(text, event.title_span[0], event.title_span[1])))
    return facts
