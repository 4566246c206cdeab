"""On 3,000 real records, no event node joins releases that share nothing but the day,
nor releases that place it in two provinces.

Slow: it reads the first 3,000 records of
``../shared/corpus/realworld/thaigov-education.jsonl`` as the session imports
them once for every module (``realworld_3000`` in tests/conftest.py).
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pytest

from edugraph.graph.readside import canonical_dump, graph_stats

GENERIC = {"การ", "ประชุม", "พิธี", "ลงนาม", "บันทึก", "ข้อตกลง", "ความ", "ร่วมมือ", "ความร่วมมือ", "บันทึกข้อตกลง", "โครงการ", "อบรม",
           "เชิง", "ปฏิบัติ", "และ", "ของ", "ใน", "เพื่อ", "ที่", "กับ", "จังหวัด", "ครั้ง", "ปี", "ประจำ"}


def title_words(title: str | None) -> set[str]:
    """Content words of a title (Thai word segmentation, generic event words left out).

    >>> sorted(title_words("พิธีลงนามบันทึกข้อตกลงความร่วมมือ"))
    []
    """
    if not title:
        return set()
    from pythainlp.tokenize import word_tokenize

    return {w for w in word_tokenize(title, engine="newmm", keep_whitespace=False)
            if len(w) > 1 and w not in GENERIC and not w.isdigit()}


def merged_events(dump: dict) -> dict[str, dict[str, dict]]:
    """Event key → document → what that document says of it (actors, venue, programmes, title words)."""
    events: dict[str, dict[str, dict]] = defaultdict(dict)
    for rel in dump["relationships"]:
        if rel["type"] == "MENTIONS" and rel["tail"].startswith("Event:"):
            events[rel["tail"]][rel["head"]] = {"actors": set(), "programmes": set(), "venue": rel.get("venue"),
                                                "words": title_words(rel.get("title"))}
    for rel in dump["relationships"]:
        if rel["type"] == "MENTIONS":
            continue
        event, other = (rel["tail"], rel["head"]) if rel["tail"].startswith("Event:") else (rel["head"], rel["tail"])
        if event not in events or rel["type"] == "HELD_IN":
            continue
        for source in rel["sources"]:
            if source in events[event]:
                kind = "programmes" if other.startswith("Programme:") else "actors"
                events[event][source][kind].add(other)
    return {key: docs for key, docs in events.items() if len(docs) > 1}


def unsupported(events: dict[str, dict[str, dict]]) -> list[tuple[str, str, str]]:
    """(event, document, document) pairs of one node that share no actor, venue, programme or title word."""
    bad = []
    for key, docs in events.items():
        for a, b in combinations(sorted(docs), 2):
            x, y = docs[a], docs[b]
            shared = (x["actors"] & y["actors"]) or (x["programmes"] & y["programmes"]) \
                or (x["venue"] and x["venue"] == y["venue"]) or (x["words"] & y["words"])
            if not shared:
                bad.append((key, a, b))
    return bad


def report_places(dump: dict) -> dict[str, dict[str, set[str]]]:
    """Event key → document → the provinces that report places it in: its HELD_IN, its
    province, a venue naming ``จังหวัดX`` of a stored province.

    >>> dump = {"nodes": [{"label": "Province", "key": "Province:น่าน"}], "relationships": [
    ...     {"head": "a.txt", "type": "MENTIONS", "tail": "Event:x", "venue": "ศาลากลางจังหวัดน่าน"},
    ...     {"head": "b.txt", "type": "MENTIONS", "tail": "Event:x"},
    ...     {"head": "Event:x", "type": "HELD_IN", "tail": "Province:แพร่", "sources": ["b.txt"]}]}
    >>> report_places(dump)["Event:x"] == {"a.txt": {"น่าน"}, "b.txt": {"แพร่"}}
    True
    """
    known = {node["key"].split(":", 1)[1] for node in dump["nodes"] if node["label"] == "Province"}
    places: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for rel in dump["relationships"]:
        if rel["type"] == "HELD_IN" and rel["head"].startswith("Event:"):
            for source in rel.get("sources", []):
                places[rel["head"]][source].add(rel["tail"].split(":", 1)[1])
        elif rel["type"] == "MENTIONS" and rel["tail"].startswith("Event:"):
            found = places[rel["tail"]][rel["head"]]
            if rel.get("province"):
                found.add(rel["province"])
            venue = (rel.get("venue") or "").replace(" ", "")
            found |= {p for p in known if "จังหวัด" + p in venue}
    return places


@pytest.mark.slow
def test_no_event_of_3000_real_records_joins_reports_placing_it_in_other_provinces(realworld_3000):
    store = realworld_3000.open()          # the session's one import (tests/conftest.py); read only
    try:
        dump = canonical_dump(store)
    finally:
        store.close()
    conflicts = [(key, a, b) for key, reports in report_places(dump).items()
                 for a, b in combinations(sorted(reports), 2)
                 if reports[a] and reports[b] and reports[a].isdisjoint(reports[b])]
    assert conflicts == []


@pytest.mark.slow
def test_no_event_of_3000_real_records_joins_releases_with_nothing_in_common(realworld_3000):
    store = realworld_3000.open()          # the session's one import (tests/conftest.py); read only
    try:
        assert graph_stats(store)["documents"] > 2900
        events = merged_events(canonical_dump(store))
    finally:
        store.close()
    assert events, "some events are reported by two releases"
    assert unsupported(events) == []
