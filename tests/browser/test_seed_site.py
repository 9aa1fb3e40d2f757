"""The real seed briefing (real extractors), as a newcomer reads it after ``make site``.

Whatever the extractors find today: both languages open, every actor link
leads to an actor page, every evidence link lands on a highlighted sentence.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from generator import pipeline
from generator.config import Config
from tests.browser.conftest import QuietHandler
from tests.site.fixture import ROOT

pytestmark = pytest.mark.browser

SEED = "briefings/deepseek-ai-race/"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("seed-browser")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    report = pipeline.build(Config.from_root(root))
    assert not report.errors, report.problems
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("prefix", "title"), [("", "DeepSeek schudt de AI-race op"),
                                               ("en/", "DeepSeek shakes up the AI race")])
def test_seed_briefing_reads_in_both_languages(page, seed_site, prefix, title):
    page.goto(f"{seed_site}/{prefix}{SEED}")
    assert page.locator("h1").first.inner_text() == title
    for link in page.locator("a.actor-link").all()[:5]:
        href = link.get_attribute("href")
        response = page.request.get(f"{page.url}{href}")
        assert response.ok, href
    evidence = page.locator("a.evidence")
    if evidence.count():
        evidence.first.click()
        page.wait_for_load_state()
        assert page.evaluate("document.querySelector(':target')?.classList.contains('sentence')")
