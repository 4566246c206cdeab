"""The page as a file: self-contained, UTF-8, Thai, escaped, and honest about what it leaves out."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from edugraph.errors import RenderError
from edugraph.viz.render import build_page, render_html, render_view
from edugraph.viz.subgraph import SelectionError, entity_view, example_graph

from viz_hostile import CLOSE_NAME, DOC_TITLE, EVIDENCE, IMG_NAME, SCRIPT_NAME, hostile_graph


class _Page(HTMLParser):
    """Tags, attributes, and the text of each <script> and <style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.styles, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = (tag, dict(attrs), [])

    def handle_data(self, data):
        if self._in:
            self._in[2].append(data)

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            (self.scripts if tag == "script" else self.styles).append((self._in[1], "".join(self._in[2])))
            self._in = None


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def page_data(html: str) -> dict:
    (attrs, text), = [s for s in parse(html).scripts if s[0].get("type") == "application/json"]
    return json.loads(text)


def test_the_page_is_self_contained_and_requests_nothing():
    html, _ = build_page(example_graph())
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs and tag not in ("link", "iframe", "img", "base"), (tag, attrs)
        for name, value in attrs.items():
            if name in ("href", "action", "data", "poster", "srcset"):
                raise AssertionError(f"<{tag} {name}={value!r}>")
    scripts = [text for attrs, text in page.scripts if "type" not in attrs]
    assert len(scripts) == 2 and len(scripts[0]) > 400_000, "vis-network and the page's script, inline"
    css = "\n".join(text for _, text in page.styles)
    assert "@import" not in css
    assert set(re.findall(r"url\(\s*['\"]?([a-z]+):", css)) <= {"data"}
    assert "//cdn" not in html and "bootstrap" not in html.lower()
    for script in scripts:          # URLs inside scripts are licence comments and namespaces, never loaded
        for url in re.findall(r"https?://[^\s\"')]+", script):
            assert re.match(r"https?://(www\.w3\.org/2000/svg|github\.com/|visjs\.github\.io|almende\.com|opensource\.org|www\.apache\.org)", url), url


def test_the_policy_lets_only_the_page_scripts_run():
    html, _ = build_page(example_graph())
    page = parse(html)
    (csp,) = [a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
              for attrs, text in page.scripts if "type" not in attrs}
    assert set(script_src) == hashes, "only the two inline scripts, by hash (no 'unsafe-inline')"


def test_thai_page_declares_its_language_and_charset():
    html, _ = build_page(example_graph(), title="เครือข่าย ทดสอบ")
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"th\">")
    assert html.index('<meta charset="utf-8">') < html.index("<title>")
    assert "Noto Sans Thai" in html and "Sarabun" in html and "Tahoma" in html
    for ui in ("ค้นหา", "ประเภทโหนด", "จังหวัด", "ช่วงวันที่", "ล้างตัวกรอง"):
        assert ui in html


def test_written_as_utf8_whatever_the_locale(tmp_path):
    out = tmp_path / "ไฟล์.html"
    code = ("import sys; sys.path[:0] = sys.argv[2:]; from viz_hostile import hostile_graph; "
            "from edugraph.viz.render import render_html; render_html(hostile_graph(), sys.argv[1])")
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}
    subprocess.run([sys.executable, "-c", code, str(out), str(Path(__file__).parent)], env=env, check=True)
    text = out.read_bytes().decode("utf-8")
    assert "สำนักงานศึกษาธิการจังหวัดสตูล" in text


def test_document_text_cannot_break_out_of_the_data():
    html, counts = build_page(hostile_graph())
    data_block = html.split('<script type="application/json" id="edugraph-data">', 1)[1].split("</script>", 1)[0]
    for raw in ("<script", "</script", "<img", "<svg", "<iframe", "\u2028"):
        assert raw not in data_block
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    data = page_data(html)
    names = {row["n"] for row in data["info"]}
    assert {SCRIPT_NAME, CLOSE_NAME, IMG_NAME} <= names, "kept exactly, to be shown as text"
    assert EVIDENCE in data["strings"] and [DOC_TITLE, "2022-04-21", "evil.txt"] in data["docs"]
    assert counts.nodes == 9


def test_the_data_matches_the_graph_with_provenance():
    g = example_graph()
    data = page_data(build_page(g)[0])
    keys = [row["k"] for row in data["info"]]
    assert sorted(keys) == sorted(entity_view(g)) and len(data["nodes"]) == len(keys)
    assert len(data["edges"]) == entity_view(g).number_of_edges() == len(data["facts"])
    chaired = next(i for i, e in enumerate(data["edges"])
                   if data["relations"][e["r"]]["id"] == "CHAIRED")
    (doc, sentence), = data["facts"][chaired]
    assert data["docs"][doc] == ["เอกสาร 1", "2022-04-20", "d1.txt"]
    assert data["strings"][sentence] == "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนาม"
    person = data["info"][keys.index("Person:สมชายใจดี")]
    shown = {(data["strings"][a], data["strings"][b]) for a, b in person["p"]}
    assert ("ตำแหน่ง", "ศึกษาธิการจังหวัดสตูล") in shown and ("คำนำหน้า", "นาย") in shown
    assert [data["docs"][d][2] for d in person["m"]] == ["d1.txt"]
    holds = next(i for i, e in enumerate(data["edges"]) if data["relations"][e["r"]]["id"] == "HOLDS_POSITION")
    assert data["strings"][data["facts"][holds][0][2]] == "ศึกษาธิการจังหวัดสตูล"
    assert data["meta"]["physics"] is True and data["options"]["physics"]["enabled"] is True


def test_large_graphs_get_fixed_positions_and_cheap_drawing(thai_graph_factory):
    data = page_data(build_page(thai_graph_factory(400))[0])
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"] is False
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])


def test_max_nodes_says_what_was_left_out(tmp_path, thai_graph_factory):
    g = thai_graph_factory(300, include_documents=True)
    whole = entity_view(g)
    result = render_html(g, tmp_path / "top.html", max_nodes=120)
    assert (result.nodes, result.omitted_nodes) == (120, 180)
    assert result.edges + result.omitted_edges == whole.number_of_edges()
    text = result.path.read_text(encoding="utf-8")
    assert f"ละไว้ 180 โหนด และ {result.omitted_edges:,} ความสัมพันธ์" in text
    data = page_data(text)
    assert sum(row.get("o", 0) for row in data["info"]) > 0, "nodes say how many relations were not drawn"
    assert result.size_bytes == (tmp_path / "top.html").stat().st_size


def test_odd_values_render_instead_of_failing():
    g = nx.MultiDiGraph()
    g.add_node("x", label="Person", aliases=None, score=float("nan"), seen=date(2024, 1, 2))   # no name
    g.add_node("y", label="Mystery", name="ไม่ทราบประเภท")
    g.add_edge("x", "y", key="KNOWS", type="KNOWS", sources=["a", "b"], evidence=["หนึ่ง"], titles=None)
    data = page_data(build_page(g)[0])
    assert {row["n"] for row in data["info"]} == {"x", "ไม่ทราบประเภท"}
    assert [t["id"] for t in data["types"] if t["count"]] == ["Person", "Mystery"]
    (first, second), = data["facts"]
    assert data["strings"][first[1]] == "หนึ่ง" and second[1] == -1, "a source without its sentence"
    (x,) = [row for row in data["info"] if row["k"] == "x"]
    assert [[data["strings"][a], data["strings"][b]] for a, b in x["p"]] == [["seen", "2024-01-02"]]


def test_errors_are_edugraph_errors(tmp_path):
    with pytest.raises(RenderError, match="cannot write the page"):
        render_html(example_graph(), tmp_path / "missing" / "x.html")
    assert not list(tmp_path.iterdir())
    with pytest.raises(RenderError, match="networkx graph"):
        build_page({"nodes": []})
    with pytest.raises(SelectionError):
        render_view(example_graph(), tmp_path / "x.html", province="ภูเก็ต")


def test_render_view_describes_its_part(tmp_path):
    result = render_view(example_graph(), tmp_path / "x.html", around_key="สมชาย ใจดี", depth=1,
                         since_date="2022-01-01")
    text = result.path.read_text(encoding="utf-8")
    assert "รอบ “สมชาย ใจดี” 1 ขั้น · กิจกรรมตั้งแต่ 2022-01-01 (จากทั้งหมด 6 โหนด 5 ความสัมพันธ์)" in text
    assert result.nodes == 3
