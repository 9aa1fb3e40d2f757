"""Positions: who says or claims what (first version, being built)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Actor, Article, Document, Position


def find_positions(document: Document, article: Article, actors: Sequence[Actor]) -> list[Position]:
    """The direct and indirect statements in ``document``, attributed to ``actors``."""
    return []


def outlet_actor(article: Article, document: Document) -> Actor | None:
    """The outlet as an actor, when it speaks in its own name."""
    return None
