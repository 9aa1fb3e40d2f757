"""Feeds (RSS and JSON Feed per language) and sitemaps of the built fixture site."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.slow

SITE_URL = "https://example.org/briefing/"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.mark.parametrize(("prefix", "language"), [("", "nl"), ("en/", "en")])
def test_json_feed_lists_briefings_of_that_language(fixture_project, prefix, language):
    for name in ("feed_json_created.json", "feed_json_updated.json"):
        feed = json.loads((fixture_project / "site" / prefix / name).read_text(encoding="utf-8"))
        assert feed["language"] == language
        urls = {item["url"] for item in feed["items"]}
        assert urls == {f"{SITE_URL}{prefix}briefings/ai-race/", f"{SITE_URL}{prefix}briefings/stargate/"}
    items = {item["url"]: item for item in feed["items"]}
    ai_race = items[f"{SITE_URL}{prefix}briefings/ai-race/"]
    # Dates come from the pages' front matter (the articles' dates), not from git.
    assert ai_race["date_published"].startswith("2025-01-27")
    assert ai_race["date_modified"].startswith("2025-01-28")
    assert ai_race["title"] == {"nl": "De AI-race", "en": "The AI race"}[language]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_rss_feed_is_valid_xml_with_items(fixture_project, prefix):
    for name in ("feed_rss_created.xml", "feed_rss_updated.xml"):
        root = ET.parse(fixture_project / "site" / prefix / name).getroot()
        items = root.findall("./channel/item")
        assert len(items) == 2
        assert all(item.findtext("link").startswith(SITE_URL + prefix + "briefings/") for item in items)
        assert all(item.findtext("pubDate") for item in items)


def test_sitemap_per_build_and_root_index(fixture_project):
    site = fixture_project / "site"
    nl = [e.text for e in ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP_NS}loc")]
    en = [e.text for e in ET.parse(site / "en" / "sitemap.xml").getroot().iter(f"{SITEMAP_NS}loc")]
    assert f"{SITE_URL}briefings/ai-race/" in nl and not any("/en/" in url for url in nl)
    assert f"{SITE_URL}en/briefings/ai-race/" in en
    index = ET.parse(site / "sitemap_index.xml").getroot()
    assert index.tag == f"{SITEMAP_NS}sitemapindex"
    assert [e.text for e in index.iter(f"{SITEMAP_NS}loc")] == [f"{SITE_URL}sitemap.xml", f"{SITE_URL}en/sitemap.xml"]


def test_pages_link_their_feeds_and_the_other_language(html):
    page = html("en/briefings/ai-race/")
    assert 'type="application/rss+xml"' in page and "feed_rss_updated.xml" in page
    assert '<a href="../../../briefings/ai-race/" hreflang="nl"' in page
    assert '<link rel="alternate" href="/briefing/" hreflang="nl">' in page


def test_feeds_need_no_git(fixture_project):
    """The fixture project is no git checkout: the feeds above were built without history."""
    assert not (fixture_project / ".git").exists()
    config = (fixture_project / "build" / "mkdocs.en.yml").read_text(encoding="utf-8")
    assert "rss:" in config
