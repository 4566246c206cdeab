"""Fixtures of the HTML-view tests: synthetic Thai graphs and a real headless Chromium.

Browser tests drive Debian's Chromium (``/usr/bin/chromium``, or
``$EDUGRAPH_CHROMIUM``) through Playwright's Python package, never a browser
that Playwright downloads; without Chromium they are skipped with the reason.
Screenshots go to ``tests/artifacts/`` (git-ignored).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from viz_synthetic_graph import make_thai_graph

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
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
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium not found (apt-get install chromium, or set EDUGRAPH_CHROMIUM): browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
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

    def wait_ready(self, timeout: float = 120_000) -> None:
        # Functions, not strings: the page's Content-Security-Policy forbids eval.
        self.page.wait_for_function("() => window.edugraph && window.edugraph.ready && window.edugraph.stable",
                                    timeout=timeout)


@pytest.fixture
def open_page(browser):
    """Open an HTML file in a fresh browser context: ``open_page(path) -> OpenedPage`` (ready)."""
    contexts = []

    def open_(path: Path, *, viewport=(1400, 900)) -> OpenedPage:
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, locale="th-TH")
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page, Path(path).resolve().as_uri())
        page.on("console", lambda m: opened.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: opened.console.append(("pageerror", str(e))))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.goto(opened.url)
        opened.wait_ready()
        return opened
    yield open_
    for context in contexts:
        context.close()
