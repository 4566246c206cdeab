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

from edugraph.graph.sample import sample_graph
from edugraph.errors import RenderError
from edugraph.viz.render import FONT_FILE, OVERVIEW_BUDGET, build_page, read_page_index, render_html, render_view
from edugraph.viz.subgraph import SelectionError, entity_view

from viz_hostile import CLOSE_NAME, DOC_TITLE, EVIDENCE, IMG_NAME, JS_URL, SCRIPT_NAME, hostile_graph


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
    """The page's index of every node (decoded) with pyvis's overview network beside it."""
    index = read_page_index(html)
    (attrs, text), = [s for s in parse(html).scripts if s[0].get("id") == "edugraph-network"]
    index["network"] = json.loads(text)
    index["network"]["options"] = json.loads(index["network"]["options"])
    return index


def test_the_page_is_self_contained_and_requests_nothing():
    html, _ = build_page(sample_graph())
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs and tag not in ("link", "iframe", "img", "base"), (tag, attrs)
        for name, value in attrs.items():
            if name in ("href", "action", "data", "poster", "srcset"):
                raise AssertionError(f"<{tag} {name}={value!r}>")
    scripts = [text for attrs, text in page.scripts if "type" not in attrs]
    assert len(scripts) == 2 and len(scripts[0]) > 400_000, "vis-network and the page's script, inline"
    assert sorted(attrs.get("type") for attrs, _ in page.scripts if "type" in attrs) == [
        "application/json", "application/octet-stream"], "data only, never run"
    css = "\n".join(text for _, text in page.styles)
    assert "@import" not in css
    assert set(re.findall(r"url\(\s*['\"]?([a-z]+):", css)) <= {"data"}
    assert "//cdn" not in html and "bootstrap" not in html.lower()
    for script in scripts:          # URLs inside scripts are licence comments and namespaces, never loaded
        for url in re.findall(r"https?://[^\s\"')]+", script):
            assert re.match(r"https?://(www\.w3\.org/2000/svg|github\.com/|visjs\.github\.io|almende\.com|opensource\.org|www\.apache\.org)", url), url


def test_the_policy_lets_only_the_page_scripts_run():
    html, _ = build_page(sample_graph())
    page = parse(html)
    (csp,) = [a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    assert "font-src data:" in csp
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
              for attrs, text in page.scripts if "type" not in attrs}
    assert set(script_src) == hashes, "only the two inline scripts, by hash (no 'unsafe-inline')"


def test_thai_page_declares_its_language_and_carries_its_font():
    html, _ = build_page(sample_graph(), title="เครือข่าย ทดสอบ")
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"th\">")
    assert html.index('<meta charset="utf-8">') < html.index("<title>")
    assert "Noto Sans Thai" in html and "Sarabun" in html and "Tahoma" in html
    for ui in ("ค้นหา", "ประเภทโหนด", "จังหวัด", "ช่วงวันที่", "ล้างตัวกรอง", "ลำดับเวลา", "บันทึก CSV"):
        assert ui in html
    font = re.search(r'font-family: "EdugraphThai";[^}]*src: url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\)', html)
    assert font, "the Thai font is inline"
    assert base64.b64decode(font.group(1)) == FONT_FILE.read_bytes()
    assert FONT_FILE.read_bytes()[:4] == b"wOF2" and FONT_FILE.stat().st_size < 60_000
    licence = (FONT_FILE.parent / "NotoSansThai-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Google" in licence


def test_written_as_utf8_whatever_the_locale(tmp_path):
    out = tmp_path / "ไฟล์.html"
    code = ("import sys; sys.path[:0] = sys.argv[2:]; from viz_hostile import hostile_graph; "
            "from edugraph.viz.render import render_html; render_html(hostile_graph(), sys.argv[1], title='\\u0e17\\u0e14\\u0e2a\\u0e2d\\u0e1a')")
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}
    subprocess.run([sys.executable, "-c", code, str(out), str(Path(__file__).parent)], env=env, check=True)
    text = out.read_bytes().decode("utf-8")
    assert "<title>ทดสอบ</title>" in text
    assert "สำนักงานศึกษาธิการจังหวัดสตูล" in {row["n"] for row in page_data(text)["info"]}


def test_document_text_cannot_break_out_of_the_data():
    html, counts = build_page(hostile_graph())
    network_block = html.split('<script type="application/json" id="edugraph-network">', 1)[1].split("</script>", 1)[0]
    for raw in ("<", ">", "\u2028"):
        assert raw not in network_block
    index_block = html.split('id="edugraph-index">', 1)[1].split("</script>", 1)[0]
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", index_block), "base64 only"
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    data = page_data(html)
    names = {row["n"] for row in data["info"]}
    assert {SCRIPT_NAME, CLOSE_NAME, IMG_NAME} <= names, "kept exactly, to be shown as text"
    assert {node["label"] for node in data["network"]["nodes"]} >= {SCRIPT_NAME[:26] + "…"}
    assert EVIDENCE.replace("\u2028", " ").split()[0] in " ".join(data["strings"])
    assert [DOC_TITLE, "2022-04-21", "", JS_URL] in data["docs"], "a javascript: address is text, not a link"
    assert counts.nodes == 17 + 4, "the sample's entities and the four hostile ones"


def test_the_data_matches_the_graph_with_provenance():
    g = sample_graph()
    data = page_data(build_page(g)[0])
    keys = [row.get("k") or f"{data['types'][row['t']]['id']}:{row['n'].replace(' ', '')}" for row in data["info"]]
    assert sorted(keys) == sorted(entity_view(g))
    edges = [tuple(data["edges"][i:i + 3]) for i in range(0, len(data["edges"]), 3)]
    assert len(edges) == entity_view(g).number_of_edges() == len(data["facts"])
    somchai = keys.index("Person:สมชายใจดี")
    chaired = next(i for i, e in enumerate(edges) if data["relations"][e[2]]["id"] == "CHAIRED" and e[0] == somchai)
    (doc, sentence), = data["facts"][chaired]
    assert data["docs"][doc] == ["เอกสาร 1", "2022-04-20", "", "d1.txt"]
    assert data["strings"][sentence] == "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนาม"
    person = data["info"][somchai]
    shown = {(data["strings"][a], data["strings"][b]) for a, b in person["p"]}
    assert ("ตำแหน่ง", "ศึกษาธิการจังหวัดสตูล") in shown and ("คำนำหน้า", "นาย") in shown
    assert [data["docs"][d][3] for d in person["m"]] == ["d1.txt"]
    holds = next(i for i, e in enumerate(edges) if data["relations"][e[2]]["id"] == "HOLDS_POSITION" and e[0] == somchai)
    assert data["strings"][data["facts"][holds][0][2]] == "ศึกษาธิการจังหวัดสตูล"
    options = data["network"]["options"]
    assert options["physics"]["enabled"] is False, "positions are computed: the view never drifts"
    assert options["nodes"]["font"]["face"].startswith('"EdugraphThai", "Noto Sans Thai"'), "spaces survive pyvis"


def test_releases_link_to_their_original_address_only_over_http():
    g = sample_graph()
    g.nodes["d1.txt"]["url"] = "https://www.thaigov.go.th/news/contents/details/88089"
    g.nodes["d2.txt"]["url"] = "javascript:alert(document.domain)//"
    g.add_node("d9.txt", label="Document", title="ไม่มีที่อยู่", published="2023-01-01",
               source="../shared/corpus/realworld/thaigov-education.jsonl#thaigov-1")
    g.add_edge("d9.txt", "Province:สตูล", key="MENTIONS", type="MENTIONS")
    docs = {row[0]: row for row in page_data(build_page(g)[0])["docs"]}
    assert docs["เอกสาร 1"] == ["เอกสาร 1", "2022-04-20", "https://www.thaigov.go.th/news/contents/details/88089", ""]
    assert docs["เอกสาร 2"] == ["เอกสาร 2", "2023-06-02", "", "javascript:alert(document.domain)//"], "text, not a link"
    assert docs["ไม่มีที่อยู่"][2:] == ["", "../shared/corpus/realworld/thaigov-education.jsonl#thaigov-1"]


def test_evidence_is_cut_at_a_word_boundary():
    g = sample_graph()
    sentence = ("นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนามบันทึกข้อตกลงความร่วมมือ"
                "การจัดการศึกษาเชิงพื้นที่เพื่อความเสมอภาคทางการศึกษาของจังหวัดสตูลร่วมกับหน่วยงานภาคีเครือข่าย" * 4)[:300]
    g.edges["Person:สมชายใจดี", "Event:signing:2022-04-19:สตูล", "CHAIRED"]["evidence"] = [sentence]
    data = page_data(build_page(g)[0])
    (excerpt,) = [s for s in data["strings"] if s.startswith("นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธี")]
    assert excerpt.endswith("…") and len(excerpt) <= 281
    kept = excerpt[:-1]
    assert sentence.startswith(kept)
    assert len(kept) in word_ends(sentence), f"cut inside a word: …{kept[-12:]}|{sentence[len(kept):len(kept) + 8]}"


def word_ends(text: str) -> set[int]:
    """Where pythainlp's newmm ends a word (or a space does): the oracle."""
    from pythainlp.tokenize import word_tokenize
    ends, at = set(), 0
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        at += len(token)
        ends.add(at)
    return ends | {i for i, c in enumerate(text) if c == " "}


def test_the_overview_fits_its_budget_and_every_node_is_in_the_page(thai_graph_factory):
    g = thai_graph_factory(1000, include_documents=True)
    g.add_node("Person:คนเดียว", label="Person", name="คนเดียว ไม่มีใคร", aliases=[])
    html, counts = build_page(g)
    data = page_data(html)
    assert counts.nodes == len(data["info"]) == 1001 and counts.isolated == 1
    drawn = data["network"]["nodes"]
    assert counts.drawn_nodes == len(drawn) <= OVERVIEW_BUDGET
    keys = [row.get("k") or f"{data['types'][row['t']]['id']}:{row['n'].replace(' ', '')}" for row in data["info"]]
    drawn_keys = {keys[node["id"]] for node in drawn}
    assert "Person:คนเดียว" not in drawn_keys, "isolated nodes are listed and searched, not drawn"
    provinces = {n for n, d in entity_view(g).nodes(data=True) if d["label"] == "Province"}
    assert provinces <= drawn_keys
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in drawn)
    assert sum(1 for n in drawn if n.get("font", {}).get("size", 0) > 30) >= 20, "big labels for the hubs"
    ids = {node["id"] for node in drawn}
    assert all(e["from"] in ids and e["to"] in ids for e in data["network"]["edges"])
    assert len(html.encode()) < 3_000_000


def test_max_nodes_is_the_overview_budget(tmp_path, thai_graph_factory):
    g = thai_graph_factory(300, include_documents=True)
    messages = []
    result = render_html(g, tmp_path / "top.html", max_nodes=120, progress=messages.append)
    assert (result.nodes, result.drawn_nodes, result.omitted_nodes) == (300, 120, 180)
    assert result.edges == entity_view(g).number_of_edges()
    text = result.path.read_text(encoding="utf-8")
    assert "แสดงภาพรวม 120 จาก 300 โหนด" in text
    assert result.size_bytes == (tmp_path / "top.html").stat().st_size
    assert [m.split(" ")[0] for m in messages] == ["indexing", "laying", "writing", "writing"]


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
    (x,) = [row for row in data["info"] if row["n"] == "x"]
    assert [[data["strings"][a], data["strings"][b]] for a, b in x["p"]] == [["seen", "2024-01-02"]]


def test_an_empty_graph_still_renders():
    html, counts = build_page(nx.MultiDiGraph())
    assert (counts.nodes, counts.drawn_nodes) == (0, 0)
    assert page_data(html)["info"] == []


def test_errors_are_edugraph_errors(tmp_path):
    with pytest.raises(RenderError, match="cannot write the page"):
        render_html(sample_graph(), tmp_path / "missing" / "x.html")
    assert not list(tmp_path.iterdir())
    with pytest.raises(RenderError, match="networkx graph"):
        build_page({"nodes": []})
    with pytest.raises(SelectionError):
        render_view(sample_graph(), tmp_path / "x.html", province="ภูเก็ต")
    with pytest.raises(RenderError, match="no index"):
        read_page_index("<html></html>")


def test_render_view_describes_its_part(tmp_path):
    result = render_view(sample_graph(), tmp_path / "x.html", around_key="สมชาย ใจดี", depth=1,
                         since_date="2022-01-01")
    text = result.path.read_text(encoding="utf-8")
    assert "รอบ “สมชาย ใจดี” 1 ขั้น · กิจกรรมตั้งแต่ 2022-01-01 (จากทั้งหมด 17 โหนด 20 ความสัมพันธ์)" in text
    assert result.nodes == 3
