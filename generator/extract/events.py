"""Dated events: one per sentence clause that says when something happened.

(First version: a stub so the pipeline imports; the real layer follows.)
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Actor, Article, Document, Event


def find_events(document: Document, article: Article, actors: Sequence[Actor]) -> list[Event]:
    """The dated events of ``document``, sorted by date."""
    return []
