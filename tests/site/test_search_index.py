"""The search index holds each text once, where it belongs: repeats are marked data-search-exclude."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


def index(fixture_project, prefix: str = "") -> list[dict]:
    path = fixture_project / "site" / prefix / "search" / "search_index.json"
    return json.loads(path.read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize("prefix", ["", "en"])
def test_a_quote_is_found_on_its_briefing_page_only(fixture_project, prefix):
    docs = index(fixture_project, prefix)
    hits = {doc["location"] for doc in docs if "wake-up call" in doc["text"]}
    assert hits and all(location.startswith("briefings/ai-race/") for location in hits), hits


@pytest.mark.parametrize("prefix", ["", "en"])
def test_actor_pages_are_found_by_name_and_role_without_repeating_positions(fixture_project, prefix):
    docs = index(fixture_project, prefix)
    altman = [doc for doc in docs if doc["location"].startswith("actors/sam-altman/")]
    assert altman and any(doc["title"] == "Sam Altman" for doc in altman)
    assert any("OpenAI chief" in doc["text"] for doc in altman)
    assert not any("most important of this era" in doc["text"] for doc in altman)


def test_evidence_links_and_source_lists_are_not_indexed(fixture_project):
    docs = index(fixture_project, "en")
    briefing = " ".join(doc["text"] for doc in docs if doc["location"].startswith("briefings/ai-race/"))
    assert "Stargate" in briefing
    assert "Show the sentence in the source" not in briefing and "original article" not in briefing
    source_pages = [doc["location"] for doc in docs if doc["location"].startswith("sources/ai-race/")]
    assert source_pages == []  # the article text is searched through its briefing
    timeline = " ".join(doc["text"] for doc in docs if doc["location"].startswith("timeline/"))
    assert "announced" not in timeline  # events are found on their briefing pages
