"""``edugraph query``, ``cypher``, ``analyze`` and ``export`` in-process on a real store."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.importer import import_records

FUND = "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"


def _release(source: str, province: str, date: str, chair: str, signers: list[str]) -> dict:
    entities = [
        {"id": "v1", "type": "Province", "name": province},
        {"id": "e1", "type": "Event", "event_type": "signing", "date": date,
         "title": f"พิธีลงนามบันทึกข้อตกลงความร่วมมือ จังหวัด{province}"},
        {"id": "p1", "type": "Person", "name": chair, "title": "นาย", "position": f"ผู้ว่าราชการจังหวัด{province}"},
    ]
    relations = [
        {"type": "HELD_IN", "head": "e1", "tail": "v1", "evidence": f"ณ จังหวัด{province}"},
        {"type": "CHAIRED", "head": "p1", "tail": "e1", "evidence": f"{chair} เป็นประธานในพิธี"},
    ]
    for index, signer in enumerate(signers, start=1):
        entities.append({"id": f"a{index}", "type": "Agency", "name": signer,
                         "aliases": ["กสศ."] if signer == FUND else []})
        relations.append({"type": "SIGNED", "head": f"a{index}", "tail": "e1", "evidence": f"{signer} ลงนาม"})
    return {"doc": source, "source": source, "title": f"ข่าว {province}", "hash": f"h-{source}",
            "published": date, "entities": entities, "relations": relations}


RECORDS = [
    _release("sukhothai.txt", "สุโขทัย", "2022-04-19", "วิรุฬ พรรณเทวี",
             [FUND, "องค์การบริหารส่วนจังหวัดสุโขทัย"]),
    _release("surin.txt", "สุรินทร์", "2019-08-27", "พรพจน์ บัณฑิตยานุรักษ์",
             [FUND, "องค์การบริหารส่วนตำบลสลักได"]),
]


@pytest.fixture
def env(clean_store, store_cli_env):
    import_records(clean_store, RECORDS)
    return store_cli_env


def _run(env, *args, input=None):
    return CliRunner().invoke(cli, list(args), env=env, input=input)


def test_list_shows_the_canned_queries_without_a_store():
    result = CliRunner().invoke(cli, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    names = [q["name"] for q in listed]
    assert "chairs_in_province" in names and not any(n.startswith("_") for n in names)
    chairs = next(q for q in listed if q["name"] == "chairs_in_province")
    assert "province: province (required)" in chairs["params"]


def test_query_as_table_json_and_csv_keeps_thai(env):
    table = _run(env, "query", "chairs_in_province", "--param", "province=สุโขทัย")
    assert table.exit_code == 0, table.output
    assert "วิรุฬ พรรณเทวี" in table.output and "(1 row)" in table.output
    as_json = _run(env, "query", "chairs_in_province", "-p", "province=จังหวัดสุโขทัย", "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    assert "วิรุฬ พรรณเทวี" in as_json.output  # not \u escapes
    assert [r["chair"] for r in json.loads(as_json.output)] == ["วิรุฬ พรรณเทวี"]
    as_csv = _run(env, "query", "signatories", "-p", "province=สุโขทัย", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert {r["signatory"] for r in rows} == {FUND, "องค์การบริหารส่วนจังหวัดสุโขทัย"}
    assert json.loads(rows[0]["sources"]) == ["sukhothai.txt"]


def test_query_errors_are_clear_and_exit_2(env):
    unknown = _run(env, "query", "chairs_in_provnce", "-p", "province=สุโขทัย")
    assert unknown.exit_code == 2
    assert "did you mean chairs_in_province" in unknown.output
    assert "Traceback" not in unknown.output
    missing = _run(env, "query", "chairs_in_province")
    assert missing.exit_code == 2 and "needs the parameter province" in missing.output
    ill_typed = _run(env, "query", "chairs_in_province", "-p", "province=สุโขทัย", "-p", "since=yesterday")
    assert ill_typed.exit_code == 2 and "since must be a date" in ill_typed.output
    malformed = _run(env, "query", "chairs_in_province", "-p", "province")
    assert malformed.exit_code == 2 and "NAME=VALUE" in malformed.output
    nothing = _run(env, "query")
    assert nothing.exit_code == 2 and "--list" in nothing.output


def test_cypher_reads_with_parameters(env):
    result = _run(env, "cypher", "MATCH (a:Agency) WHERE a.name CONTAINS $part RETURN a.name AS name ORDER BY name",
                  "-p", "part=องค์การ", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in json.loads(result.output)] == [
        "องค์การบริหารส่วนจังหวัดสุโขทัย", "องค์การบริหารส่วนตำบลสลักได"]
    numbers = _run(env, "cypher", "RETURN $n + 1 AS next", "-p", "n=41", "--format", "csv")
    assert numbers.output.splitlines() == ["next", "42"]
    from_stdin = _run(env, "cypher", "-", "--format", "json", input="MATCH (p:Province) RETURN count(p) AS n")
    assert json.loads(from_stdin.output) == [{"n": 2}]


@pytest.mark.parametrize("statement", [
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Agency {key: 'Agency:x', name: 'x'})",
    "MATCH (a:Agency) SET a.name = 'x' RETURN a.name AS name",
])
def test_cypher_refuses_writes_and_changes_nothing(env, statement):
    count = "MATCH (n) RETURN count(n) AS n"
    before = _run(env, "cypher", count, "--format", "json").output
    result = _run(env, "cypher", statement)
    assert result.exit_code == 2
    assert "read-only" in result.output and "Traceback" not in result.output
    assert _run(env, "cypher", count, "--format", "json").output == before


def test_analyze_brokers_and_ego(env):
    brokers = _run(env, "analyze", "brokers", "--format", "json")
    assert brokers.exit_code == 0, brokers.output
    assert json.loads(brokers.output)[0]["name"] == FUND
    ego = _run(env, "analyze", "ego", "--node", "กสศ.", "--format", "json")
    rows = json.loads(ego.output)
    assert rows[0]["distance"] == 0 and rows[0]["name"] == FUND
    assert {r["label"] for r in rows[1:]} == {"Event"}
    degree = _run(env, "analyze", "degree", "--type", "Person", "--top", "1")
    assert degree.exit_code == 0 and "(1 row)" in degree.output
    no_node = _run(env, "analyze", "ego")
    assert no_node.exit_code == 2 and "ego needs a node" in no_node.output
    wrong_type = _run(env, "analyze", "degree", "--type", "Robot")
    assert wrong_type.exit_code == 2


@pytest.mark.parametrize("fmt, name", [("json", "g.json"), ("graphml", "g.graphml"), ("gexf", "g.gexf"),
                                       ("csv", "g")])
def test_export_each_format_reads_back(env, tmp_path, fmt, name):
    out = tmp_path / "not-yet" / name          # the folder is created
    result = _run(env, "export", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "exported 9 nodes and 8 edges" in result.output
    if fmt == "json":
        graph = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    elif fmt in ("graphml", "gexf"):
        graph = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
        # Gephi labels a node with `label`: the name, not the type.
        assert {d["label"] for _, d in graph.nodes(data=True)} == {d["name"] for _, d in graph.nodes(data=True)}
        assert {d["node_type"] for _, d in graph.nodes(data=True)} >= {"Agency", "Person", "Province", "Event"}
    else:
        assert (tmp_path / "not-yet" / "g-nodes.csv").read_bytes().startswith("\ufeffkey,".encode("utf-8"))
        nodes = list(csv.DictReader((tmp_path / "not-yet" / "g-nodes.csv").open(encoding="utf-8-sig")))
        edges = list(csv.DictReader((tmp_path / "not-yet" / "g-edges.csv").open(encoding="utf-8-sig")))
        graph = nx.MultiDiGraph()
        graph.add_nodes_from((n["key"], {"name": n["name"]}) for n in nodes)
        graph.add_edges_from((e["source"], e["target"], e["type"]) for e in edges)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (9, 8)
    names = {d.get("name") for _, d in graph.nodes(data=True)}
    assert {FUND, "วิรุฬ พรรณเทวี", "สุโขทัย"} <= names


def test_export_with_documents_and_a_bad_path(env, tmp_path):
    result = _run(env, "export", "--format", "json", "--documents", "--out", str(tmp_path / "all.json"))
    assert result.exit_code == 0 and "exported 11 nodes" in result.output
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    bad = _run(env, "export", "--format", "json", "--out", str(tmp_path / "a-file" / "g.json"))
    assert bad.exit_code == 2 and "cannot create the folder" in bad.output
