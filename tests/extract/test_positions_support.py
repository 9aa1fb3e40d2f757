"""Hand-made actors for the positions tests, independent of the actor layer.

``make_actors`` finds every occurrence of each actor's name and aliases in a
document, the way the actor layer reports mentions, so the positions layer
can be tested (and evaluated) on its own.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.extract.text.sentences import split_document
from generator.model import Actor, Article, Document, Mention, PartialDate


def make_document(body: str, language: str) -> Document:
    return split_document(body, language)


def make_article(body: str, language: str, path: str = "t/article.md", source: str | None = None,
                 published: PartialDate | None = None) -> Article:
    return Article(path=Path(path), briefing="t", slug="article", title="T", language=language,
                   published=published, body=body, source=source)


def make_actors(document: Document, specs: list[dict]) -> list[Actor]:
    """``specs``: ``{"id", "name", "kind", "aliases": [...], "role": ...}`` per actor."""
    actors = []
    for spec in specs:
        names = [spec["name"], *spec.get("aliases", [])]
        pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w])"
        )
        mentions = []
        for paragraph in document.paragraphs:
            for match in pattern.finditer(paragraph.text):
                sentence = next((s.index for s in paragraph.sentences if s.start <= match.start() < s.end), 0)
                mentions.append(Mention(paragraph.index, sentence, match.start(), match.end(), match.group()))
        actors.append(Actor(spec["id"], spec["name"], spec.get("kind", "person"), spec.get("role"),
                            tuple(spec.get("aliases", ())), tuple(mentions)))
    return actors


def actors_from(document: Document, *specs: str) -> list[Actor]:
    """Short specs: ``"Mark Rutte|Rutte"`` (a person), ``"KLM@organization"``; ids are slugs."""
    from generator.slugs import slugify

    dicts = []
    for spec in specs:
        names, _, kind = spec.partition("@")
        name, *aliases = names.split("|")
        dicts.append({"id": slugify(name), "name": name, "kind": kind or "person", "aliases": aliases})
    return make_actors(document, dicts)


def positions_of(body: str, language: str, *specs: str, source: str | None = None,
                 published: PartialDate | None = None):
    """Run the positions layer on ``body`` with hand-made actors."""
    from generator.extract.positions.finder import find_positions

    document = make_document(body, language)
    article = make_article(body, language, source=source, published=published)
    return find_positions(document, article, actors_from(document, *specs))

