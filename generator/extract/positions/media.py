"""The medium a statement was made in, and the day it was made.

"schrijft hij op LinkedIn", "zegt in NRC", "told the BBC", "in a press
release on Monday": both are read from the narration around the reporting
verb only, never from the claim or the quote, which speak of other things.
"""

from __future__ import annotations

import functools
import re

from generator.extract.dates.finder import find_temporal_expressions
from generator.extract.positions.lexicon import Lexicon, lexicon
from generator.extract.text.calendar import calendar_names
from generator.model import PartialDate

_WORD = re.compile(r"[^\W\d_][\w-]*")
# a year or a numeric date; a bare number ("NPO Radio 1") dates nothing
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# Both need a digit; this class lets the engine skip to one (the pattern above is tried at every character).
_DIGIT = re.compile(r"\d")


def channel_in(lex: Lexicon, masked: str, lo: int, hi: int, people: frozenset[int] = frozenset()) -> str | None:
    """The medium named between ``lo`` and ``hi``: a known one ("op X", "in NRC"),
    a name after "sociale medium"/"platform" or "tegen"/"told", else a kind of
    statement ("in een verklaring" → "een verklaring"). ``people``: where
    person names start, which are never a medium."""
    # the patterns are tried only where a word can start one (anchored matches are cheap)
    starts = [w.start() for w in _WORD.finditer(masked, lo, hi) if w.group().lower() in lex.channel_starts]
    if not starts:
        return None
    for pattern in (lex.known_channel, lex.introduced_channel, lex.told_channel, lex.generic_channel):
        for start in starts:
            match = pattern.match(masked, start, hi)
            if match and match.start("name") not in people:  # "told Zelensky": a person is no medium
                name = " ".join(match.group("name").split())
                if pattern is lex.known_channel:
                    return lex.channel_names.get(name.lower(), name)
                return _indefinite(lex, name) if pattern is lex.generic_channel else name
    return None


def _indefinite(lex: Lexicon, phrase: str) -> str:
    """"zijn verklaring" → "een verklaring", "its statement" → "a statement"."""
    first, _, rest = " ".join(phrase.split()).partition(" ")
    if first.lower() in lex.indefinite_words:
        return f"{first.lower()} {rest}"
    article = lex.indefinite[0]
    if len(lex.indefinite) > 1 and rest[:1].lower() in "aeio":
        article = lex.indefinite[1]  # "an interview"
    return f"{article} {rest}"


def date_in(text: str, language: str, published: PartialDate | None) -> PartialDate | None:
    """The date the narration gives for the statement ("said on Friday"), if any."""
    if not _date_cue(language).search(text):
        return None  # the timeline grammar is thorough but slow; most narration names no day
    expressions = find_temporal_expressions(text, language, published)
    return expressions[0].date if expressions else None


class _DateCue:
    """Cheap test: a year or numeric date, a CLDR month or weekday name, or a relative day word."""

    def __init__(self, language: str):
        names = calendar_names(language)
        self.words = frozenset(names.months) | frozenset(names.weekdays) | {
            c.split()[0].lower() for c in lexicon(language).date_cues
        }

    def search(self, text: str) -> bool:
        if not self.words.isdisjoint(_WORD.findall(text.lower())):
            return True
        digit = _DIGIT.search(text)
        return digit is not None and _NUMERIC_DATE.search(text, digit.start()) is not None


@functools.cache
def _date_cue(language: str) -> _DateCue:
    return _DateCue(language)
