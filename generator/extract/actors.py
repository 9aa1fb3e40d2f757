"""Actors: the people, organizations and places a story is about (first version)."""

from __future__ import annotations

from generator.model import Actor, Article, Document


def find_actors(document: Document, article: Article) -> list[Actor]:
    """The actors of ``document``, ordered by first mention."""
    return []
