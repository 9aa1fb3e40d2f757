"""Pages with whatever the extractors give: nothing at all, or corrected by the editors."""

from __future__ import annotations

from dataclasses import replace

from generator import pipeline
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from tests.extractors import extractor_spec
from tests.site.fixture import fake_extract, make_project, split_document


def extract_nothing(article):
    """An extractor that finds no actor, event or position."""
    from generator.model import Extraction

    return Extraction(article, split_document(article.body, article.language))


def generate(tmp_path, monkeypatch, extractor, actors_yml: str | None = None):
    root = make_project(tmp_path / "project")
    if actors_yml is not None:
        (root / "content" / "actors.yml").write_text(actors_yml, encoding="utf-8")
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(extractor))
    report = pipeline.generate(Config.from_root(root))
    assert not report.errors, report.problems

    def read(language: str, path: str) -> str:
        return (root / "build" / "docs" / language / path).read_text(encoding="utf-8")

    return root, read


def test_pages_work_with_empty_extractions(tmp_path, monkeypatch):
    root, read = generate(tmp_path, monkeypatch, extract_nothing)
    for language, empty in (("nl", "Geen gedateerde gebeurtenissen gevonden."), ("en", "No dated events found.")):
        page = read(language, "briefings/ai-race.md")
        assert empty in page
        assert "<h1>" in page and 'class="sources"' in page
        assert empty in read(language, "timeline.md")
        assert "index.md" in [p.name for p in (root / "build" / "docs" / language / "actors").iterdir()]
    assert "No actors found." in read("en", "actors/index.md")


def test_editor_fixes_rename_merge_and_drop_across_briefings(tmp_path, monkeypatch):
    actors_yml = """\
sam-altman:
  name: Samuel Altman
  aliases: [Altman]
stargate:
  merge: openai
nvidia:
  drop: true
"""
    root, read = generate(tmp_path, monkeypatch, fake_extract, actors_yml)
    actors = root / "build" / "docs" / "en" / "actors"
    assert not (actors / "nvidia.md").exists() and not (actors / "stargate.md").exists()
    altman = read("en", "actors/sam-altman.md")
    assert "<h1>Samuel Altman</h1>" in altman and "Also called: Sam Altman, Altman" in altman
    # Positions from both briefings under the one corrected actor.
    assert "This is a wake-up call" in altman and "the most important of this era" in altman
    openai = read("en", "actors/openai.md")
    assert "announced Stargate" in openai  # Stargate's events now belong to OpenAI
    timeline = read("en", "timeline.md")
    assert "Nvidia lost $600 billion" in timeline  # the event stays, without the dropped actor
    assert "actors/nvidia/" not in timeline


def extract_with_alias(article):
    extraction = fake_extract(article)
    if article.briefing == "stargate":  # the other briefing calls him differently
        actors = tuple(replace(a, name="Trump", aliases=("President Trump",)) if a.id == "donald-trump" else a
                       for a in extraction.actors)
        extraction = replace(extraction, actors=actors)
    return extraction


def test_actor_merged_across_briefings_by_id(tmp_path, monkeypatch):
    root, read = generate(tmp_path, monkeypatch, extract_with_alias)
    trump = read("en", "actors/donald-trump.md")
    assert "<h1>Donald Trump</h1>" in trump
    assert "Also called: " in trump and "President Trump" in trump
    assert ">The AI race</a>" in trump and ">Trump unveils Stargate AI venture</a>" in trump
