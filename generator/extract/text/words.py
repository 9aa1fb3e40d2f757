"""The words of one sentence, found once and shared by the layers that ask.

The date grammar, the tense cues and the money finder each need the
lower-cased words of the same sentence, one right after the other; a small
cache keyed on the text lets them share one regex pass instead of repeating it.
"""

from __future__ import annotations

import functools
import re

WORD = re.compile(r"\w+")
# Recent texts only: the callers ask about one sentence at a time.
_CACHED_TEXTS = 64


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def word_set(text: str) -> frozenset[str]:
    """The distinct words of ``text``, lower-cased."""
    return frozenset(WORD.findall(text.lower()))


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def word_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, lower-cased word)`` per word of ``text``, offsets into ``text``."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters grow when lower-cased ("İ")
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return tuple([(m.start(), m.end(), m.group()) for m in WORD.finditer(lower)])
