"""Quotation spans in a paragraph, in every quote style news uses.

A mark opens or closes a quote by where it stands (after a space it opens,
before one it closes), not by which glyph it is: Dutch and English texts mix
‘…’, ’…’, “…”, „…”, "…" and «…», and editors close with another mark than
they opened with. Apostrophes (Apple’s, don't, ’s avonds, '90) are not marks.
An unclosed quote ends at the paragraph's end, never later.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# what a quoted passage is masked with: neither a word character nor a space
FILLER = "\u2063"
_SINGLE = frozenset("‘’'‚‹›")
_MARKS = frozenset("‘’'‚‹›“”\"„«»")
_OPEN_ONLY = frozenset("„«‹‚")
_CLOSE_ONLY = frozenset("»›")
_OPENING_CONTEXT = frozenset(" \t\n([{—–-:/") | _MARKS
_CLOSING_CONTEXT = frozenset(" \t\n)]}.,;:!?…—–-/") | _MARKS
_MARK_PATTERN = re.compile("[‘’'‚‹›“”\"„«»]")
# ’s avonds, 't, 'n, '90: an elided word, not an opening mark
_ELISION = re.compile(r"(?:[stn]|\d\d)(?![^\W\d_])")


class Quote(NamedTuple):
    """One quotation: ``start``/``end`` include the marks, ``inner`` excludes them.

    This module's records are tuples: a frozen dataclass costs several times more to make.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True

    def text(self, paragraph: str) -> str:
        return paragraph[self.inner_start : self.inner_end].strip(" ,")

    def words(self, paragraph: str) -> int:
        return len(paragraph[self.inner_start : self.inner_end].split())


class _Mark(NamedTuple):
    index: int
    single: bool
    opens: bool
    closes: bool
    weak: bool = False  # s’ before a lower-case word: likely a plural possessive


def find_quotes(text: str) -> tuple[Quote, ...]:
    """The top-level quotations of one paragraph, in order."""
    marks = _classify(text)
    quotes: list[Quote] = []
    position = 0
    while position < len(marks):
        mark = marks[position]
        if not mark.opens:
            position += 1
            continue
        end = _closing(marks, position, strict=True)
        if end is None:
            end = _closing(marks, position, strict=False)
        if end is None:
            end = _last_closing(marks, position)
        if end is None:
            quotes.append(Quote(mark.index, len(text), mark.index + 1, len(text), closed=False))
            break
        close = marks[end]
        quotes.append(Quote(mark.index, close.index + 1, mark.index + 1, close.index))
        position = end + 1
    return tuple(q for q in quotes if text[q.inner_start : q.inner_end].strip())


def mask(text: str, quotes: tuple[Quote, ...]) -> str:
    """``text`` with quoted passages blanked out, so patterns only see the narration.

    The filler keeps every offset and is neither a word character nor a space,
    so no word can run across a quote.
    """
    if not quotes:
        return text
    parts = []
    position = 0
    for quote in quotes:
        parts.append(text[position : quote.start])
        parts.append(FILLER * (quote.end - quote.start))
        position = quote.end
    parts.append(text[position:])
    return "".join(parts)


def _classify(text: str) -> list[_Mark]:
    marks = []
    for match in _MARK_PATTERN.finditer(text):
        index = match.start()
        char = text[index]
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in "’'" and before.isalnum() and after.isalnum():
            continue  # Apple’s, don't
        if char in "’'‘" and not before.isalnum() and _ELISION.match(text, index + 1):
            continue  # ’s avonds, '90
        can_open = before in _OPENING_CONTEXT and not after.isspace()
        can_close = after in _CLOSING_CONTEXT and (not before.isspace() or before in _MARKS)
        if char in _OPEN_ONLY:
            can_open, can_close = not after.isspace() or char == "«", False
        elif char in _CLOSE_ONLY:
            can_open, can_close = False, True
        elif can_open and can_close:
            can_close = before in _MARKS  # ‘‘ or a mark glued to an opening one
            can_open = not can_close
        if can_open or can_close:
            weak = char in "’'" and before == "s" and text[index + 1 : index + 3].strip().islower()
            marks.append(_Mark(index, char in _SINGLE, can_open, can_close, weak))
    return marks


def _closing(marks: list[_Mark], opening: int, *, strict: bool) -> int | None:
    """Index (into ``marks``) of the mark closing the quote opened at ``opening``.

    Strict pairing only lets a single mark close a single one (so an apostrophe
    such as companies’ cannot end a “double” quote); the fallback accepts any
    closing mark, for quotes opened with one style and closed with another.
    """
    stack = [marks[opening].single]
    for position in range(opening + 1, len(marks)):
        mark = marks[position]
        if mark.closes and (not strict or mark.single == stack[-1]):
            if mark.weak and _another_single_close(marks, position):
                continue
            stack.pop()
            if not stack:
                return position
        elif mark.opens:
            stack.append(mark.single)
    return None


def _another_single_close(marks: list[_Mark], position: int) -> bool:
    return any(m.closes and m.single and not m.weak for m in marks[position + 1 :])


def _last_closing(marks: list[_Mark], opening: int) -> int | None:
    """For a quote whose nested marks never balance: its last closing mark."""
    closers = [i for i in range(opening + 1, len(marks)) if marks[i].closes]
    return closers[-1] if closers else None
