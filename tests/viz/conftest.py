"""Fixtures of the HTML-view tests: synthetic Thai graphs and a real headless Chromium.

Browser tests drive Debian's Chromium (``/usr/bin/chromium``, or
``$EDUGRAPH_CHROMIUM``) through Playwright's Python package, never a browser
that Playwright downloads; without Chromium they are skipped with the reason.
Screenshots go to ``tests/artifacts/`` (git-ignored).

``browser_without_thai_fonts`` is a second Chromium whose fontconfig sees
only fonts with no Thai glyphs (DejaVu, Liberation), as on a machine with no
Thai font.  The 3,000 real releases and their page come from the
session-wide ``realworld_3000``/``realworld_page`` of tests/conftest.py
(imported once for every module that needs them).
"""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from viz_synthetic_graph import make_thai_graph

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
#: Font folders with no Thai glyph (Debian's DejaVu and Liberation): the fontconfig of a machine without Thai fonts.
LATIN_FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("EDUGRAPH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def thai_graph_factory():
    """``make_thai_graph`` (see viz_synthetic_graph.py), cached per arguments."""
    cache = {}

    def make(n_nodes: int, **kwargs):
        key = (n_nodes, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = make_thai_graph(n_nodes, **kwargs)
        return cache[key].copy()
    return make


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def playwright():
    """Playwright's driver (one per session: its sync API runs one at a time)."""
    if chromium_path() is None:
        pytest.skip("Chromium not found (apt-get install chromium, or set EDUGRAPH_CHROMIUM): browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def browser_without_thai_fonts(playwright, tmp_path_factory):
    """Chromium with a fontconfig that lists no Thai font (``FONTCONFIG_FILE``)."""
    dirs = [d for d in LATIN_FONT_DIRS if Path(d).is_dir()]
    if not dirs:
        pytest.skip(f"none of {LATIN_FONT_DIRS} exists: no Latin-only font set to run Chromium with")
    folder = tmp_path_factory.mktemp("fontconfig")
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        + "".join(f"  <dir>{d}</dir>\n" for d in dirs)
        + f"  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(folder / "fonts.conf")}
    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, env=env)
    yield browser
    browser.close()


@dataclass
class OpenedPage:
    """A page opened from a file, with everything it logged and requested."""
    page: object
    url: str
    console: list[tuple[str, str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(kind, text) for kind, text in self.console if kind in ("error", "pageerror")]

    @property
    def foreign_requests(self) -> list[str]:
        """Requests for anything but the file itself (data: and blob: are in-page)."""
        return [u for u in self.requests if u != self.url and not u.startswith(("data:", "blob:"))]

    seconds_to_ready: float = 0.0

    def wait_ready(self, timeout: float = 120_000) -> None:
        # Functions, not strings: the page's Content-Security-Policy forbids eval.
        self.page.wait_for_function("() => window.edugraph && ((window.edugraph.ready && window.edugraph.stable)"
                                    " || window.edugraph.error)", timeout=timeout)
        error = self.page.evaluate("() => window.edugraph.error")
        assert error is None, f"the page failed to start: {error}"

    def evaluate(self, script: str, arg=None):
        return self.page.evaluate(script, arg)


def _opener(browser, contexts: list):
    def open_(path: Path, *, viewport=(1400, 900), fragment: str = "", accept_downloads: bool = False) -> OpenedPage:
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, locale="th-TH",
                                      accept_downloads=accept_downloads)
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page, Path(path).resolve().as_uri())
        page.on("console", lambda m: opened.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: opened.console.append(("pageerror", str(e))))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        started = time.perf_counter()
        page.goto(opened.url + fragment)
        opened.wait_ready()
        opened.seconds_to_ready = time.perf_counter() - started
        return opened
    return open_


def _pages(browser):
    contexts = []
    yield _opener(browser, contexts)
    for context in contexts:
        context.close()


@pytest.fixture
def open_page(browser):
    """Open an HTML file in a fresh browser context: ``open_page(path) -> OpenedPage`` (ready)."""
    yield from _pages(browser)


@pytest.fixture
def open_page_without_thai_fonts(browser_without_thai_fonts):
    """``open_page`` in the Chromium that has no Thai font."""
    yield from _pages(browser_without_thai_fonts)
