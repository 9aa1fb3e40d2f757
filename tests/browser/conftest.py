"""Browser fixtures: the fixture site served on 127.0.0.1 and Debian's Chromium.

Playwright for Python drives the system Chromium (``/usr/bin/chromium``; CI
installs the ``chromium`` package); ``playwright install`` is never needed.
axe-core comes from npm (``tests/browser/package.json``, installed with
``npm ci`` by ``make test``).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from tests.extractors import extractor_spec
from tests.site.fixture import ROOT, fake_extract, make_project

CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"


def pytest_collection_modifyitems(config, items):
    """Browser tests need Chromium; without it they are skipped, saying why."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM} (apt-get install chromium; CI installs it)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """Build the fixture project and serve its ``site/``; yields the base URL."""
    root = make_project(tmp_path_factory.mktemp("browser-project"))
    handler = functools.partial(QuietHandler, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    # Built for the address it is served at, as on Pages: Material's language
    # switcher matches the current page against the other language's sitemap.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(fake_extract))
        report = pipeline.build(Config.from_root(root), site_url=base + "/")
    assert not report.errors, report.problems
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, served_site):
    """A fresh page; ``page.requests`` lists every URL it asked for (workers included)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    page.requests = []
    context.on("request", lambda request: page.requests.append(request.url))
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core's ``axe.min.js``; runs ``npm ci`` in tests/browser when it is missing."""
    if not AXE.exists() and shutil.which("npm"):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True, capture_output=True)
    if not AXE.exists() and not shutil.which("npm"):
        pytest.skip("npm is not installed, so axe-core cannot be (.ci/run installs nodejs and npm)")
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` in {HERE}")
    return AXE


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
