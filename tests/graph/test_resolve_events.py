"""Event evidence on small inline records: an occasion's title shared by many releases, places
that the text implies without a HELD_IN."""
from __future__ import annotations

from edugraph.graph.resolve import resolve

OCCASION = "พิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567"


def ceremony(record, source, *, title=OCCASION, chair=None, province=None):
    entities = [{"id": "e", "type": "Event", "event_type": "ceremony", "date": "2024-07-28", "title": title}]
    relations = []
    if chair:
        entities.append({"id": "p", "type": "Person", "name": chair[0], "title": "นาย", "position": chair[1]})
        relations.append(("CHAIRED", "p", "e"))
    if province:
        entities.append({"id": "v", "type": "Province", "name": province})
        relations.append(("HELD_IN", "e", "v"))
    return record(source, entities, relations)


def event_nodes(records) -> set[str]:
    resolution = resolve({r["source"]: r for r in records})
    return {key for (_, local), key in resolution.keys.items() if local == "e"}


def test_two_releases_with_one_title_are_one_event(record):
    assert len(event_nodes([ceremony(record, "a.txt"), ceremony(record, "b.txt")])) == 1


def test_a_title_that_many_releases_of_the_day_share_names_the_occasion_not_one_event(record):
    releases = [ceremony(record, f"{n}.txt") for n in range(6)]
    assert len(event_nodes(releases)) == 6


def test_a_governor_in_the_chair_places_the_event_in_his_province(record):
    nan = ceremony(record, "a.txt", chair=("สมชาย ใจดี", "ผู้ว่าราชการจังหวัดน่าน"))
    phrae = ceremony(record, "b.txt", province="แพร่")
    other = record("c.txt", [{"id": "v", "type": "Province", "name": "น่าน"}])
    assert len(event_nodes([nan, phrae, other])) == 2
    same_place = ceremony(record, "d.txt", province="น่าน")
    assert len(event_nodes([nan, same_place, other])) == 1


def test_a_venue_naming_another_province_refuses_the_merge(record):
    a = ceremony(record, "a.txt", province="เชียงใหม่")
    b = ceremony(record, "b.txt")
    b["entities"][0]["venue"] = "ศาลากลาง จ.ลำพูน"
    other = record("c.txt", [{"id": "v", "type": "Province", "name": "ลำพูน"}])
    assert len(event_nodes([a, b, other])) == 2
    b["entities"][0]["venue"] = "ศาลากลางจังหวัดเชียงใหม่"
    assert len(event_nodes([a, b, other])) == 1
