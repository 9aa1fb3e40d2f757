"""Positions through the whole extractor: the actor layer's actors, the outlet appended."""

from __future__ import annotations

from pathlib import Path

from generator.extract import extract
from generator.model import Article, PartialDate


def article(body: str, language: str, source: str | None = None) -> Article:
    return Article(path=Path("t/article.md"), briefing="t", slug="article", title="T", language=language,
                   published=PartialDate(2025, 2, 3), body=body, source=source)


def test_english_article_end_to_end():
    body = (
        "Canadian Prime Minister Justin Trudeau said on Saturday that Canada would respond with tariffs.\n\n"
        "“We will not back down,” Trudeau told reporters in Ottawa."
    )
    extraction = extract(article(body, "en"))
    names = {a.id: a.name for a in extraction.actors}
    speakers = {(names[p.actor], p.kind) for p in extraction.positions}
    assert ("Justin Trudeau", "indirect") in speakers and ("Justin Trudeau", "direct") in speakers


def test_every_position_points_at_a_known_actor_and_real_evidence():
    body = (
        "Minister Mark Rutte zegt dat het kabinet niet valt.\n\n"
        "Commentaar\n\n"
        "Het kabinet moet nu eindelijk knopen doorhakken."
    )
    extraction = extract(article(body, "nl", source="Trouw"))
    ids = {a.id for a in extraction.actors}
    assert extraction.positions and all(p.actor in ids for p in extraction.positions)
    for position in extraction.positions:
        paragraph = extraction.document.paragraphs[position.source.paragraph]
        assert position.source.sentence < len(paragraph.sentences)
    assert any(p.actor == "trouw" for p in extraction.positions)
    assert extraction.to_json()["positions"][0]["kind"] in ("direct", "indirect")
