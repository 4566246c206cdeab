"""The Python API (``import edugraph``), the README's "From Python" and examples/analysis.py.

They run against a real embedded store: the bundled examples imported with
``edugraph import`` (in-process) into a temporary data directory, or the
small inline releases of tests/queries.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import edugraph
from edugraph.cli import cli
from edugraph.graph.importer import import_records
from edugraph.graph.store.embedded import stop_server

ROOT = Path(__file__).resolve().parents[2]
FUND = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"


@pytest.fixture(scope="module")
def examples_dir(tmp_path_factory) -> Path:
    """A folder holding ``edugraph-data``: the examples imported as the quick start does."""
    folder = tmp_path_factory.mktemp("quickstart")
    home = folder / "edugraph-data"
    result = CliRunner().invoke(cli, ["import", str(ROOT / "examples")],
                                env={"EDUGRAPH_HOME": str(home), "EDUGRAPH_STORE": "embedded"})
    assert result.exit_code == 0, result.output
    assert "quarantined" in result.output and " 0 quarantined" in result.output   # analysis.py is not read
    yield folder
    stop_server(home)


@pytest.fixture
def examples_graph(examples_dir):
    with edugraph.open(examples_dir / "edugraph-data") as graph:
        yield graph


def test_import_edugraph_stays_light():
    code = ("import sys, edugraph; heavy = {'networkx', 'falkordb', 'neo4j', 'pandas', 'pythainlp', 'redis'};"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith('edugraph.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['edugraph.constants']"


def test_the_api_returns_plain_values(examples_graph):
    rows = examples_graph.query("signatories", province="ศรีสะเกษ")
    assert rows and all(type(row) is dict for row in rows)
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows      # nothing but JSON's types
    assert {row["province"] for row in rows} == {"ศรีสะเกษ"}
    stats = examples_graph.stats()
    assert stats["documents"] == 8 and stats["nodes"]["Agency"] > 10
    found = examples_graph.explain("กสศ.")
    assert found["name"] == FUND and "กสศ." in found["aliases"] and found["documents"]
    hits = examples_graph.search("เสมอภาค")
    assert FUND in [row["name"] for row in hits]
    assert all("เสมอภาค" in (row["name"] + "|".join(row["aliases"])).replace(" ", "") for row in hits)
    view = examples_graph.networkx()
    assert isinstance(view, nx.MultiDiGraph) and view.number_of_nodes() == sum(stats["nodes"].values())
    assert examples_graph.networkx(documents=True).number_of_nodes() == view.number_of_nodes() + 8


def test_cli_and_api_give_the_same_answers(examples_dir, examples_graph):
    env = {"EDUGRAPH_HOME": str(examples_dir / "edugraph-data"), "EDUGRAPH_STORE": "embedded"}

    def cli_json(*args):
        result = CliRunner().invoke(cli, list(args), env=env)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    assert cli_json("query", "cosignatory_pairs", "-p", "label=Agency", "--format", "json") == \
        examples_graph.query("cosignatory_pairs", label="Agency")
    statement = "MATCH (p:Province) RETURN p.name AS province ORDER BY province"
    assert cli_json("cypher", statement, "--format", "json") == examples_graph.cypher(statement)
    assert cli_json("stats", "--json") == examples_graph.stats()
    assert cli_json("explain", "กสศ.", "--json") == examples_graph.explain("กสศ.")


def test_errors_are_the_edugraph_family(examples_graph, tmp_path):
    with pytest.raises(edugraph.UnknownQueryError, match="did you mean signatories"):
        examples_graph.query("signatorie")
    with pytest.raises(edugraph.ParameterError, match="needs the parameter province"):
        examples_graph.query("chairs_in_province")
    with pytest.raises(edugraph.ParameterError, match="must be a whole number"):
        examples_graph.query("search_names", text="ก", limit="many")
    with pytest.raises(edugraph.WriteRefusedError):
        examples_graph.cypher("MATCH (n) DETACH DELETE n")
    assert examples_graph.stats()["documents"] == 8
    with pytest.raises(edugraph.StoreUnavailableError, match="no data directory"):
        edugraph.open(tmp_path / "missing")
    with pytest.raises(edugraph.EmptyStoreError, match="run edugraph import first"):
        edugraph.open(tmp_path)                     # a folder, but no store in it
    assert list(tmp_path.iterdir()) == []           # and none was created
    with pytest.raises(edugraph.StoreError, match="unknown store"):
        edugraph.open("mysql://db.example/x")


def test_params_as_a_dict_or_keywords_and_cli_strings(examples_graph):
    by_keywords = examples_graph.query("chairs_in_province", province="ลำปาง", since="2566-01-01")
    by_dict = examples_graph.query("chairs_in_province", {"province": "จังหวัดลำปาง", "since": "2023-01-01"})
    assert by_keywords == by_dict and by_keywords[0]["chair"] == "สุนันทา วงค์ไชย"
    assert examples_graph.cypher("RETURN $x AS x", {"x": "ลำปาง"}) == [{"x": "ลำปาง"}]


def test_dataframes_keep_thai(examples_graph):
    pandas = pytest.importorskip("pandas")
    frame = examples_graph.query("signatories", province="ศรีสะเกษ", frame=True)
    assert isinstance(frame, pandas.DataFrame)
    rows = examples_graph.query("signatories", province="ศรีสะเกษ")
    assert list(frame.columns) == list(rows[0]) and len(frame) == len(rows)
    assert frame["signatory"].tolist() == [row["signatory"] for row in rows]
    assert frame.to_dict("records") == rows
    assert edugraph.to_dataframe([]).empty


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)       # what an environment without pandas gives
    with pytest.raises(edugraph.MissingDependencyError, match=r"edugraph\[pandas\]") as caught:
        edugraph.to_dataframe([{"a": 1}])
    assert isinstance(caught.value, ImportError)


def test_the_readme_python_example_runs(examples_dir, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## From Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks, "the README's 'From Python' section has no python block"
    monkeypatch.chdir(examples_dir)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {"__name__": "__readme__"})
    lines = printed.getvalue().splitlines()
    with edugraph.open(examples_dir / "edugraph-data") as graph:
        assert lines[0] == str(graph.stats()["nodes"]["Agency"])
    assert "2024-07-15 มหาวิทยาลัยราชภัฏศรีสะเกษ" in lines and f"['{FUND}']" in lines
    assert lines[-3:-1] == [FUND, "True"] and "'Person'" in lines[-1]


def _analysis_module():
    spec = importlib.util.spec_from_file_location("edugraph_example_analysis", ROOT / "examples" / "analysis.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_analysis_example_runs_on_the_examples(examples_dir, examples_graph):
    analysis = _analysis_module()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert analysis.main([str(examples_dir / "edugraph-data")]) == 0
    out = printed.getvalue()
    pairs = examples_graph.query("cosignatory_pairs", label="Agency", limit=5)
    assert f"{pairs[0]['actor']}  +  {pairs[0]['partner']}" in out
    top = examples_graph.cypher("MATCH (g:Programme)<-[:PILOT_OF]-(x) RETURN g.name AS name, count(DISTINCT x) AS n "
                                "ORDER BY n DESC, name LIMIT 1")[0]
    assert re.search(rf"^\s+{top['n']}  {re.escape(top['name'])}$", out, flags=re.M)
    assert "People who chaired events in two or more provinces:\n  (none)" in out   # true of the examples


def test_the_analysis_finds_a_chair_in_two_provinces(clean_store):
    """The examples have no such person: two inline releases make one."""
    def release(source, province, date):
        return {"doc": source, "source": source, "hash": source, "published": date, "entities": [
            {"id": "v", "type": "Province", "name": province},
            {"id": "e", "type": "Event", "event_type": "meeting", "date": date},
            {"id": "p", "type": "Person", "name": "อำนาจ ใจกล้า", "title": "นาย"}],
            "relations": [{"type": "HELD_IN", "head": "e", "tail": "v", "evidence": f"ณ จังหวัด{province}"},
                          {"type": "CHAIRED", "head": "p", "tail": "e", "evidence": "อำนาจ ใจกล้า เป็นประธาน"}]}

    import_records(clean_store, [release("a.txt", "น่าน", "2024-01-10"), release("b.txt", "แพร่", "2024-02-10")])
    rows = _analysis_module().chairs_in_several_provinces(edugraph.Graph(clean_store))
    assert rows == [{"person": "อำนาจ ใจกล้า", "provinces": ["น่าน", "แพร่"]}]
