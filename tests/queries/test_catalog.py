"""Canned query files: headers, parameters, names and the lexical read-only check (no store)."""
from __future__ import annotations

import shlex

import pytest

from edugraph.errors import ParameterError, QueryError, UnknownQueryError, WriteRefusedError
from edugraph.queries import check_read_only, get_query, list_queries, parse_cli_params
from edugraph.queries.catalog import coerce, guess_value, parse_query_text
from edugraph.graph.canned import FALLBACKS
from edugraph.queries.files import internal_cypher

REQUIRED_QUERIES = {
    "actor_profile", "chairs_in_province", "signatories", "cosignatory_pairs",
    "agencies_most_provinces", "programme_pilots", "programmes_by_province", "timeline",
    "positions_over_time", "brokers", "search_names", "fact_sources", "shortest_chain",
}


def test_every_required_query_is_listed():
    names = {q.name for q in list_queries()}
    assert REQUIRED_QUERIES <= names
    assert not any(name.startswith("_") for name in names)


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_each_query_documents_itself(query):
    assert query.description
    assert query.examples, f"{query.name} has no example"
    for example in query.examples:
        words = shlex.split(example)
        assert words[:3] == ["edugraph", "query", query.name]
        given = parse_cli_params([words[i + 1] for i, w in enumerate(words) if w == "--param"])
        query.bind(given)  # every example's parameters are valid
    for param in query.params:
        assert param.help, f"{query.name}: parameter {param.name} has no help"


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_each_query_is_one_read_only_statement_with_an_order(query):
    check_read_only(query.cypher)
    assert ";" not in query.cypher
    assert "ORDER BY" in query.cypher.upper()
    # Results are scalars, maps and lists: no bare node or relationship is returned.
    returned = query.cypher.upper().rsplit("RETURN", 1)[1]
    assert "RETURN N," not in returned and "RETURN R," not in returned


def test_fallback_registry_matches_the_headers():
    declared = {q.name for q in list_queries() if q.needs}
    assert declared == set(FALLBACKS) == {"shortest_chain"}
    assert "undirected" in get_query("shortest_chain").needs["undirected_shortest_path"]


def test_unknown_query_suggests_near_names():
    with pytest.raises(UnknownQueryError, match="did you mean chairs_in_province"):
        get_query("chairs_in_provnce")
    with pytest.raises(UnknownQueryError, match="did you mean signatories"):
        get_query("signatory")
    with pytest.raises(UnknownQueryError, match="--list"):
        get_query("no_such_thing_at_all")


def test_the_networkx_view_reads_are_internal_not_canned():
    with pytest.raises(UnknownQueryError):
        get_query("graph_nodes")
    assert "MATCH" in internal_cypher("graph_nodes") and "MATCH" in internal_cypher("graph_edges")


def test_needs_names_a_known_cypher_feature():
    with pytest.raises(QueryError, match="not one of undirected_shortest_path"):
        parse_query_text("// name: q\n// description: d\n// needs: telepathy — no\n"
                         "MATCH (n) RETURN n.key AS k ORDER BY k", "q")


# -- parameters ------------------------------------------------------------------------

def test_bind_fills_defaults_and_coerces_cli_strings():
    query = get_query("chairs_in_province")
    assert query.bind({"province": "จังหวัด สุโขทัย", "since": "2565-01-01", "limit": "๕"}) == {
        "province": "สุโขทัย", "since": "2022-01-01", "until": None, "limit": 5}


def test_missing_required_parameter_names_it_and_its_help():
    with pytest.raises(ParameterError, match=r"needs the parameter province \(province\).*จังหวัด"):
        get_query("chairs_in_province").bind({})
    with pytest.raises(ParameterError, match="needs the parameter province"):
        get_query("chairs_in_province").bind({"province": "  "})


def test_unknown_parameter_suggests_the_declared_ones():
    with pytest.raises(ParameterError, match=r"no parameter 'provnce'; did you mean province\?"):
        get_query("chairs_in_province").bind({"provnce": "สุโขทัย"})


@pytest.mark.parametrize("type_name, raw", [
    ("int", "ten"), ("int", "1.5"), ("int", True), ("float", "abc"), ("bool", "maybe"),
    ("date", "2022-13-01"), ("date", "19/04/2022"), ("date", "yesterday"), ("str", 5),
    ("label", "Robot"), ("relation", "LIKES"),
])
def test_ill_typed_values_are_refused_clearly(type_name, raw):
    with pytest.raises(ParameterError, match=r"must be .*got"):
        coerce(raw, type_name, where="parameter x")


@pytest.mark.parametrize("type_name, raw, expected", [
    ("int", "๑๒", 12), ("int", "1,200", 1200), ("int", 7, 7), ("float", "0.5", 0.5),
    ("bool", "TRUE", True), ("bool", "no", False), ("date", "2022-4-9", "2022-04-09"),
    ("date", "๒๕๖๕-๐๔-๑๙", "2022-04-19"), ("name", "วิรุฬ  พรรณเทวี", "วิรุฬพรรณเทวี"),
    ("province", "จังหวัดสุโขทัย", "สุโขทัย"), ("province", "จังหวัด", "จังหวัด"),
    ("str", " สุโขทัย ", "สุโขทัย"), ("label", "agency", "Agency"), ("relation", "pilot_of", "PILOT_OF"),
])
def test_values_are_coerced_to_the_declared_type(type_name, raw, expected):
    assert coerce(raw, type_name) == expected


def test_cli_params_need_name_equals_value():
    with pytest.raises(ParameterError, match="NAME=VALUE"):
        parse_cli_params(["province"])
    with pytest.raises(ParameterError, match="given twice"):
        parse_cli_params(["a=1", "a=2"])


def test_ad_hoc_values_read_as_json_else_text():
    assert guess_value("[1, 2]") == [1, 2]
    assert guess_value("null") is None
    assert guess_value("สุโขทัย 2565") == "สุโขทัย 2565"


# -- the file format --------------------------------------------------------------------

GOOD = """// name: demo
// description: demo query
// param: who: name (required) — a name
// param: limit: int = 5 — rows
// example: edugraph query demo --param who=ก
MATCH (n) WHERE n.name = $who RETURN n.key AS key ORDER BY key LIMIT $limit
"""


def test_a_good_file_parses():
    query = parse_query_text(GOOD, "demo")
    assert [p.signature() for p in query.params] == ["who: name (required)", "limit: int = 5"]
    assert query.cypher.startswith("MATCH")


@pytest.mark.parametrize("broken, message", [
    (GOOD.replace("// name: demo", "// name: other"), "must equal the file name"),
    (GOOD.replace("// description: demo query\n", ""), "description"),
    (GOOD.replace("// example:", "// exmaple:"), "unknown header key 'exmaple'"),
    (GOOD.replace("who: name", "who: text"), "unknown type 'text'"),
    (GOOD.replace("= 5", "= five"), "default 'five' is not a whole number"),
    (GOOD.replace("(required)", "required"), "bad param line"),
    (GOOD.replace("$who", "$whom"), r"undeclared parameter\(s\) \$whom"),
    (GOOD.replace("LIMIT $limit", "LIMIT 5"), "never uses: limit"),
    (GOOD + "; MATCH (m) RETURN m", "more than one statement"),
    (GOOD.replace("RETURN n.key", "SET n.x = 1 RETURN n.key"), "read-only, found SET"),
    ("// name: demo\n// description: d\n", "no Cypher statement"),
])
def test_a_broken_file_fails_with_the_reason(broken, message):
    with pytest.raises(QueryError, match=message):
        parse_query_text(broken, "demo")


# -- the lexical read-only check -----------------------------------------------------------

@pytest.mark.parametrize("cypher", [
    "CREATE (n:Person {name: 'x'})",
    "MATCH (n) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "match (n) delete n",
    "MERGE (n:Agency {key: 'k'})",
    "MATCH (n) REMOVE n.name",
    "DROP INDEX ON :Person(key)",
    "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
    "CALL db.idx.fulltext.createNodeIndex('Person', 'name')",
    "MATCH (n) FOREACH (x IN [1] | SET n.y = x)",
    "MATCH (n) CALL { WITH n CREATE (m) } RETURN n",
])
def test_writes_are_refused_before_reaching_the_store(cypher):
    with pytest.raises(WriteRefusedError, match="read-only"):
        check_read_only(cypher)


@pytest.mark.parametrize("cypher", [
    "MATCH (n) WHERE n.name = 'CREATE a school' RETURN n.name AS name",
    "MATCH (n) // SET n.x = 1\nRETURN n.key AS key",
    "MATCH (n) /* DELETE */ RETURN n.set AS s, n.`create` AS c",
    "MATCH (n) CALL { WITH n RETURN count(*) AS c } RETURN c",
    "MATCH (n) RETURN $delete AS d",
])
def test_reads_that_mention_write_words_pass(cypher):
    check_read_only(cypher)
