"""The canned queries for Neo4j Browser: ``--show-cypher`` pasted gives the rows ``edugraph query`` gives.

"Pasting" does what the Browser does with the text (its docs, "Query
parameters"): each ``:param name => expression;`` line sends ``RETURN
expression`` to the server and keeps the value; the statement then runs with
those parameters.  It runs on every store of the ``store`` fixture: the
embedded FalkorDB here, and Neo4j 5 (neo4j-marked) when ``NEO4J_URI`` is set,
where it is the real check.
"""
from __future__ import annotations

import json
import zipfile

import pytest
from click.testing import CliRunner

from inline_records import INLINE_RECORDS
from edugraph.cli import cli
from edugraph.errors import ParameterError
from edugraph.queries import get_query, list_queries
from edugraph.queries.browser import browser_script, cypher_literal, example_values, saved_scripts
from edugraph.queries.output import plain

TRICKY_TEXTS = ["สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีสะเกษ เขต ๑", "โรงเรียนบ้าน'หนองบัว'",
                'ครู "ดีเด่น" \\ ปี 2565', "บรรทัดแรก\nบรรทัดสอง\tแท็บ", "ศูนย์\u200bกว้าง", "กำ\u0e4d"]


def paste(store, script: str) -> list[dict]:
    """What Neo4j Browser does with a pasted ``--show-cypher`` output, through the store's driver."""
    lines = script.rstrip("\n").split("\n")
    params = {}
    while lines and lines[0].startswith(":param "):
        name, arrow, expression = lines.pop(0)[len(":param "):].partition(" => ")
        assert arrow and expression.endswith(";"), lines
        params[name] = store.read(f"RETURN {expression[:-1]} AS value")[0]["value"]
    statement = "\n".join(lines)
    assert statement.endswith(";") and not any(line.startswith(":") for line in lines)
    return json.loads(json.dumps(plain(store.read(statement[:-1], params)), ensure_ascii=False))


@pytest.fixture
def loaded(store, store_cli_env):
    from inline_records import load

    load(store, INLINE_RECORDS)
    return store, store_cli_env


def _cli(env, *args):
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout            # not the "did you mean" hints of an empty answer (stderr)


# Each canned query with its first example's values; plus values that reach the inline releases.
CASES = [(q.name, example_values(q)) for q in list_queries()] + [
    ("search_names", {"text": "กสศ"}),
    ("search_names", {"text": "จังหวัด สุรินทร์", "label": "agency"}),
    ("chairs_in_province", {"province": "จังหวัดสุรินทร์", "since": "2562-01-01"}),
    ("signatories", {"province": "สุโขทัย"}),
    ("cosignatory_pairs", {"label": "Agency"}),
]


@pytest.mark.parametrize("name,values", CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_show_cypher_pasted_gives_the_rows_of_edugraph_query(loaded, name, values):
    store, env = loaded
    if set(get_query(name).needs) & set(store.needs_fallback_for):
        pytest.skip(f"{store.description} answers {name} with networkx; the Cypher is for Neo4j")
    params = [arg for key, value in values.items() for arg in ("--param", f"{key}={value}")]
    script = _cli(env, "query", name, *params, "--show-cypher")
    expected = json.loads(_cli(env, "query", name, *params, "--format", "json"))
    assert paste(store, script) == expected


def test_the_pasted_cases_reach_the_data(loaded):
    store, env = loaded
    script = _cli(env, "query", "chairs_in_province", "-p", "province=จังหวัดสุรินทร์", "--show-cypher")
    assert [row["chair"] for row in paste(store, script)] == ["พรพจน์ บัณฑิตยานุรักษ์"]


def test_control_characters_are_written_as_unicode_escapes():
    assert cypher_literal("ก\x00ข\x1f") == "'ก\\u0000ข\\u001f'"


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_a_literal_evaluates_back_to_its_value(store, text):
    value = {"text": text, "list": [text, 1, 2.5, True, None]}
    assert store.read(f"RETURN {cypher_literal(value)} AS value")[0]["value"] == value
    assert "\n" not in cypher_literal(value)        # one :param line stays one line


def test_show_cypher_is_the_statement_unchanged_after_every_parameter():
    query = get_query("chairs_in_province")
    script = browser_script(query, query.bind({"province": "ลำปาง"}))
    head, statement = script.split("\n", len(query.params)), query.cypher + ";"
    assert head[:-1] == [":param province => 'ลำปาง';", ":param since => null;",
                         ":param until => null;", ":param limit => 100;"]
    assert head[-1] == statement
    with pytest.raises(ParameterError, match="needs the parameter province"):
        browser_script(query, query.bind({}))
    with pytest.raises(ParameterError, match="no value for since"):
        browser_script(query, {"province": "ลำปาง"})


def test_show_cypher_needs_no_store_and_errors_are_clear():
    env = {"EDUGRAPH_STORE": "bolt://nowhere.invalid:7687"}   # never opened
    ok = CliRunner().invoke(cli, ["query", "search_names", "-p", "text=กสศ", "--show-cypher"], env=env)
    assert ok.exit_code == 0 and ok.output.startswith(":param text => 'กสศ';"), ok.output
    bad = CliRunner().invoke(cli, ["query", "search_names", "-p", "txt=กสศ", "--show-cypher"], env=env)
    assert bad.exit_code == 2 and "has no parameter 'txt'" in bad.output


def test_saved_scripts_are_one_statement_each_named_by_their_first_line():
    scripts = saved_scripts()
    assert sorted(scripts) == sorted(f"{q.name}.cypher" for q in list_queries())
    for query in list_queries():
        text = scripts[f"{query.name}.cypher"]
        assert text.splitlines()[0] == f"// edugraph: {query.name}"
        header, _, statement = text.partition(query.cypher)
        assert statement == ";\n" and all(line.startswith("//") for line in header.splitlines())
        for param in query.params:
            assert f"// :param {param.name} => " in text


def test_export_favorites_as_the_browsers_zip_and_as_a_folder(tmp_path):
    out = CliRunner().invoke(cli, ["query", "--export-favorites", str(tmp_path / "q.zip")])
    assert out.exit_code == 0, out.output
    with zipfile.ZipFile(tmp_path / "q.zip") as archive:
        names = archive.namelist()
        assert sorted(names) == sorted(f"edugraph/{q.name}.cypher" for q in list_queries())
        assert archive.read("edugraph/search_names.cypher").decode("utf-8") == saved_scripts()["search_names.cypher"]
    folder = CliRunner().invoke(cli, ["query", "--export-favorites", str(tmp_path / "favorites")])
    assert folder.exit_code == 0, folder.output
    assert sorted(p.name for p in (tmp_path / "favorites").iterdir()) == sorted(saved_scripts())
    with_name = CliRunner().invoke(cli, ["query", "timeline", "--export-favorites", str(tmp_path / "x.zip")])
    assert with_name.exit_code == 2 and "give no NAME" in with_name.output
    (tmp_path / "file").write_text("x")
    blocked = CliRunner().invoke(cli, ["query", "--export-favorites", str(tmp_path / "file" / "sub")])
    assert blocked.exit_code == 2 and "cannot write the saved scripts" in blocked.output
