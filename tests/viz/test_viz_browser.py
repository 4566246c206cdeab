"""The page in a real browser (Debian's Chromium): offline, safe, Thai, clickable, searchable, filterable."""
from __future__ import annotations

import time

import pytest

from edugraph.viz.render import render_html
from edugraph.viz.subgraph import around, entity_view, example_graph, in_province, since
from edugraph.viz.text import search_form

from viz_hostile import CLOSE_NAME, DOC_TITLE, EVIDENCE, FLAGS, IMG_NAME, SCRIPT_NAME, hostile_graph

pytestmark = pytest.mark.browser


def click_node(opened, key: str) -> None:
    """A real mouse click where the network draws the node."""
    point = opened.page.evaluate("(key) => window.edugraph.pagePosition(key)", key)
    opened.page.mouse.click(point["x"], point["y"])
    opened.page.wait_for_selector("#panel:not([hidden])")


def panel_text(opened) -> str:
    return opened.page.locator("#panel").inner_text()


def assert_clean(opened) -> None:
    assert opened.errors == [], opened.errors
    assert opened.foreign_requests == [], opened.foreign_requests
    assert opened.dialogs == []


def test_hostile_names_are_shown_as_text_and_never_run(tmp_path, open_page, artifacts_dir):
    graph = hostile_graph()
    result = render_html(graph, tmp_path / "hostile.html")
    opened = open_page(result.path)
    page = opened.page
    assert page.evaluate("() => window.edugraph.nodeCount()") == entity_view(graph).number_of_nodes()
    assert page.evaluate("() => window.edugraph.edgeCount()") == entity_view(graph).number_of_edges()

    for key, name in (("Person:hostile-script", SCRIPT_NAME), ("Agency:hostile-close", CLOSE_NAME),
                      ("Agency:hostile-img", IMG_NAME)):
        click_node(opened, key)
        assert page.locator("#panel h2").text_content() == name, "the name, literally"
        assert page.locator("#panel img, #panel script, #panel svg, #panel iframe, #panel b, #panel i").count() == 0
    text = panel_text(opened)
    assert EVIDENCE.replace("\u2028", "").split("&")[0].strip() in text.replace("\u2028", "")
    assert DOC_TITLE in text
    # hovering shows vis-network's tooltip: as text too
    click_node(opened, "Person:hostile-script")
    page.mouse.move(0, 0)
    point = page.evaluate("() => window.edugraph.pagePosition('Person:hostile-script')")
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert page.locator("div.vis-tooltip").text_content().startswith(SCRIPT_NAME)
    assert page.locator("div.vis-tooltip *").count() == 0

    flags = page.evaluate("(flags) => flags.filter((f) => window[f] !== undefined)", FLAGS)
    assert flags == [], f"injected code ran: {flags}"
    assert page.evaluate("() => document.querySelectorAll('script').length") == 3
    assert page.evaluate("() => document.querySelectorAll('img, iframe').length") == 0
    assert_clean(opened)
    shot = artifacts_dir / "viz-hostile-panel.png"
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")


def test_clicking_a_node_shows_its_relations_and_their_sources_in_thai(tmp_path, open_page, artifacts_dir):
    result = render_html(example_graph(), tmp_path / "example.html", title="ตัวอย่างเครือข่าย")
    opened = open_page(result.path)
    click_node(opened, "Person:สมชายใจดี")
    text = panel_text(opened)
    for expected in ("สมชาย ใจดี", "บุคคล (Person)", "ตำแหน่ง", "ศึกษาธิการจังหวัดสตูล", "เป็นประธาน",
                     "พิธีลงนามความร่วมมือ", "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนาม",
                     "เอกสาร 1", "2022-04-20", "ตำแหน่งตามเอกสาร", "เอกสารที่กล่าวถึง"):
        assert expected in text, expected
    # follow a relation to the event it names
    opened.page.get_by_role("button", name="พิธีลงนามความร่วมมือ").first.click()
    assert opened.page.locator("#panel h2").text_content() == "พิธีลงนามความร่วมมือ"
    assert "ลงนามความร่วมมือ (signing)" in panel_text(opened)
    opened.page.keyboard.press("Escape")
    assert opened.page.locator("#panel").is_hidden()
    assert_clean(opened)
    shot = artifacts_dir / "viz-example.png"
    click_node(opened, "Person:สมชายใจดี")
    opened.page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")


def test_search_filters_and_focus_agree_with_the_python_subgraphs(tmp_path, open_page, thai_graph_factory):
    graph = thai_graph_factory(400, include_documents=True)
    entities = entity_view(graph)
    result = render_html(graph, tmp_path / "filters.html")
    opened = open_page(result.path)
    page = opened.page
    count = lambda: page.evaluate("() => window.edugraph.visibleNodeCount()")  # noqa: E731
    assert count() == entities.number_of_nodes()

    samples = ["  กสศ .  MOU ๒๕๖๕", "สำนักงาน\u200bศึกษาธิการ", "Satun\tSandbox"]
    assert page.evaluate("(s) => s.map(window.edugraph.searchForm)", samples) == [search_form(s) for s in samples]
    # partial, whitespace-insensitive, through an alias
    assert page.evaluate("() => window.edugraph.search('กสศ')")[0] == "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
    page.fill("#search-box", "ศึกษาธิการ จังหวัด สตูล")
    page.wait_for_selector("#search-results li[data-node]")
    first = page.locator("#search-results li[data-node]").first
    assert "สำนักงานศึกษาธิการจังหวัดสตูล" in first.text_content()
    page.keyboard.press("Enter")
    assert page.locator("#panel h2").text_content() == "สำนักงานศึกษาธิการจังหวัดสตูล"

    persons = sum(1 for _, d in entities.nodes(data=True) if d["label"] == "Person")
    page.locator("input[data-type=Person]").uncheck()
    assert count() == entities.number_of_nodes() - persons
    page.locator("input[data-type=Person]").check()
    page.locator("input[data-relation=PARTICIPATED]").uncheck()
    assert page.evaluate("() => window.edugraph.visibleEdgeCount()") == entities.number_of_edges() - sum(
        1 for *_, k in entities.edges(keys=True) if k == "PARTICIPATED")
    page.click("#filter-reset")

    page.select_option("#filter-province", label="สตูล")
    assert count() == entity_view(in_province(graph, "สตูล")).number_of_nodes()
    page.click("#filter-reset")

    page.fill("#filter-from", "2023-01-01")
    assert count() == entity_view(since(graph, "2023-01-01")).number_of_nodes()
    page.click("#filter-reset")
    assert count() == entities.number_of_nodes()

    centre = "Province:สตูล"
    page.evaluate("(key) => window.edugraph.select(key)", centre)
    page.click("#panel button[data-depth='2']")
    assert count() == entity_view(around(graph, centre, depth=2)).number_of_nodes()
    assert "เน้นรอบ" in page.locator("#status").text_content()
    assert_clean(opened)


def test_small_screens_get_the_panel_over_the_graph(tmp_path, open_page, artifacts_dir):
    result = render_html(example_graph(), tmp_path / "phone.html")
    opened = open_page(result.path, viewport=(420, 860))
    click_node(opened, "Agency:สำนักงานศึกษาธิการจังหวัดสตูล")
    box = opened.page.locator("#panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 421
    assert_clean(opened)
    shot = artifacts_dir / "viz-narrow.png"
    opened.page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")


def _open_big(n_nodes, tmp_path, open_page, artifacts_dir, thai_graph_factory):
    graph = thai_graph_factory(n_nodes, include_documents=True)
    started = time.perf_counter()
    result = render_html(graph, tmp_path / f"big-{n_nodes}.html")
    rendered = time.perf_counter() - started
    started = time.perf_counter()
    opened = open_page(result.path)
    opened_in = time.perf_counter() - started
    page = opened.page
    assert page.evaluate("() => window.edugraph.nodeCount()") == n_nodes
    assert page.evaluate("() => window.edugraph.edgeCount()") == entity_view(graph).number_of_edges()
    # pans and zooms without errors
    page.mouse.move(700, 450)
    page.mouse.down()
    page.mouse.move(500, 300, steps=5)
    page.mouse.up()
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(200)
    key = max(entity_view(graph).degree(), key=lambda item: item[1])[0]
    page.evaluate("(key) => window.edugraph.select(key)", key)
    assert page.locator("#panel h2").text_content() == graph.nodes[key]["name"]
    assert_clean(opened)
    shot = artifacts_dir / f"viz-{n_nodes}.png"
    page.screenshot(path=str(shot))
    print(f"{n_nodes} nodes: rendered in {rendered:.1f} s, {result.size_bytes / 1e6:.1f} MB, "
          f"opened in {opened_in:.1f} s; screenshot: {shot}")
    return result


def test_a_1000_node_page_opens(tmp_path, open_page, artifacts_dir, thai_graph_factory):
    result = _open_big(1000, tmp_path, open_page, artifacts_dir, thai_graph_factory)
    assert not result.physics


@pytest.mark.slow
def test_a_5000_node_page_opens(tmp_path, open_page, artifacts_dir, thai_graph_factory):
    _open_big(5000, tmp_path, open_page, artifacts_dir, thai_graph_factory)
