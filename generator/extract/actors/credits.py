"""Stretches of text that name the makers of an article, not its actors.

A photo credit ("Foto: ANP / Robin van Lonkhuijsen"), a byline ("Door Jan
Jansen", "By Jane Doe") and the agency of a dateline ("WASHINGTON (AP) —")
are full of names that a reader would never list as actors of the story.
The cue words are language data (``credit_cues``, ``byline_cues``).
"""

from __future__ import annotations

import functools
import re

from generator.extract.actors import gazetteer

_UPPER = "A-ZÀ-ÖØ-Þ"
# "WASHINGTON (AP) —", "AMSTERDAM (ANP) -": the agency that wrote the story.
_DATELINE_AGENCY = re.compile(rf"^[{_UPPER}][{_UPPER} .,'’/-]{{1,40}}\(([^()]{{2,25}})\)\s*[-—–:]")


def credits(text: str, index: int, language: str) -> list[tuple[int, int]]:
    """Stretches of a paragraph that name the makers of the article, not its actors."""
    spans = []
    if ":" in text or "©" in text:  # cheap tests first: this runs for every paragraph
        for match in _credit_pattern(language).finditer(text):
            end = _credit_end(text, match.end())
            if _credit_place(text, match.start(), end):
                spans.append((match.end(), end))
    if index < 3 and len(text.split()) <= 6 and not text.endswith((".", "!", "?")):
        if _byline_pattern(language).match(text):
            spans.append((0, len(text)))  # "Door Jan Jansen", "By Jane Doe"
    if "(" in text[:48]:
        agency = _DATELINE_AGENCY.match(text)
        if agency:
            spans.append(agency.span(1))  # "WASHINGTON (AP) —"
    return spans


def _credit_place(text: str, start: int, end: int) -> bool:
    """A credit opens the paragraph, stands in brackets, or trails it in a few words."""
    before = text[:start].rstrip()
    return not before or before[-1] in "([|•" or (end == len(text) and len(text[start:].split()) <= 10)


def _credit_end(text: str, start: int) -> int:
    ends = [i for i in (text.find(c, start) for c in ")]|•") if i >= 0]
    return min(ends, default=len(text))


@functools.cache
def _credit_pattern(language: str) -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in gazetteer.actor_words(language)["credit_cues"])
    return re.compile(rf"(?:(?<![\w])(?:{cues})\s*:|©)\s*", re.IGNORECASE)


@functools.cache
def _byline_pattern(language: str) -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in gazetteer.actor_words(language)["byline_cues"])
    return re.compile(rf"(?i:{cues})\s+[{_UPPER}]")
