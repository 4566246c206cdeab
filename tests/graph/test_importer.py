"""Records → store: identity, provenance, incremental and convergent re-import (real stores)."""
from __future__ import annotations

import copy

import pytest

from edugraph.errors import QueryError
from edugraph.graph.importer import import_records, stored_documents, withdraw_documents
from edugraph.graph.readside import canonical_dump, explain, graph_stats
from edugraph.graph.record import MAX_TEXT_CHARS

KSS = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"


def agency(local_id, name, *aliases, kind="fund"):
    return {"id": local_id, "type": "Agency", "name": name, "aliases": list(aliases), "kind": kind}


def person(local_id, name, position=None):
    entity = {"id": local_id, "type": "Person", "name": name, "title": "นาย"}
    if position:
        entity["position"] = position
    return entity


def province(local_id, name):
    return {"id": local_id, "type": "Province", "name": name}


def event(local_id, event_type, date, title=None):
    return {"id": local_id, "type": "Event", "event_type": event_type, "date": date, "title": title}


def clean_dump(store, records):
    """The graph a clean import of ``records`` gives (the store is emptied first)."""
    store.clear()
    store.ensure_schema()
    import_records(store, records)
    return canonical_dump(store)


def facts(store, rel_type):
    return sorted(
        (r["head"], r["tail"], tuple(r["sources"]))
        for r in canonical_dump(store)["relationships"] if r["type"] == rel_type)


# -- idempotence and convergence ------------------------------------------------------------

def test_gold_records_imported_twice_give_the_same_graph(clean_store, gold_records):
    first = import_records(clean_store, gold_records)
    assert first.documents_new == 5 and not first.rejected
    stats, dump = graph_stats(clean_store), canonical_dump(clean_store)
    second = import_records(clean_store, gold_records)
    assert second.documents_unchanged == 5
    assert (second.nodes_created, second.relationships_created, second.documents_changed) == (0, 0, 0)
    assert graph_stats(clean_store) == stats
    assert canonical_dump(clean_store) == dump
    # every gold relation became a fact with its document as source
    assert sum(stats["relationships"].values()) > 100
    assert stats["documents"] == 5


def test_incremental_changes_converge_on_a_clean_import(clean_store, gold_records):
    records = copy.deepcopy(gold_records)
    import_records(clean_store, records[:3])
    changed = copy.deepcopy(records[1])
    changed["relations"] = changed["relations"][: len(changed["relations"]) // 2]
    changed["entities"][0].setdefault("aliases", []).append("ชื่อเล่นใหม่")
    changed.pop("hash", None)
    current = [records[0], changed, records[3], records[4]]     # changed one, deleted one, added two
    import_records(clean_store, current)
    withdraw_documents(clean_store, [records[2]["doc"]])
    incremental = canonical_dump(clean_store)
    assert sorted(stored_documents(clean_store)) == sorted(r["doc"] for r in current)
    assert incremental == clean_dump(clean_store, current)


def test_batch_size_does_not_change_the_graph(clean_store, gold_records):
    import_records(clean_store, gold_records, batch_size=1)
    one_by_one = canonical_dump(clean_store)
    assert one_by_one == clean_dump(clean_store, gold_records)


def test_incomplete_document_is_withdrawn_and_written_again(clean_store, gold_records):
    import_records(clean_store, gold_records)
    expected = canonical_dump(clean_store)
    source = gold_records[2]["doc"]
    # What a kill between a unit and its hash leaves: facts written, hash missing,
    # plus a stray fact that the document does not state.
    clean_store.write("MATCH (d:Document {key: $key}) SET d.hash = null", {"key": source})
    clean_store.write("MATCH (d:Document {key: $key})-[:MENTIONS]->(a:Agency) WITH a LIMIT 1 "
                      "MATCH (p:Programme) WITH a, p LIMIT 1 MERGE (a)-[r:SUPPORTED]->(p) "
                      "SET r.sources = [$key], r.evidence = ['stray'], r.titles = ['']", {"key": source})
    assert stored_documents(clean_store)[source] == ""
    result = import_records(clean_store, gold_records)
    assert (result.documents_changed, result.documents_unchanged) == (1, 4)
    assert canonical_dump(clean_store) == expected


# -- provenance -------------------------------------------------------------------------------

def test_changed_document_replaces_exactly_its_facts(clean_store, record):
    a = record("a.txt", [agency("x", "มูลนิธิก"), agency("y", "มูลนิธิข"), event("e", "signing", "2024-01-05")],
               [("SIGNED", "x", "e")], published="2024-01-05")
    b = record("b.txt", [agency("x", "มูลนิธิก"), event("e", "signing", "2024-01-05")],
               [("SIGNED", "x", "e")])
    import_records(clean_store, [a, b])
    a2 = copy.deepcopy(a)
    a2["relations"] = [{"type": "SIGNED", "head": "y", "tail": "e", "evidence": "ข ลงนาม"}]
    result = import_records(clean_store, [a2, b])
    assert (result.documents_changed, result.documents_unchanged) == (1, 1)
    # No province and no shared signer any more: each release keeps its own event.
    assert facts(clean_store, "SIGNED") == [
        ("Agency:มูลนิธิก", "Event:signing:2024-01-05:b.txt#e", ("b.txt",)),     # b still states it
        ("Agency:มูลนิธิข", "Event:signing:2024-01-05:a.txt#e", ("a.txt",)),
    ]


def test_fact_stated_by_two_documents_survives_withdrawal_of_one(clean_store, record):
    people = [person("p", "สมชาย ใจดี"), agency("a", "สำนักงานศึกษาธิการจังหวัดสตูล", kind="provincial_office")]
    one = record("one.txt", people, [("HOLDS_POSITION", "p", "a", "หลักฐานหนึ่ง", "ศึกษาธิการจังหวัดสตูล")])
    two = record("two.txt", people, [("HOLDS_POSITION", "p", "a", "หลักฐานสอง", "ศธจ.สตูล")])
    import_records(clean_store, [one, two])
    [fact] = [r for r in canonical_dump(clean_store)["relationships"] if r["type"] == "HOLDS_POSITION"]
    assert fact["sources"] == ["one.txt", "two.txt"]
    assert fact["evidence"] == ["หลักฐานหนึ่ง", "หลักฐานสอง"]
    assert fact["titles"] == ["ศึกษาธิการจังหวัดสตูล", "ศธจ.สตูล"]
    result = withdraw_documents(clean_store, ["one.txt"])
    assert result.documents_removed == 1 and result.relationships_removed == 0
    [fact] = [r for r in canonical_dump(clean_store)["relationships"] if r["type"] == "HOLDS_POSITION"]
    assert (fact["sources"], fact["evidence"], fact["titles"]) == (["two.txt"], ["หลักฐานสอง"], ["ศธจ.สตูล"])
    withdraw_documents(clean_store, ["two.txt"])
    assert graph_stats(clean_store)["relationships"]["HOLDS_POSITION"] == 0
    assert sum(graph_stats(clean_store)["nodes"].values()) == 0       # nodes left with no document go


def test_two_reports_of_one_event_are_one_event(clean_store, record):
    def report(source, title):
        return record(source, [event("e1", "signing", "2022-04-19", title), province("v", "สุโขทัย"),
                               agency("a", "จังหวัดสุโขทัย", kind="provincial_administration")],
                      [("HELD_IN", "e1", "v"), ("SIGNED", "a", "e1")], published="2022-04-20")
    import_records(clean_store, [report("outlet-a.html", "พิธีลงนาม MOU"),
                                 report("outlet-b.html", "ลงนามบันทึกข้อตกลง")])
    assert graph_stats(clean_store)["nodes"]["Event"] == 1
    found = explain(clean_store, "Event:signing:2022-04-19:สุโขทัย")
    assert sorted(d["source"] for d in found["documents"]) == ["outlet-a.html", "outlet-b.html"]
    assert found["properties"]["province"] == "สุโขทัย"
    assert facts(clean_store, "SIGNED") == [
        ("Agency:จังหวัดสุโขทัย", "Event:signing:2022-04-19:สุโขทัย", ("outlet-a.html", "outlet-b.html"))]


def test_events_on_the_same_day_in_other_provinces_or_undated_stay_apart(clean_store, record):
    a = record("a.txt", [event("e", "signing", "2022-04-19"), province("v", "ตาก"),
                         event("u", "meeting", None)], [("HELD_IN", "e", "v")])
    b = record("b.txt", [event("e", "signing", "2022-04-19"), province("v", "สตูล"),
                         event("u", "meeting", None)], [("HELD_IN", "e", "v")])
    import_records(clean_store, [a, b])
    keys = sorted(n["key"] for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Event")
    assert keys == ["Event:meeting:undated:a.txt#u", "Event:meeting:undated:b.txt#u",
                    "Event:signing:2022-04-19:ตาก", "Event:signing:2022-04-19:สตูล"]


# -- identity -----------------------------------------------------------------------------------

def test_names_and_aliases_resolve_to_one_node_that_accumulates_aliases(clean_store, record):
    full = record("full.txt", [agency("a", KSS, "กสศ.")], published="2020-01-01")
    short = record("short.txt", [agency("a", "กสศ.", "กองทุน กสศ")], published="2021-01-01")
    spaced = record("spaced.txt", [agency("a", "สำนักงานกองทุน เพื่อความเสมอภาค ทางการศึกษา")])
    import_records(clean_store, [full, short, spaced])
    agencies = [n for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Agency"]
    assert [n["key"] for n in agencies] == [f"Agency:{KSS}"]
    assert agencies[0]["name"] == KSS
    assert agencies[0]["aliases"] == ["กสศ.", "กองทุน กสศ"]
    assert agencies[0]["search"] == f"{KSS}|กสศ.|กองทุนกสศ"
    found = explain(clean_store, "กสศ.")
    names = {d["source"]: d["names"] for d in found["documents"]}
    assert names == {"full.txt": [KSS, "กสศ."], "short.txt": ["กสศ.", "กองทุน กสศ"],
                     "spaced.txt": ["สำนักงานกองทุน เพื่อความเสมอภาค ทางการศึกษา"]}


def test_an_alias_two_nodes_share_merges_nothing(clean_store, record):
    satun = record("satun.txt", [agency("a", "สำนักงานศึกษาธิการจังหวัดสตูล", "ศธจ.", kind="provincial_office")])
    tak = record("tak.txt", [agency("a", "สำนักงานศึกษาธิการจังหวัดตาก", "ศธจ.", kind="provincial_office")])
    bare = record("bare.txt", [agency("a", "ศธจ.", kind="provincial_office")])
    other = record("other.txt", [agency("a", "สำนักงานศึกษาธิการจังหวัดน่าน", "ศธจ.", kind="provincial_office")])
    import_records(clean_store, [satun, tak, other, bare])
    keys = sorted(n["key"] for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Agency")
    assert keys == ["Agency:ศธจ.", "Agency:สำนักงานศึกษาธิการจังหวัดตาก",
                    "Agency:สำนักงานศึกษาธิการจังหวัดน่าน", "Agency:สำนักงานศึกษาธิการจังหวัดสตูล"]


def test_an_alias_only_shared_by_a_withdrawn_document_no_longer_joins(clean_store, record):
    full = record("full.txt", [agency("a", KSS, "กสศ.")])
    import_records(clean_store, [full])
    withdraw_documents(clean_store, ["full.txt"])
    import_records(clean_store, [record("short.txt", [agency("a", "กสศ.")])])
    assert [n["key"] for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Agency"] == ["Agency:กสศ."]


def test_node_properties_come_from_the_latest_release_whatever_the_order(clean_store, record):
    old = record("old.txt", [person("p", "สมชาย ใจดี", "ศึกษาธิการจังหวัดตาก")], published="2019-01-01")
    new = record("new.txt", [person("p", "สมชาย ใจดี", "ศึกษาธิการจังหวัดสตูล")], published="2023-01-01")
    import_records(clean_store, [new])
    import_records(clean_store, [old])
    in_order = canonical_dump(clean_store)
    [node] = [n for n in in_order["nodes"] if n["label"] == "Person"]
    assert node["position"] == "ศึกษาธิการจังหวัดสตูล"
    assert clean_dump(clean_store, [old, new]) == in_order


def test_an_update_that_drops_several_properties_leaves_no_stale_mark(clean_store, record):
    """All releases changed, their events losing venue, province and title at once (issue 15)."""
    def release(source, version):
        entities = [person("p", "สมชาย ใจดี", "ศึกษาธิการจังหวัดตาก" if version == 1 else None),
                    {"id": "e1", "type": "Event", "event_type": "visit", "date": None,
                     **({"title": "ลงพื้นที่ตรวจเยี่ยม", "venue": "ศาลากลางจังหวัดน่าน"} if version == 1 else {})},
                    province("v", "น่าน")]
        relations = [("PARTICIPATED", "p", "e1")] + ([("HELD_IN", "e1", "v")] if version == 1 else [])
        return record(source, entities, relations, published="2024-01-0" + str(version))

    sources = [f"news/{number}.txt" for number in range(6)]
    import_records(clean_store, [release(source, 1) for source in sources], batch_size=4)
    import_records(clean_store, [release(source, 2) for source in sources], batch_size=4)
    updated = canonical_dump(clean_store)
    assert not [n["key"] for n in updated["nodes"] if "stale" in n]
    events = [n for n in updated["nodes"] if n["label"] == "Event"]
    assert len(events) == 6 and all("venue" not in n and "province" not in n and n["search"] for n in events)
    assert clean_dump(clean_store, [release(source, 2) for source in sources]) == updated


def test_hostile_names_are_stored_verbatim_and_harm_nothing(clean_store, record, gold_records):
    import_records(clean_store, gold_records)
    before = graph_stats(clean_store)
    hostile = ["<script>alert('x')</script>", "') DETACH DELETE n //", '"}) MATCH (n) DELETE n //']
    evil = record("evil<script>.txt", [agency(f"a{i}", name, kind="other") for i, name in enumerate(hostile)]
                  + [event("e", "other", "2024-02-02", "<b>งาน</b>")],
                  [("PARTICIPATED", "a0", "e", "<img src=x onerror=alert(1)>")],
                  title="') DETACH DELETE n //")
    result = import_records(clean_store, [evil])
    assert result.documents_new == 1 and not result.rejected
    after = graph_stats(clean_store)
    assert after["documents"] == before["documents"] + 1
    assert after["nodes"]["Agency"] == before["nodes"]["Agency"] + 3
    names = {n["name"] for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Agency"}
    assert set(hostile) <= names
    found = explain(clean_store, "evil<script>.txt")
    assert found["properties"]["title"] == "') DETACH DELETE n //"


# -- bad records -------------------------------------------------------------------------------------

@pytest.mark.parametrize("breakage, reason", [
    (lambda r: r["relations"].append({"type": "LIKES", "head": "x", "tail": "e", "evidence": ""}),
     "unknown type 'LIKES'"),
    (lambda r: r["relations"].append({"type": "SIGNED", "head": "ghost", "tail": "e", "evidence": ""}),
     "unknown entity 'ghost'"),
    (lambda r: r["relations"].append({"type": "CHAIRED", "head": "x", "tail": "e", "evidence": ""}),
     "CHAIRED cannot link Agency to Event"),
    (lambda r: r["entities"].append({"id": "z", "type": "Person"}), "name is missing"),
    (lambda r: r["entities"].append({"id": "x", "type": "Person", "name": "ซ้ำ"}), "appears twice"),
    (lambda r: r["entities"][1].update(date="19 เม.ย. 65"), "not an ISO date"),
    (lambda r: r.update(published=2022), "must be a string"),
])
def test_a_record_breaking_the_contract_is_rejected_and_keeps_the_old_version(
        clean_store, record, breakage, reason):
    good = record("a.txt", [agency("x", "มูลนิธิก"), event("e", "signing", "2024-01-05")],
                  [("SIGNED", "x", "e")])
    other = record("b.txt", [agency("x", "มูลนิธิข")])
    import_records(clean_store, [good])
    before = canonical_dump(clean_store)
    bad = copy.deepcopy(good)
    breakage(bad)
    result = import_records(clean_store, [bad, other])
    assert [r["source"] for r in result.rejected] == ["a.txt"]
    assert reason in result.rejected[0]["reason"]
    assert result.documents_new == 1
    withdraw_documents(clean_store, ["b.txt"])
    assert canonical_dump(clean_store) == before


def test_the_same_source_twice_in_one_call_keeps_the_later_record(clean_store, record):
    first = record("a.txt", [agency("x", "มูลนิธิก")])
    second = record("a.txt", [agency("x", "มูลนิธิข")])
    import_records(clean_store, [first, second])
    assert [n["name"] for n in canonical_dump(clean_store)["nodes"] if n["label"] == "Agency"] == ["มูลนิธิข"]


# -- read side ----------------------------------------------------------------------------------------

def test_graph_stats_lists_every_type_with_zeros_in_sorted_order(clean_store):
    stats = graph_stats(clean_store)
    assert stats == {
        "documents": 0,
        "nodes": {"Agency": 0, "Event": 0, "Person": 0, "Programme": 0, "Province": 0},
        "relationships": {name: 0 for name in sorted([
            "SIGNED", "WITNESSED", "CHAIRED", "ORGANIZED", "SUPPORTED", "SPOKE_AT", "PARTICIPATED",
            "PILOT_OF", "PART_OF", "HOLDS_POSITION", "HELD_IN", "LOCATED_IN"])},
    }
    assert list(stats["relationships"]) == sorted(stats["relationships"])


def test_explain_by_key_by_name_and_its_errors(clean_store, gold_records, record):
    import_records(clean_store, gold_records)
    by_key = explain(clean_store, f"Agency:{KSS}")
    assert by_key["name"] == KSS and "กสศ." in by_key["aliases"]
    assert {d["source"] for d in by_key["documents"]} >= {"002_919af7156d5b0178.txt"}
    assert any(f["type"] == "ORGANIZED" and f["direction"] == "out" for f in by_key["facts"])
    assert explain(clean_store, "กสศ")["key"] == by_key["key"]
    document = explain(clean_store, "002_919af7156d5b0178.txt")
    assert document["label"] == "Document" and len(document["entities"]) > 10
    with pytest.raises(QueryError, match="no node has the key or name"):
        explain(clean_store, "ไม่มีใครชื่อนี้")
    import_records(clean_store, [record("x.txt", [agency("a", "มูลนิธิทดสอบหนึ่ง"),
                                                  agency("b", "มูลนิธิทดสอบสอง")])])
    with pytest.raises(QueryError, match="matches 2 nodes"):
        explain(clean_store, "มูลนิธิทดสอบ")


# -- interrupted units ---------------------------------------------------------------------------------

class Interrupted(Exception):
    """Stands for the process being killed between two statements."""


class InterruptedStore:
    """The real store, except that writing stops after ``budget`` statements.

    Simulates ``kill -9`` at every point of an import: the statements before
    it have run, each atomically (as on FalkorDB), and nothing after it runs.
    """

    def __init__(self, store, budget: int):
        self._store, self.budget = store, budget

    def write_unit(self, statements):
        if len(statements) > self.budget:
            self._store.write_unit(statements[:self.budget])
            self.budget = 0
            raise Interrupted
        self.budget -= len(statements)
        return self._store.write_unit(statements)

    def write(self, cypher, params=None):
        if self.budget <= 0:
            raise Interrupted
        self.budget -= 1
        return self._store.write(cypher, params)

    def __getattr__(self, name):
        return getattr(self._store, name)


def _interrupt_everywhere(store, setup, operation, expected=None, *, check=None) -> int:
    """Interrupt ``operation`` after 0, 1, 2 ... statements, re-run it, compare (the
    canonical dump with ``expected``, or ``check(store)``); returns the count."""
    check = check or (lambda s: canonical_dump(s) == expected)
    budget = 0
    while True:
        store.clear()
        store.ensure_schema()
        setup()
        try:
            operation(InterruptedStore(store, budget))
        except Interrupted:
            operation(store)
            assert check(store), f"interrupted after {budget} statements"
            budget += 1
            continue
        assert check(store)
        return budget


@pytest.mark.slow
def test_an_import_interrupted_at_any_statement_converges_on_rerun(clean_store, gold_records):
    before = gold_records[:4]
    changed = copy.deepcopy(gold_records[0])
    changed["relations"] = changed["relations"][::2]
    changed["entities"][0].setdefault("aliases", []).append("ชื่อใหม่")
    changed.pop("hash", None)
    after = [changed, gold_records[2], gold_records[4]]
    import_records(clean_store, before)
    import_records(clean_store, after)
    expected = canonical_dump(clean_store)
    points = _interrupt_everywhere(clean_store, lambda: import_records(clean_store, before),
                                   lambda store: import_records(store, after, batch_size=2), expected)
    assert points > 20


@pytest.mark.slow
def test_a_withdrawal_interrupted_at_any_statement_converges_on_rerun(clean_store, gold_records):
    gone = [gold_records[1]["doc"], gold_records[3]["doc"]]
    import_records(clean_store, gold_records)
    withdraw_documents(clean_store, gone)
    expected = canonical_dump(clean_store)
    points = _interrupt_everywhere(clean_store, lambda: import_records(clean_store, gold_records),
                                   lambda store: withdraw_documents(store, gone), expected)
    assert points > 5


def test_strings_no_store_can_take_are_made_storable_at_the_record_boundary(clean_store, record):
    hostile = record("hostile.txt", [agency("a", "มูลนิธิ\x00ก\x1b[2J\ud800"), event("e", "signing", "2024-01-05")],
                     [("SIGNED", "a", "e", "ข" * 200_000 + "\x00")], title="หัวข่าว\x00\x07")
    result = import_records(clean_store, [hostile])
    assert result.rejected == [] and result.documents_new == 1
    dump = canonical_dump(clean_store)
    [node] = [n for n in dump["nodes"] if n["label"] == "Agency"]
    assert node["name"] == "มูลนิธิก[2J\ufffd"
    [fact] = [r for r in dump["relationships"] if r["type"] == "SIGNED"]
    assert fact["evidence"] == ["ข" * MAX_TEXT_CHARS]
    [document] = [n for n in dump["nodes"] if n["label"] == "Document"]
    assert document["title"] == "หัวข่าว"


def test_a_source_id_no_store_can_take_is_rejected_with_its_reason(clean_store, record):
    result = import_records(clean_store, [record("a\x00b.txt", [agency("a", "มูลนิธิก")]),
                                          record("c\ud800.txt", [agency("a", "มูลนิธิก")])])
    assert [item["reason"] for item in result.rejected] == [
        "'source' (or 'doc') holds a NUL character (U+0000): refused as a document id",
        "'source' (or 'doc') holds a lone surrogate (U+D800): refused as a document id"]
    assert stored_documents(clean_store) == {}
