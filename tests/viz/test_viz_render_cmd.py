"""`edugraph render` on a real store (the examples' gold records imported into it)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from edugraph.cli import cli
from edugraph.graph.importer import import_records, record_hash
from edugraph.viz.render import read_page_index

GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "examples-gold"


@pytest.fixture
def imported(clean_store, store_cli_env):
    records = []
    for path in sorted(GOLD.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        record.setdefault("source", record["doc"])
        record.setdefault("title", path.stem)
        record["hash"] = record_hash(record)
        records.append(record)
    assert records, f"no gold records in {GOLD}"
    result = import_records(clean_store, records)
    assert not result.rejected
    return store_cli_env


def page_data(path: Path) -> dict:
    return read_page_index(path.read_text(encoding="utf-8"))


def test_render_writes_the_whole_graph_with_document_titles(imported, tmp_path):
    out = tmp_path / "all.html"
    result = CliRunner().invoke(cli, ["render", "--out", str(out)], env=imported)
    assert result.exit_code == 0, result.output
    data = page_data(out)
    assert f"wrote {out}: {len(data['info'])} nodes, {len(data['facts'])} relations" in result.output
    assert "render:" in result.output and "reading the graph from the store" in result.output, "progress"
    assert len(data["info"]) > 50 and not any(row.get("k", "").endswith(".json") for row in data["info"])
    assert all(doc[0] for doc in data["docs"]), "titles from Document nodes"
    assert any("กสศ." in row.get("a", []) for row in data["info"])


def test_render_parts_of_the_graph(imported, tmp_path):
    runner = CliRunner()
    whole = page_data(_render(runner, imported, tmp_path / "all.html"))
    sisaket = page_data(_render(runner, imported, tmp_path / "sisaket.html", "--province", "จังหวัดศรีสะเกษ"))
    assert 0 < len(sisaket["info"]) < len(whole["info"])
    assert "ศรีสะเกษ" in {row["n"] for row in sisaket["info"]}
    eef = page_data(_render(runner, imported, tmp_path / "eef.html", "--around", "กสศ.", "--depth", "1"))
    assert any(row["n"] == "สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา" for row in eef["info"])
    top = tmp_path / "top.html"
    _render(runner, imported, top, "--max-nodes", "10")
    assert len(page_data(top)["info"]) == len(whole["info"]), "every node is in the page"
    assert f"แสดงภาพรวม 10 จาก {len(whole['info']):,} โหนด" in top.read_text(encoding="utf-8")
    later = page_data(_render(runner, imported, tmp_path / "later.html", "--since", "2024-01-01"))
    assert all(row.get("d", "9999") >= "2024-01-01" for row in later["info"] if row.get("d"))


def _render(runner, env, out: Path, *args: str) -> Path:
    result = runner.invoke(cli, ["render", "--out", str(out), *args], env=env)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("args, message", [
    (["--province", "ภูเก็ตตต"], "nothing in the graph is placed in the province"),
    (["--around", "ไม่มีชื่อนี้เลย"], "no node has the key or name"),
    (["--since", "19 เม.ย. 2565"], "is not an ISO date"),
    (["--programme", "ไม่มีโครงการนี้"], "no programme has the key or name"),
])
def test_bad_selections_are_clear_errors(imported, tmp_path, args, message):
    result = CliRunner().invoke(cli, ["render", "--out", str(tmp_path / "x.html"), *args], env=imported)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()
