"""Canned queries on the five gold-annotated seed releases: answers checked against
what the annotations state (skipped, with the reason, when ../shared is absent)."""
from __future__ import annotations

from edugraph.graph.keys import normalize_name
from edugraph.graph.canned import run_query


def _entities(gold, doc_prefix):
    [record] = [r for r in gold if r["doc"].startswith(doc_prefix)]
    return record, {e["id"]: e for e in record["entities"]}


def _related(gold, doc_prefix, rel_type, *, tail_id=None, head_id=None):
    record, entities = _entities(gold, doc_prefix)
    return [(entities[r["head"]], entities[r["tail"]]) for r in record["relations"]
            if r["type"] == rel_type and tail_id in (None, r["tail"]) and head_id in (None, r["head"])]


def test_who_chaired_the_sukhothai_signing_of_19_april_2022(gold_store, gold):
    [(chair, event)] = _related(gold, "000_", "CHAIRED")
    assert event["date"] == "2022-04-19" and event["event_type"] == "signing"
    rows = run_query(gold_store, "chairs_in_province",
                     {"province": "สุโขทัย", "since": "2022-04-19", "until": "2022-04-19"})
    assert [(r["chair"], r["event_type"], r["date"]) for r in rows] == [(chair["name"], "signing", "2022-04-19")]
    assert rows[0]["sources"] == [gold[0]["doc"]]


def test_chairs_in_khon_kaen(gold_store, gold):
    [(chair, _event)] = _related(gold, "003_", "CHAIRED")
    rows = run_query(gold_store, "chairs_in_province", {"province": "ขอนแก่น"})
    assert [r["chair"] for r in rows] == [chair["name"]]


def test_signatories_of_the_sukhothai_signing(gold_store, gold):
    expected = {head["name"] for head, _ in _related(gold, "000_", "SIGNED", tail_id="e3")}
    rows = run_query(gold_store, "signatories", {"province": "สุโขทัย", "date": "2022-04-19"})
    assert {r["signatory"] for r in rows} == expected
    assert len(rows) == len(expected) == 7


def test_signatories_of_the_surin_signing_are_people_and_agencies(gold_store, gold):
    expected = {(head["type"], head["name"]) for head, _ in _related(gold, "002_", "SIGNED", tail_id="e2")}
    rows = run_query(gold_store, "signatories", {"event": "Event:signing:2019-08-27:สุรินทร์"})
    assert {(r["label"], r["signatory"]) for r in rows} == expected
    assert {label for label, _ in expected} == {"Agency", "Person"}


def test_the_25_pilot_local_governments_of_the_surin_programme(gold_store, gold):
    expected = {head["name"] for head, _ in _related(gold, "002_", "PILOT_OF")}
    assert len(expected) == 25
    rows = run_query(gold_store, "programme_pilots", {"programme": "จัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาจังหวัดสุรินทร์"})
    assert {r["pilot"] for r in rows} == expected
    assert {(r["kind"], r["located_in"]) for r in rows} == {("local_government", "สุรินทร์")}
    # The alias given in the release finds the same programme.
    by_alias = run_query(gold_store, "programme_pilots",
                         {"programme": "โครงการจัดการศึกษาเชิงพื้นที่เพื่อสร้างความเสมอภาคทางการศึกษาจังหวัดสุรินทร์"})
    assert by_alias == rows


def test_the_fund_links_two_provinces(gold_store):
    fund = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
    top = run_query(gold_store, "agencies_most_provinces", {"limit": 1})
    assert [(r["agency"], r["provinces"]) for r in top] == [(fund, ["ขอนแก่น", "สุรินทร์"])]
    brokers = run_query(gold_store, "brokers", {})
    assert [r["actor"] for r in brokers] == [fund]
    assert run_query(gold_store, "search_names", {"text": "กสศ"})[0]["name"] == fund


def test_cosignatory_pairs_cover_each_signing(gold_store, gold):
    expected = set()
    for prefix in ("000_", "002_", "003_"):
        record, entities = _entities(gold, prefix)
        for event_id in {r["tail"] for r in record["relations"] if r["type"] == "SIGNED"}:
            agencies = sorted(f"Agency:{normalize_name(h['name'])}"
                              for h, _ in _related(gold, prefix, "SIGNED", tail_id=event_id)
                              if h["type"] == "Agency")
            expected |= {(a, b) for i, a in enumerate(agencies) for b in agencies[i + 1:]}
    rows = run_query(gold_store, "cosignatory_pairs", {"label": "Agency", "limit": 10_000})
    assert {(r["actor_key"], r["partner_key"]) for r in rows} == expected
    assert {r["shared"] for r in rows} == {1}


def test_timeline_and_programmes_by_province(gold_store):
    timeline = run_query(gold_store, "timeline", {})
    assert [(r["year"], r["province"], r["event_count"]) for r in timeline] == [
        (2019, "สุรินทร์", 2), (2020, "ขอนแก่น", 1), (2021, "ชุมพร", 1),
        (2022, "สุโขทัย", 1), (2024, "สตูล", 1)]
    programmes = {r["province"]: r["programmes"] for r in run_query(gold_store, "programmes_by_province", {})}
    assert programmes["สตูล"] == ["พื้นที่นวัตกรรมการศึกษาจังหวัดสตูล"]
    assert set(programmes) == {"สุโขทัย", "สตูล", "สุรินทร์", "ขอนแก่น"}


def test_positions_of_a_person_with_two_offices(gold_store, gold):
    record, entities = _entities(gold, "002_")
    expected = {(r["title"], entities[r["tail"]]["name"]) for r in record["relations"]
                if r["type"] == "HOLDS_POSITION" and r["head"] == "p7"}
    assert len(expected) == 2
    rows = run_query(gold_store, "positions_over_time", {"person": "พรพจน์ บัณฑิตยานุรักษ์"})
    assert {(r["position"], r["agency"]) for r in rows} == expected
    # The release has no date: its earliest event's date stands in.
    assert {r["as_of"] for r in rows} == {"2019-08-27"}


def test_the_sources_behind_a_fact(gold_store, gold):
    record, entities = _entities(gold, "000_")
    [fact] = [r for r in record["relations"] if r["type"] == "CHAIRED"]
    rows = run_query(gold_store, "fact_sources", {"head": entities[fact["head"]]["name"],
                                                  "tail": "Event:signing:2022-04-19:สุโขทัย"})
    assert [(r["relation"], r["source"], r["published"], r["evidence"]) for r in rows] == [
        ("CHAIRED", record["doc"], "2022-04-19", fact.get("evidence", ""))]


def test_profile_and_chain(gold_store):
    [profile] = run_query(gold_store, "actor_profile", {"actor": "อบจ.สุโขทัย"})
    assert profile["name"] == "องค์การบริหารส่วนจังหวัดสุโขทัย"
    # people write abbreviations with and without their dots
    [undotted] = run_query(gold_store, "actor_profile", {"actor": "อบจสุโขทัย"})
    assert undotted["key"] == profile["key"]
    assert {(r["relation"], r["other_label"]) for r in profile["relations"]} == {
        ("SIGNED", "Event"), ("LOCATED_IN", "Province")}
    chain = run_query(gold_store, "shortest_chain", {"from_actor": "วิรุฬ พรรณเทวี",
                                                     "to_actor": "มหาวิทยาลัยราชภัฏกำแพงเพชร"})
    assert [(r["name"], r["relation"]) for r in chain] == [
        ("วิรุฬ พรรณเทวี", "CHAIRED"),
        ("พิธีลงนามบันทึกข้อตกลงความร่วมมือเพื่อสนับสนุนการพัฒนาพื้นที่นวัตกรรมการศึกษา", "SIGNED"),
        ("มหาวิทยาลัยราชภัฏกำแพงเพชร", None)]
    # Chumphon's workshop shares no actor with the Satun one: no chain.
    assert run_query(gold_store, "shortest_chain", {"from_actor": "สมพร ปัจฉิมเพ็ชร",
                                                    "to_actor": "สมพงศ์ พละไชย"}) == []
