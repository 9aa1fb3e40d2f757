"""What attributions are made of: a paragraph seen through its narration.

``Scope`` holds one paragraph with its quotations masked out and answers
the questions every attribution asks (which sentence, which quotes near
here) in logarithmic time, and every search it offers is bounded: a
hostile paragraph of 50,000 marks or names must cost linear time, not
quadratic.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from generator.extract.positions.quotes import FILLER, Quote
from generator.model import Actor, Paragraph, Sentence

WORD = re.compile(r"[^\W\d_][\w'’-]*")
# how far from its verb a subject, a clause end or a claim may reach (characters)
NEAR = 300
CLAUSE = 400
CLAIM = 600


class Attribution(NamedTuple):
    """A reporting verb (or marker) with its speaker and the span it governs (a tuple: cheap to make)."""

    actor: Actor
    lemma: str | None
    sentence: Sentence
    start: int  # the verb or marker
    end: int
    region: tuple[int, int]  # the narration around it: where channel and date are named
    kind: str = "indirect"  # or "direct", or "pending": a speaker named with nothing said yet
    claim: tuple[int, int] | None = None  # offsets of the reported claim
    quotes: tuple[Quote, ...] = ()


class Scope:
    """One paragraph, its masked narration and its quotations (read-only once made)."""

    __slots__ = ("_quote_ends", "_quote_starts", "_sentence_starts", "masked", "paragraph", "quotes")

    def __init__(self, paragraph: Paragraph, masked: str, quotes: tuple[Quote, ...]) -> None:
        self.paragraph = paragraph
        self.masked = masked
        self.quotes = quotes
        self._sentence_starts = [s.start for s in paragraph.sentences]
        self._quote_starts = [q.start for q in quotes]
        self._quote_ends = [q.end for q in quotes]

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return None
        sentence = self.paragraph.sentences[index]
        return sentence if offset < sentence.end else None

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        return self.paragraph.sentences[sentence.index - 1] if sentence.index > 0 else None

    def quotes_starting(self, lo: int, hi: int) -> tuple[Quote, ...]:
        """The quotes that open between ``lo`` and ``hi``."""
        first = bisect.bisect_left(self._quote_starts, lo)
        last = bisect.bisect_left(self._quote_starts, hi)
        return self.quotes[first:last]

    def quotes_ending(self, lo: int, hi: int) -> tuple[Quote, ...]:
        """The quotes that close between ``lo`` and ``hi`` (inclusive)."""
        first = bisect.bisect_left(self._quote_ends, lo)
        last = bisect.bisect_right(self._quote_ends, hi)
        return self.quotes[first:last]

    def next_quote(self, offset: int) -> Quote | None:
        index = bisect.bisect_left(self._quote_starts, offset)
        return self.quotes[index] if index < len(self.quotes) else None

    def has_words(self, lo: int, hi: int) -> bool:
        return WORD.search(self.masked, lo, hi) is not None

    def has_quote(self, lo: int, hi: int) -> bool:
        return bool(self.quotes_starting(lo, hi))


__all__ = ["FILLER", "WORD", "NEAR", "CLAUSE", "CLAIM", "Attribution", "Scope"]
