"""Every canned query on a real store holding three small inline releases (never skipped)."""
from __future__ import annotations

import shlex

import pytest

from edugraph.errors import ParameterError, UnknownQueryError, WriteRefusedError
from edugraph.graph.canned import run_query
from edugraph.queries import get_query, list_queries, parse_cli_params, run_cypher

from inline_records import FUND, SURIN_PROGRAMME, UNIVERSITY

SUKHOTHAI_SIGNING = "Event:signing:2022-04-19:สุโขทัย"


def test_chairs_in_province(inline_store):
    rows = run_query(inline_store, "chairs_in_province", {"province": "สุโขทัย"})
    assert [(r["chair"], r["date"], r["event_key"]) for r in rows] == [
        ("วิรุฬ พรรณเทวี", "2022-04-19", SUKHOTHAI_SIGNING)]
    assert rows[0]["sources"] == ["sukhothai.txt"]
    assert rows[0]["position"] == "ผู้ว่าราชการจังหวัดสุโขทัย"
    surin = run_query(inline_store, "chairs_in_province", {"province": "จังหวัดสุรินทร์"})
    assert [r["chair"] for r in surin] == ["พรพจน์ บัณฑิตยานุรักษ์"]


def test_chairs_in_province_date_range_is_inclusive_and_reads_buddhist_years(inline_store):
    run = lambda **p: [r["chair"] for r in run_query(inline_store, "chairs_in_province", p)]
    assert run(province="สุโขทัย", since="2022-04-19", until="2022-04-19") == ["วิรุฬ พรรณเทวี"]
    assert run(province="สุโขทัย", since="2565-04-20") == []
    assert run(province="สุโขทัย", until="2022-04-18") == []


def test_signatories_of_one_event(inline_store):
    rows = run_query(inline_store, "signatories", {"province": "สุโขทัย", "date": "2565-04-19"})
    assert {r["signatory"] for r in rows} == {"องค์การบริหารส่วนจังหวัดสุโขทัย", FUND, UNIVERSITY}
    assert {r["event_key"] for r in rows} == {SUKHOTHAI_SIGNING}
    assert all(r["label"] == "Agency" and r["sources"] == ["sukhothai.txt"] for r in rows)
    by_key = run_query(inline_store, "signatories", {"event": SUKHOTHAI_SIGNING})
    assert by_key == rows
    by_title = run_query(inline_store, "signatories", {"event": "ลงนามบันทึกข้อตกลงความร่วมมือ สุโขทัย"})
    assert by_title == rows


def test_cosignatory_pairs_count_shared_signings(inline_store):
    rows = run_query(inline_store, "cosignatory_pairs", {"label": "Agency", "min_shared": "2"})
    # Pairs come once, the smaller key first (code point order: ม before ส).
    assert [(r["actor"], r["partner"], r["shared"]) for r in rows] == [(UNIVERSITY, FUND, 2)]
    assert rows[0]["events"] == ["Event:signing:2019-08-27:สุรินทร์", SUKHOTHAI_SIGNING]
    every = run_query(inline_store, "cosignatory_pairs", {"label": "Agency", "limit": 100})
    # 3 signers in Sukhothai and 4 in Surin, one pair shared: 3 + 6 - 1 pairs.
    assert len(every) == 8
    assert all(r["actor_key"] < r["partner_key"] for r in every)


def test_agencies_active_in_most_provinces(inline_store):
    rows = run_query(inline_store, "agencies_most_provinces", {"min_provinces": 2})
    assert [(r["agency"], r["province_count"], r["provinces"], r["events"]) for r in rows] == [
        (FUND, 2, ["สุรินทร์", "สุโขทัย"], 3),
        (UNIVERSITY, 2, ["สุรินทร์", "สุโขทัย"], 2),
    ]


def test_programme_pilots_and_programmes_by_province(inline_store):
    pilots = run_query(inline_store, "programme_pilots", {"programme": "จังหวัดสุรินทร์"})
    # By key, in code point order (อ before เ).
    assert [(r["pilot"], r["located_in"], r["kind"]) for r in pilots] == [
        ("องค์การบริหารส่วนตำบลสลักได", "สุรินทร์", "local_government"),
        ("เทศบาลตำบลจอมพระ", "สุรินทร์", "local_government"),
    ]
    assert {r["programme"] for r in pilots} == {SURIN_PROGRAMME}
    by_province = run_query(inline_store, "programmes_by_province", {})
    assert by_province == [{"province": "สุรินทร์", "programme_count": 1, "programmes": [SURIN_PROGRAMME]}]


def test_timeline_per_province_and_year(inline_store):
    rows = run_query(inline_store, "timeline", {})
    assert [(r["year"], r["province"], r["event_count"]) for r in rows] == [
        (2019, "สุรินทร์", 1), (2021, "สุรินทร์", 1), (2022, "สุโขทัย", 1)]
    assert rows[1]["events"][0]["event_type"] == "workshop"
    only = run_query(inline_store, "timeline", {"province": "สุโขทัย", "since": "2022-01-01"})
    assert [r["year"] for r in only] == [2022]
    # One row a page: Surin's pages are read by year from the date index (its
    # other year's event makes a province walk dearer), Sukhothai's by walking
    # the province; both give the rows of the whole timeline.
    paged = [row for skip in range(4) for row in run_query(inline_store, "timeline", {"limit": 1, "skip": skip})]
    assert paged == rows


def test_positions_over_time_follow_the_releases(inline_store):
    rows = run_query(inline_store, "positions_over_time", {"person": "พรพจน์"})
    assert [(r["as_of"], r["position"], r["agency"], r["source"]) for r in rows] == [
        ("2019-08-28", "รองผู้ว่าราชการจังหวัดสุรินทร์", "จังหวัดสุรินทร์", "surin.txt"),
        ("2021-01-15", "ผู้ว่าราชการจังหวัดสุรินทร์", "จังหวัดสุรินทร์", "surin-2021.txt"),
    ]


def test_brokers_span_provinces(inline_store):
    rows = run_query(inline_store, "brokers", {})
    assert [(r["actor"], r["province_count"]) for r in rows] == [(FUND, 2), (UNIVERSITY, 2)]
    # The fund met everyone at both signings and the workshop: 2 + 3 + 2 actors, once each.
    assert rows[0]["partners"] == 7
    assert run_query(inline_store, "brokers", {"min_provinces": 3}) == []


def test_name_search_is_partial_thai_and_reads_aliases(inline_store):
    rows = run_query(inline_store, "search_names", {"text": "กสศ"})
    assert [(r["name"], r["exact"]) for r in rows] == [(FUND, True)]
    by_alias = run_query(inline_store, "search_names", {"text": "อบจ."})
    assert [r["name"] for r in by_alias] == ["องค์การบริหารส่วนจังหวัดสุโขทัย"]
    spaced = run_query(inline_store, "search_names", {"text": "วิรุฬ พรรณ"})
    assert [r["key"] for r in spaced] == ["Person:วิรุฬพรรณเทวี"]
    agencies = run_query(inline_store, "search_names", {"text": "จังหวัดสุ", "label": "Agency"})
    assert {r["label"] for r in agencies} == {"Agency"} and len(agencies) == 3
    exact_first = run_query(inline_store, "search_names", {"text": "จังหวัดสุรินทร์"})
    assert exact_first[0]["name"] == "จังหวัดสุรินทร์" and exact_first[0]["exact"]
    # Two characters inside an alias (the pairs' index), one character (trigram prefixes).
    assert FUND in [r["name"] for r in run_query(inline_store, "search_names", {"text": "สศ"})]
    assert [r["key"] for r in run_query(inline_store, "search_names", {"text": "ฬ"})] == ["Person:วิรุฬพรรณเทวี"]


def test_fact_sources_give_documents_and_sentences(inline_store):
    rows = run_query(inline_store, "fact_sources", {"head": "พรพจน์ บัณฑิตยานุรักษ์",
                                                    "tail": "จังหวัดสุรินทร์"})
    assert [(r["relation"], r["source"], r["published"], r["position"]) for r in rows] == [
        ("HOLDS_POSITION", "surin-2021.txt", "2021-01-15", "ผู้ว่าราชการจังหวัดสุรินทร์"),
        ("HOLDS_POSITION", "surin.txt", "2019-08-28", "รองผู้ว่าราชการจังหวัดสุรินทร์"),
    ]
    assert rows[1]["evidence"] == "รองผู้ว่าราชการจังหวัดสุรินทร์"
    assert rows[1]["title"] == "ข่าวลงนาม MOU สุรินทร์"
    chaired = run_query(inline_store, "fact_sources", {"head": SUKHOTHAI_SIGNING, "tail": "วิรุฬ พรรณเทวี",
                                                       "relation": "chaired"})
    assert [(r["head"], r["relation"], r["evidence"]) for r in chaired] == [
        ("วิรุฬ พรรณเทวี", "CHAIRED", "นายวิรุฬ พรรณเทวี ผู้ว่าราชการจังหวัดสุโขทัย เป็นประธานในพิธี")]


def test_actor_profile_by_alias(inline_store):
    [profile] = run_query(inline_store, "actor_profile", {"actor": "กสศ."})
    assert profile["key"] == f"Agency:{FUND}"
    assert profile["attributes"] == {"kind": "fund"}
    assert set(profile["aliases"]) == {"กสศ.", "กสศ"}
    # the releases come in no promised order (gathered without a sort, see the query)
    assert sorted(d["source"] for d in profile["documents"]) == ["sukhothai.txt", "surin-2021.txt", "surin.txt"]
    assert [(r["relation"], r["direction"], r["sources"]) for r in profile["relations"]] == [
        ("PARTICIPATED", "out", ["surin-2021.txt"]),
        ("SIGNED", "out", ["surin.txt"]),
        ("SIGNED", "out", ["sukhothai.txt"]),
    ]
    assert run_query(inline_store, "actor_profile", {"actor": "ไม่มีใครชื่อนี้"}) == []


def test_shortest_chain_between_two_actors(inline_store):
    rows = run_query(inline_store, "shortest_chain", {"from_actor": "วิรุฬ พรรณเทวี",
                                                      "to_actor": "อบจ.สุโขทัย"})
    assert [(r["step"], r["name"], r["relation"], r["direction"]) for r in rows] == [
        (0, "วิรุฬ พรรณเทวี", "CHAIRED", "out"),
        (1, "พิธีลงนามบันทึกข้อตกลงความร่วมมือ สุโขทัย", "SIGNED", "in"),
        (2, "องค์การบริหารส่วนจังหวัดสุโขทัย", None, None),
    ]
    assert rows[0]["sources"] == ["sukhothai.txt"]
    # Across provinces: through a signing, a shared signer (two are equally short) and a signing.
    across = run_query(inline_store, "shortest_chain", {"from_actor": "วิรุฬ พรรณเทวี",
                                                        "to_actor": "เทศบาลตำบลจอมพระ"})
    assert len(across) == 5
    assert across[2]["key"] in {f"Agency:{FUND}", f"Agency:{UNIVERSITY}"}
    assert across[-1]["name"] == "เทศบาลตำบลจอมพระ"


def test_shortest_chain_without_a_chain_gives_no_rows(inline_store):
    assert run_query(inline_store, "shortest_chain", {"from_actor": "วิรุฬ พรรณเทวี",
                                                      "to_actor": "ไม่มีใครชื่อนี้"}) == []


@pytest.mark.parametrize("query", [q.name for q in list_queries()])
def test_every_example_runs(inline_store, query):
    """Each header example runs as written (empty answers are fine here)."""
    for example in get_query(query).examples:
        words = shlex.split(example)
        params = parse_cli_params([words[i + 1] for i, w in enumerate(words) if w == "--param"])
        assert isinstance(run_query(inline_store, query, params), list)


def test_results_hold_only_scalars_maps_and_lists(inline_store):
    def plain(value):
        if isinstance(value, dict):
            return type(value) is dict and all(plain(v) for v in value.values())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))

    rows = run_query(inline_store, "actor_profile", {"actor": "จังหวัดสุรินทร์"})
    assert rows and all(plain(row) for row in rows)


# -- errors -------------------------------------------------------------------------------

def test_unknown_name_and_bad_parameters_fail_before_the_store(inline_store):
    with pytest.raises(UnknownQueryError, match="did you mean timeline"):
        run_query(inline_store, "timelines", {})
    with pytest.raises(ParameterError, match="needs the parameter actor"):
        run_query(inline_store, "actor_profile", {})
    with pytest.raises(ParameterError, match="parameter limit must be a whole number, got 'all'"):
        run_query(inline_store, "brokers", {"limit": "all"})


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Person {key: 'Person:x', name: 'x'})",
    "MATCH (n:Agency) SET n.name = 'hacked'",
    "MATCH (n) DETACH DELETE n",
])
def test_ad_hoc_writes_are_refused_and_change_nothing(inline_store, cypher):
    before = run_cypher(inline_store, "MATCH (n) RETURN count(n) AS n, collect(DISTINCT n.name)[0..3] AS some")
    with pytest.raises(WriteRefusedError):
        run_cypher(inline_store, cypher)
    assert run_cypher(inline_store, "MATCH (n) RETURN count(n) AS n, collect(DISTINCT n.name)[0..3] AS some") == before


def test_the_store_itself_refuses_writes_the_lexical_check_would_miss(inline_store):
    """The real guard is the store's: a write sent straight to ``store.read`` is refused too."""
    with pytest.raises(WriteRefusedError):
        inline_store.read("CREATE (n:Person {key: 'Person:x'}) RETURN n.key AS key")
    assert run_cypher(inline_store, "MATCH (n:Person {key: 'Person:x'}) RETURN n.key AS key") == []


def test_ad_hoc_nodes_come_back_as_maps_of_their_properties(inline_store):
    [row] = run_cypher(inline_store, "MATCH (p:Province {name: $name}) RETURN p, [p] AS listed",
                       {"name": "สุรินทร์"})
    assert row["p"]["key"] == "Province:สุรินทร์" and row["listed"] == [row["p"]]


def test_ad_hoc_reads_take_parameters(inline_store):
    rows = run_cypher(inline_store, "MATCH (p:Province) WHERE p.name = $name RETURN p.key AS key",
                      {"name": "สุรินทร์"})
    assert rows == [{"key": "Province:สุรินทร์"}]
