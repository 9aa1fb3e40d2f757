"""The real build: MkDocs + Material, one site per language."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from generator import pipeline
from generator.config import Config

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from tests.conftest import make_project

    root = make_project(tmp_path_factory.mktemp("build") / "project")
    report = pipeline.build(Config.from_root(root))
    assert report.errors == [], report.problems
    return root / "site"


def html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_both_languages_have_a_home_linking_the_seed(built):
    nl, en = html(built, "index.html"), html(built, "en/index.html")
    assert '<html lang="nl"' in nl and '<html lang="en"' in en
    assert 'href="briefings/deepseek-ai-race/"' in nl and 'href="briefings/deepseek-ai-race/"' in en
    assert "DeepSeek schudt de AI-race op" in nl and "DeepSeek shakes up the AI race" in en


def test_briefing_headings_are_localized(built):
    nl = html(built, "briefings/deepseek-ai-race/index.html")
    en = html(built, "en/briefings/deepseek-ai-race/index.html")
    for heading in ("Tijdlijn", "Actoren", "Standpunten", "Bronnen"):
        assert f">{heading}</h2>" in nl or f">{heading}<a" in nl or heading in re.findall(r"<h2[^>]*>([^<]+)", nl)
    for heading in ("Timeline", "Actors", "Positions", "Sources"):
        assert heading in re.findall(r"<h2[^>]*>([^<]+)", en)
    assert "Tijdlijn" not in re.findall(r"<h2[^>]*>([^<]+)", en)


def test_search_index_holds_only_its_language(built):
    nl = json.loads(html(built, "search/search_index.json"))
    en = json.loads(html(built, "en/search/search_index.json"))
    assert nl["config"]["lang"] == ["nl"] and en["config"]["lang"] == ["en"]
    nl_titles = {d["title"] for d in nl["docs"]}
    en_titles = {d["title"] for d in en["docs"]}
    assert "Tijdlijn" in nl_titles and "Timeline" not in nl_titles
    assert "Timeline" in en_titles and "Tijdlijn" not in en_titles
    assert not any(d["location"].startswith("en/") for d in nl["docs"])


def test_language_switcher_leads_to_the_same_page(built):
    page = "briefings/deepseek-ai-race/"
    nl = html(built, page + "index.html")
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nl))
    by_lang = {lang: href for href, lang in links.items()}
    target = urljoin("http://x/" + page, by_lang["en"])
    assert target == "http://x/en/" + page
    en = html(built, "en/" + page + "index.html")
    by_lang_en = {lang: href for href, lang in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', en)}
    assert urljoin("http://x/en/" + page, by_lang_en["nl"]) == "http://x/" + page


def test_no_asset_from_an_outside_host(built):
    # <link rel="canonical"> names the page's public URL (site_url); it loads nothing.
    outside = re.compile(r'<(?:script|link(?! rel="canonical")|img|iframe)[^>]+(?:src|href)="(?:https?:)?//', re.I)
    for path in built.rglob("*.html"):
        assert not outside.search(path.read_text(encoding="utf-8")), path
    for path in built.rglob("*.css"):
        assert "@import url(http" not in path.read_text(encoding="utf-8"), path
    assert "fonts.googleapis" not in "".join(p.read_text(encoding="utf-8") for p in built.rglob("*.html"))


def test_source_page_has_sentence_anchors(built):
    source = html(built, "sources/deepseek-ai-race/ew-deepseek-wake-up-call/index.html")
    assert 'id="p0-s0"' in source and 'class="sentence"' in source
    assert 'lang="nl"' in source


def test_second_build_keeps_the_site(built):
    root = built.parent
    report = pipeline.build(Config.from_root(root))
    assert report.written == []
    assert (root / "site" / "index.html").exists() and (root / "site" / "en" / "index.html").exists()
