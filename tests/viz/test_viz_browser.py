"""The page in a real browser (Debian's Chromium): offline, safe, Thai, an overview that expands on demand.

Times (render, time to interactive) are printed, not asserted: bench/render_bench.py measures them.
"""
from __future__ import annotations

import csv
import io
import time
from urllib.parse import quote

import pytest

from edugraph.graph.sample import sample_graph
from edugraph.viz.render import read_page_index, render_html
from edugraph.viz.subgraph import around, entity_view, in_province, province_scope, since
from edugraph.viz.text import search_form

from viz_hostile import CLOSE_NAME, DOC_TITLE, EVENT_TYPE, EVIDENCE, FLAGS, IMG_NAME, JS_URL, SCRIPT_NAME, hostile_graph

pytestmark = pytest.mark.browser
RELEASE_URL = "https://www.thaigov.go.th/news/contents/details/88089"


def click_node(opened, key: str) -> None:
    """A real mouse click where the network draws the node."""
    point = opened.evaluate("(key) => window.edugraph.pagePosition(key)", key)
    opened.page.mouse.click(point["x"], point["y"])
    opened.page.wait_for_selector("#panel:not([hidden])")


def panel_text(opened) -> str:
    return opened.page.locator("#panel").inner_text()


def assert_clean(opened) -> None:
    assert opened.errors == [], opened.errors
    assert opened.foreign_requests == [], opened.foreign_requests
    assert opened.dialogs == []


def keys_of(index: dict) -> list[str]:
    return [row.get("k") or f"{index['types'][row['t']]['id']}:{row['n'].replace(' ', '')}" for row in index["info"]]


def assert_still(opened, wait_ms: int = 1500) -> dict:
    """Positions sampled twice, apart in time, are the same: nothing drifts."""
    first = opened.evaluate("() => window.edugraph.positions()")
    opened.page.wait_for_timeout(wait_ms)
    second = opened.evaluate("() => window.edugraph.positions()")
    assert first == second, "the layout moved after it settled"
    return first


def assert_link_opens_the_release(opened, url: str) -> None:
    """The evidence's link points at the release and opens it (answered here: no request leaves the machine)."""
    link = opened.page.locator(f'#panel a.original[href="{url}"]').first
    assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    opened.page.context.route(url, lambda route: route.fulfill(status=200, content_type="text/html",
                                                               body="<title>release</title>"))
    with opened.page.context.expect_page() as popup:
        link.click()
    popup.value.wait_for_load_state()
    assert popup.value.url == url
    popup.value.close()


def test_hostile_names_links_timeline_and_fragment_are_text_and_never_run(tmp_path, open_page, artifacts_dir):
    graph = hostile_graph()
    result = render_html(graph, tmp_path / "hostile.html")
    opened = open_page(result.path)
    page = opened.page
    assert opened.evaluate("() => window.edugraph.nodeCount()") == entity_view(graph).number_of_nodes()
    assert opened.evaluate("() => window.edugraph.edgeCount()") == entity_view(graph).number_of_edges()

    for key, name in (("Person:hostile-script", SCRIPT_NAME), ("Agency:hostile-close", CLOSE_NAME),
                      ("Agency:hostile-img", IMG_NAME)):
        click_node(opened, key)
        assert page.locator("#panel h2").text_content() == name, "the name, literally"
        assert page.locator("#panel img, #panel script, #panel svg, #panel iframe, #panel b, #panel i").count() == 0
    text = panel_text(opened)
    assert EVIDENCE.split("</script>")[0].strip() in text
    assert DOC_TITLE in text
    # a javascript: address is shown as text, never as a link
    assert JS_URL in text
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'))")
    assert all(h.startswith(("https://", "http://", "blob:")) for h in hrefs if h), hrefs
    # hovering shows vis-network's tooltip: as text too
    page.mouse.move(0, 0)
    point = opened.evaluate("() => window.edugraph.pagePosition('Person:hostile-script')")
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert page.locator("div.vis-tooltip").text_content().startswith(SCRIPT_NAME)
    assert page.locator("div.vis-tooltip *").count() == 0
    # the timeline: a hostile event type is an option's text; its events are listed as text
    assert EVENT_TYPE in page.locator("#timeline-type").inner_text()
    page.locator("#timeline-bars button.bar").first.click()
    assert page.locator("#panel img, #panel script, #panel svg, #panel iframe").count() == 0

    flags = opened.evaluate("(flags) => flags.filter((f) => window[f] !== undefined)", FLAGS)
    assert flags == [], f"injected code ran: {flags}"
    assert opened.evaluate("() => document.querySelectorAll('script').length") == 4
    assert opened.evaluate("() => document.querySelectorAll('img, iframe').length") == 0
    assert_clean(opened)
    shot = artifacts_dir / "viz-hostile-panel.png"
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")

    # a crafted link: whatever the fragment says is looked up, never run or shown as markup
    fragment = "#" + "&".join(f"{k}={quote(v)}" for k, v in (
        ("node", SCRIPT_NAME), ("expand", IMG_NAME), ("province", "<img src=x onerror=window.__pwned_hash=1>"),
        ("tl-period", "<svg onload=window.__pwned_hash=1>"), ("focus", "javascript:window.__pwned_hash=1"),
        ("hide", "<b>")))
    crafted = open_page(result.path, fragment=fragment)
    assert crafted.evaluate("() => window.__pwned_hash") is None
    assert "ไม่พบในกราฟ" in crafted.page.locator("#status").text_content()
    assert crafted.page.locator("#status *").count() == 0
    assert crafted.evaluate("() => document.querySelectorAll('img, iframe, svg:not(.vis-network svg)').length") == 0
    fine = open_page(result.path, fragment="#node=" + quote("Person:hostile-script"))
    assert fine.page.locator("#panel h2").text_content() == SCRIPT_NAME
    assert_clean(crafted)
    assert_clean(fine)


def test_clicking_a_node_shows_its_relations_and_sources_with_links(tmp_path, open_page, artifacts_dir):
    graph = sample_graph()
    graph.nodes["d1.txt"]["url"] = RELEASE_URL
    result = render_html(graph, tmp_path / "example.html", title="ตัวอย่างเครือข่าย")
    opened = open_page(result.path)
    assert_still(opened)
    click_node(opened, "Person:สมชายใจดี")
    text = panel_text(opened)
    for expected in ("สมชาย ใจดี", "บุคคล (Person)", "ตำแหน่ง", "ศึกษาธิการจังหวัดสตูล", "เป็นประธาน",
                     "พิธีลงนามความร่วมมือ", "นายสมชาย ใจดี ศึกษาธิการจังหวัดสตูล เป็นประธานในพิธีลงนาม",
                     "เอกสาร 1", "2022-04-20", "ต้นฉบับ (original)", "ตำแหน่งตามเอกสาร", "เอกสารที่กล่าวถึง"):
        assert expected in text, expected
    assert "d1.txt" not in text, "the release's address, not a local path"
    assert_link_opens_the_release(opened, RELEASE_URL)
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


def test_search_reaches_every_node_and_filters_agree_with_python(tmp_path, open_page, thai_graph_factory):
    graph = thai_graph_factory(600, include_documents=True)
    entities = entity_view(graph)
    result = render_html(graph, tmp_path / "filters.html", max_nodes=120)
    index = read_page_index(result.path.read_text(encoding="utf-8"))
    opened = open_page(result.path)
    page = opened.page
    assert opened.evaluate("() => window.edugraph.drawnCount()") == result.drawn_nodes == 120
    assert opened.evaluate("() => window.edugraph.nodeCount()") == 600

    samples = ["  กสศ .  MOU ๒๕๖๕", "สำนักงาน\u200bศึกษาธิการ", "Satun\tSandbox"]
    assert opened.evaluate("(s) => s.map(window.edugraph.searchForm)", samples) == [search_form(s) for s in samples]
    assert opened.evaluate("() => window.edugraph.search('กสศ')")[0] == "Agency:สำนักงานกองทุนเพื่อความเสมอภาคทางการศึกษา"
    # a person outside the overview, found by part of the name, is drawn with its neighbours
    drawn = set(opened.evaluate("() => Object.keys(window.edugraph.positions())"))
    person = next(k for k in keys_of(index) if k.startswith("Person:") and k not in drawn and entities.degree(k) > 1)
    name = graph.nodes[person]["name"]
    page.fill("#search-box", name.split()[1])
    page.wait_for_selector("#search-results li[data-node]")
    page.locator("#search-results li[data-node]", has_text=name).first.click()
    assert page.locator("#panel h2").text_content() == name
    assert opened.evaluate("(k) => window.edugraph.isDrawn(k)", person)
    neighbours = set(entities.successors(person)) | set(entities.predecessors(person))
    assert all(opened.evaluate("(k) => window.edugraph.isDrawn(k)", n) for n in neighbours)

    count = lambda: opened.evaluate("() => window.edugraph.matchingCount()")  # noqa: E731
    legend = lambda t: page.locator(f"#legend-types li:has(input[data-type={t}]) .count").text_content()  # noqa: E731
    assert count() == entities.number_of_nodes()
    persons = sum(1 for _, d in entities.nodes(data=True) if d["label"] == "Person")
    shown_persons = opened.evaluate("() => Object.keys(window.edugraph.positions()).filter((k) => k.startsWith('Person:')).length")
    assert legend("Person") == f"{shown_persons:,} / {persons:,}"
    page.locator("input[data-type=Person]").uncheck()
    assert legend("Person") == f"0 / {persons:,}", "the legend follows the filter"
    page.locator("input[data-type=Person]").check()

    page.select_option("#filter-province", label="สตูล")
    satun = entity_view(in_province(graph, "สตูล"))
    assert count() == satun.number_of_nodes()
    totals = page.evaluate("() => Array.from(document.querySelectorAll('#legend-types .count')).map((c) => Number(c.textContent.split(' / ')[1].replace(/,/g, '')))")
    assert sum(totals) == satun.number_of_nodes(), "legend totals follow the province"
    assert opened.evaluate("() => window.edugraph.visibleNodeCount()") == min(120, satun.number_of_nodes())
    assert "จังหวัดสตูล" in page.locator("#status").text_content()
    page.click("#filter-reset")

    page.fill("#filter-from", "2023-01-01")
    page.locator("#filter-from").dispatch_event("change")
    assert count() == entity_view(since(graph, "2023-01-01")).number_of_nodes()
    page.click("#filter-reset")
    assert count() == entities.number_of_nodes()

    centre = "Province:สตูล"
    opened.evaluate("(key) => window.edugraph.select(key)", centre)
    page.click("#panel button[data-depth='2']")
    assert opened.evaluate("() => window.edugraph.drawnCount()") == min(120, entity_view(around(graph, centre, 2)).number_of_nodes())
    assert "เน้นรอบ" in page.locator("#status").text_content()
    assert_clean(opened)


def test_the_view_lives_in_the_link_and_the_selection_saves_as_csv(tmp_path, open_page, thai_graph_factory,
                                                                  artifacts_dir):
    graph = thai_graph_factory(400, include_documents=True)
    graph.add_node("Person:สูตร", label="Person", name="=HYPERLINK(\"http://x\")", aliases=[])
    graph.add_edge("Person:สูตร", "Province:สตูล", key="LOCATED_IN", type="LOCATED_IN", sources=[], evidence=[])
    result = render_html(graph, tmp_path / "state.html")
    opened = open_page(result.path, accept_downloads=True)
    page = opened.page
    page.select_option("#filter-province", label="สตูล")
    page.locator("input[data-type=Programme]").uncheck()
    opened.evaluate("() => window.edugraph.select('Person:สูตร')")
    page.select_option("#timeline-unit", "year")
    hash_ = opened.evaluate("() => location.hash")
    assert "province=" in hash_ and "hide=Programme" in hash_ and "node=" in hash_ and "tl-unit=year" in hash_
    view = opened.evaluate("() => Object.keys(window.edugraph.positions()).sort()")

    again = open_page(result.path, fragment=hash_, accept_downloads=True)
    assert again.evaluate("() => Object.keys(window.edugraph.positions()).sort()") == view, "the link reopens the view"
    assert again.page.locator("#panel h2").text_content() == '=HYPERLINK("http://x")'
    assert again.page.locator("#filter-province option:checked").text_content() == "สตูล"
    assert not again.page.locator("input[data-type=Programme]").is_checked()
    assert again.page.locator("#timeline-unit").input_value() == "year"

    # a link pasted into the open page changes the view too
    again.evaluate("() => { location.hash = '#province=' + encodeURIComponent('สุโขทัย'); }")
    again.page.wait_for_function("() => document.getElementById('status').textContent.includes('จังหวัดสุโขทัย')")
    assert again.page.locator("input[data-type=Programme]").is_checked(), "the new link's state, not the old one's"
    assert "province=" in again.evaluate("() => location.hash")
    again.evaluate("() => { location.hash = '" + hash_ + "'; }")
    again.page.wait_for_function("() => document.getElementById('status').textContent.includes('จังหวัดสตูล')")

    with again.page.expect_download() as download:
        again.page.click("#save-csv")
    raw = download.value.path().read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a UTF-8 BOM, so that Excel reads Thai"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["key", "name", "type"]
    assert len(rows) - 1 == again.evaluate("() => window.edugraph.visibleNodeCount()")
    names = {row[1] for row in rows[1:]}
    assert "'=HYPERLINK(\"http://x\")" in names, "a name that looks like a formula stays text"
    assert any("สตูล" in row[3] for row in rows[1:])
    assert_clean(opened)
    assert_clean(again)


def test_the_timeline_selects_its_events(tmp_path, open_page, thai_graph_factory, artifacts_dir):
    graph = thai_graph_factory(1000, include_documents=True)
    entities = entity_view(graph)
    result = render_html(graph, tmp_path / "timeline.html")
    opened = open_page(result.path)
    page = opened.page
    page.select_option("#timeline-province", label="สตูล")
    bars = opened.evaluate("() => window.edugraph.timelineBars()")
    scope = province_scope(graph)
    events = [(n, d) for n, d in entities.nodes(data=True) if d["label"] == "Event" and d.get("date")
              and "สตูล" in scope[n]]
    assert sum(count for _, count in bars) == len({n for n, _ in events})
    period, expected = max(bars, key=lambda bar: bar[1])
    page.locator(f"#timeline-bars button.bar[data-period='{period}']").click()
    wanted = sorted(n for n, d in events if d["date"].startswith(period))
    assert len(wanted) == expected
    selected = opened.evaluate("() => window.edugraph.network.getSelectedNodes().map((i) => window.edugraph.keyOf(i))")
    assert sorted(selected) == wanted, "the bar selects its events, drawn"
    assert page.locator("#panel ul.items li[data-node]").count() == expected
    assert f"กิจกรรมในช่วง {period}" == page.locator("#panel h2").text_content()
    assert "tl-period=" + period in opened.evaluate("() => location.hash")
    assert_still(opened, 800)
    page.select_option("#timeline-type", index=1)
    assert sum(count for _, count in opened.evaluate("() => window.edugraph.timelineBars()")) < len(events)
    assert_clean(opened)
    shot = artifacts_dir / "viz-timeline.png"
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")


def test_small_screens_get_the_panel_over_the_graph(tmp_path, open_page, artifacts_dir):
    result = render_html(sample_graph(), tmp_path / "phone.html")
    opened = open_page(result.path, viewport=(420, 860))
    click_node(opened, "Agency:สำนักงานศึกษาธิการจังหวัดสตูล")
    box = opened.page.locator("#panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 421
    assert_clean(opened)
    shot = artifacts_dir / "viz-narrow.png"
    opened.page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")


THAI_SAMPLE = "กขคงจฉชซมยรลวศษสหอฮ"


def glyph_widths(opened, font: str) -> list[float]:
    return opened.evaluate("""([font, text]) => {
        const context = document.createElement('canvas').getContext('2d');
        context.font = font;
        return Array.from(text).map((c) => context.measureText(c).width);
    }""", [font, THAI_SAMPLE])


def test_thai_renders_with_the_page_font_when_the_system_has_none(tmp_path, open_page_without_thai_fonts,
                                                                 artifacts_dir):
    result = render_html(sample_graph(), tmp_path / "no-thai-fonts.html")
    opened = open_page_without_thai_fonts(result.path)
    fallback = glyph_widths(opened, "100px Garuda, Loma, 'Noto Sans Thai', sans-serif")
    assert len(set(fallback)) == 1, f"this browser still has a Thai font: widths {fallback}"
    assert opened.evaluate("() => document.fonts.check('20px EdugraphThai', 'ก')")
    own = glyph_widths(opened, "100px EdugraphThai")
    assert len(set(own)) > 5 and own != fallback, "real Thai glyphs, of their own widths, not boxes"
    body_font = opened.evaluate("() => getComputedStyle(document.body).fontFamily")
    assert body_font.replace('"', '').startswith('EdugraphThai,')
    click_node(opened, "Person:สมชายใจดี")
    assert_clean(opened)
    shot = artifacts_dir / "viz-no-system-thai-font.png"
    opened.page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")


def _open_big(graph, path, open_page, artifacts_dir, name: str, render_seconds: float | None = None):
    """The checks every big page passes: overview within budget and readable, search outside it, still, clean."""
    text = path.read_text(encoding="utf-8")
    index = read_page_index(text)
    opened = open_page(path)
    page = opened.page
    size = path.stat().st_size
    n_nodes = len(index["info"])
    assert opened.evaluate("() => window.edugraph.nodeCount()") == n_nodes
    drawn = opened.evaluate("() => window.edugraph.drawnCount()")
    assert drawn <= index["meta"]["overviewBudget"] < n_nodes
    labels = opened.evaluate("() => window.edugraph.readableLabels()")
    assert len(labels) >= 15, f"only {len(labels)} labels readable in the overview"
    positions = assert_still(opened)
    page.screenshot(path=str(artifacts_dir / f"{name}-overview.png"))

    # a Thai name outside the overview: found, drawn, expanded, with its sources
    keys = keys_of(index)
    edges = index["edges"]
    degree = [0] * n_nodes
    for k in range(0, len(edges), 3):
        degree[edges[k]] += 1
        degree[edges[k + 1]] += 1
    linked = set()
    for e, sources in enumerate(index["facts"]):
        if any(index["docs"][s[0]][2].startswith("http") for s in sources):
            linked.update((edges[3 * e], edges[3 * e + 1]))
    target = next(i for i in sorted(range(n_nodes), key=lambda i: -degree[i])
                  if keys[i].startswith("Person:") and keys[i] not in positions and i in linked and degree[i] > 1)
    thai_name = index["info"][target]["n"]
    assert any("\u0e01" <= c <= "\u0e5b" for c in thai_name)
    page.fill("#search-box", thai_name)
    page.wait_for_selector("#search-results li[data-node]")
    page.keyboard.press("Enter")
    assert page.locator("#panel h2").text_content() == thai_name
    assert opened.evaluate("(k) => window.edugraph.isDrawn(k)", keys[target])
    assert opened.evaluate("() => window.edugraph.drawnCount()") > drawn + 1, "its neighbours were drawn"
    assert page.locator("#panel blockquote.evidence").count() > 0
    link = page.locator("#panel a.original").first
    assert_link_opens_the_release(opened, link.get_attribute("href"))
    assert_still(opened)
    page.screenshot(path=str(artifacts_dir / f"{name}-expanded.png"))

    bars = opened.evaluate("() => window.edugraph.timelineBars()")
    period, expected = max(bars, key=lambda bar: bar[1])
    page.locator(f"#timeline-bars button.bar[data-period='{period}']").click()
    assert len(opened.evaluate("() => window.edugraph.network.getSelectedNodes()")) == min(expected, index["meta"]["overviewBudget"])
    assert page.locator("#panel ul.items li[data-node]").count() == min(expected, 100)
    page.screenshot(path=str(artifacts_dir / f"{name}-timeline.png"))
    assert_clean(opened)
    print(f"{name}: {n_nodes:,} nodes, {size / 1e6:.1f} MB"
          + (f", rendered in {render_seconds:.1f} s" if render_seconds is not None else "")
          + f", interactive in {opened.seconds_to_ready:.1f} s; screenshots {artifacts_dir}/{name}-*.png")
    return opened


def test_a_1000_node_page_opens_on_its_overview(tmp_path, open_page, artifacts_dir, thai_graph_factory):
    graph = thai_graph_factory(1000, include_documents=True)
    started = time.perf_counter()
    result = render_html(graph, tmp_path / "big-1000.html")
    _open_big(graph, result.path, open_page, artifacts_dir, "viz-1000", time.perf_counter() - started)


@pytest.mark.slow
def test_a_20000_node_page_opens_on_its_overview(tmp_path, open_page, artifacts_dir, thai_graph_factory):
    graph = thai_graph_factory(20_000, include_documents=True)
    started = time.perf_counter()
    result = render_html(graph, tmp_path / "big-20000.html")
    seconds = time.perf_counter() - started
    assert result.size_bytes < 10_000_000
    _open_big(graph, result.path, open_page, artifacts_dir, "viz-20000", seconds)


@pytest.mark.slow
def test_the_3000_real_releases_open_on_a_readable_overview(realworld_3000, realworld_page, open_page,
                                                             artifacts_dir):
    assert realworld_3000.import_exit_code == 0, realworld_3000.import_output[-2000:]
    assert realworld_page.size_bytes < 10_000_000
    assert "render:" in realworld_page.output, "render shows its progress"
    print(realworld_page.output)
    _open_big(None, realworld_page.path, open_page, artifacts_dir, "viz-realworld-3000", realworld_page.seconds)
