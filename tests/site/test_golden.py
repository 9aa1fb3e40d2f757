"""The seed briefing, rendered with the real extractors, against golden files.

Extraction output changes as the extractors improve; when a change is
intended, regenerate the golden files and review the diff::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/site/test_golden.py
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from tests.site.fixture import ROOT
from tests.site.test_pages import _parse

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).parent / "golden"
SEED = "deepseek-ai-race"


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory) -> Path:
    """A copy of the real project (content, templates, mkdocs.yml), built once."""
    root = tmp_path_factory.mktemp("seed")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "content", root / "content", ignore=shutil.ignore_patterns("i18n"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    report = pipeline.build(Config.from_root(root))
    assert not report.errors, report.problems
    return root


@pytest.mark.parametrize("language", ["nl", "en"])
def test_seed_briefing_page_matches_golden(seed_project, language):
    rendered = (seed_project / "build" / "docs" / language / "briefings" / f"{SEED}.md").read_text(encoding="utf-8")
    golden = GOLDEN / language / f"{SEED}.md"
    if os.environ.get("UPDATE_GOLDEN") == "1" or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"{golden} did not exist: written, review and commit it")
    expected = golden.read_text(encoding="utf-8")
    if rendered != expected:
        diff = difflib.unified_diff(expected.splitlines(), rendered.splitlines(), "golden", "rendered", lineterm="", n=0)
        pytest.fail("the seed page changed; if intended: UPDATE_GOLDEN=1 .venv/bin/pytest tests/site/test_golden.py\n"
                    + "\n".join(list(diff)[:40]))


def test_seed_site_evidence_and_actor_links_resolve(seed_project):
    """Whatever the extractors find, every link between the pages of the seed site lands."""
    site = seed_project / "site"
    for page in [site / "briefings" / SEED / "index.html", site / "en" / "briefings" / SEED / "index.html"]:
        for tag, attrs in _parse(page).links:
            href = attrs.get("href") or ""
            if tag != "a" or not href.startswith("../"):
                continue
            url, _, anchor = href.partition("#")
            target = (page.parent / url / "index.html").resolve()
            assert target.is_file(), f"{page}: {href}"
            if anchor:
                assert anchor in _parse(target).ids, f"{page}: {href} has no #{anchor}"
