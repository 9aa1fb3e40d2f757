"""Fixtures of the site tests: a fixture project built once per session."""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from tests.extractors import extractor_spec
from tests.site.fixture import fake_extract, make_project


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory):
    """The fixture project, generated and built with MkDocs (``site/`` ready)."""
    root = make_project(tmp_path_factory.mktemp("project"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(fake_extract))
        report = pipeline.build(Config.from_root(root), site_url="https://example.org/briefing/")
    assert not report.errors, report.problems
    return root


@pytest.fixture(scope="session")
def docs(fixture_project):
    """Read a generated Markdown page: ``docs("en", "briefings/ai-race.md")``."""
    def read(language: str, path: str) -> str:
        return (fixture_project / "build" / "docs" / language / path).read_text(encoding="utf-8")
    return read


@pytest.fixture(scope="session")
def html(fixture_project):
    """Read a built HTML page: ``html("en/briefings/ai-race/")``."""
    def read(url: str) -> str:
        path = fixture_project / "site" / url
        if url.endswith("/") or not url:
            path = path / "index.html"
        return path.read_text(encoding="utf-8")
    return read
