"""URL-safe identifiers for briefings, articles and actors."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """``"Pedro Sánchez"`` → ``"pedro-sanchez"``; never empty, never a path.

    Letters are transliterated, not dropped (``"Dan Jørgensen"`` →
    ``"dan-jorgensen"``, ``"Москва"`` → ``"moskva"``, ``"北京"`` →
    ``"beijing"``), so names in any script get an id of their own.
    """
    # Symbols (emoji, arrows) have no letters to give: anyascii would spell "🎉" as "tada".
    letters = "".join(" " if unicodedata.category(ch).startswith("S") else ch for ch in text)
    slug = _NOT_SLUG.sub("-", anyascii(letters).lower()).strip("-")[:max_length].strip("-")
    return slug or "untitled"
