"""Split an article body into paragraphs and sentences of plain text.

Extraction works on plain text, so Markdown and stray HTML are reduced to
their visible words first; offsets in the returned ``Document`` are offsets in
that plain text, which is also what the site shows on a source page.
"""

from __future__ import annotations

import functools
import html
import re

from generator.languages import load_language
from generator.model import Document, Paragraph, Sentence

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# Every pattern below runs in linear time on hostile input (a line of 50,000
# "[" or "<!--" or "*a "): no unbounded scan is retried from each start.
_LIST_OR_QUOTE_MARK = re.compile(r"^\s{0,3}(?:(?:>[ \t]?)++|[-*+]\s+|\d{1,3}[.)]\s+)")
_LINK_TARGET = r"\((?:[^()]++|\([^()]*+\))*+\)"  # (url), (url "title"), one level of (parens)
_IMAGE = re.compile(r"!\[([^\[\]]*+)\]" + _LINK_TARGET)
_LINK = re.compile(r"\[([^\[\]]++)\]" + _LINK_TARGET)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)  # unclosed: to the end, as browsers do
_SCRIPT_OR_STYLE = re.compile(r"<(script|style|iframe|noscript|template|object)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*+>")
_REFERENCE_LINK = re.compile(r"\[([^\[\]]++)\]\[[^\[\]]*+\]")  # [text][ref]
# Lines a reader never sees: code fences (```lang) and link definitions ([ref]: url).
_INVISIBLE_LINE = re.compile(r"^\s{0,3}(?:(?:`{3,}+|~{3,}+)[^`]*+|\[[^\[\]]++\]:\s.*+)$")
# Emphasis and code marks at a word's edge (**x**, _x_, `x`); a * between spaces or in 2*3 stays.
_EMPHASIS_MARK = re.compile(r"(?<![\w*_`])[*_`]++(?=[^\s*_`])|(?<=[^\s*_`])[*_`]++(?![\w*_`])")
# Only runs that change: a single plain space (nearly every match of "[ \t\u00a0]+") stays as it is.
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")

# A sentence ends at . ! ? (or an ellipsis), possibly followed by closing
# quotes or brackets, then whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(
    # Possessive, and only from the first mark of a run: linear on "......". The
    # pattern opens with a character class (the look-behind comes after it) so that
    # the regex engine skips ahead to the next mark instead of trying every character.
    r"(?P<end>[.!?…](?<![.!?…]{2})[.!?…]*+[\"'’”»)\]]*+)(?P<gap>\s++)(?=[\"'‘“„«(\[]?[A-ZÀ-ÖØ-Þ0-9#@🔴])"
)
_QUOTE_OPENERS = "‘“„«"
_QUOTE_CLOSERS = "’”»"
_QUOTE_MARK = re.compile("[‘“„«’”»]")

# A short line with no closing punctuation is a heading that ran into the text.
_HEADING_MAX_WORDS = 10
_TERMINAL = tuple(".!?…:;,\"'’”»)")


def markdown_to_text(block: str) -> str:
    """The visible text of one Markdown block, on one line."""
    # Each pass only runs when its trigger character is there: most news
    # paragraphs are plain text, and this is on the path of every article.
    text = block
    if "<" in text:
        text = _HTML_COMMENT.sub(" ", text)
        text = _SCRIPT_OR_STYLE.sub(" ", text)
    lines = [_LIST_OR_QUOTE_MARK.sub("", line) for line in text.splitlines() if not _INVISIBLE_LINE.match(line)]
    text = " ".join(line.strip() for line in lines)
    if "[" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS_MARK.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "  " in text or "\t" in text or "\u00a0" in text:  # substring tests are far cheaper than the scan
        text = _SPACES.sub(" ", text)
    return text.strip()


def looks_like_heading(text: str) -> bool:
    """A run-in heading: short, no sentence-closing punctuation."""
    words = text.split()
    if not 0 < len(words) <= _HEADING_MAX_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 3 and all(c.isupper() for c in letters)
    return shouting or not text.endswith(_TERMINAL)


def split_paragraphs(body: str) -> list[tuple[str, bool]]:
    """``(plain text, is_heading)`` per non-empty block of ``body``."""
    blocks: list[tuple[str, bool]] = []
    for raw in _BLANK_LINES.split(body.replace("\r\n", "\n").replace("\r", "\n")):
        heading = _ATX_HEADING.match(raw.strip().splitlines()[0]) if raw.strip() else None
        if heading and len(raw.strip().splitlines()) == 1:
            text = markdown_to_text(heading.group(1))
            if text:
                blocks.append((text, True))
            continue
        text = markdown_to_text(raw)
        if text:
            blocks.append((text, looks_like_heading(text)))
    return blocks


@functools.cache
def _abbreviations(language: str) -> frozenset[str]:
    words = load_language(language)["sentences"]["abbreviations"]
    return frozenset(str(w).rstrip(".").lower() for w in words)


_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "e.g", "U.S" (the last dot is the boundary's)
_INITIAL = re.compile(r"[A-Z]\.")

# A quote keeps its sentences together, but an unclosed one must not swallow
# the rest of a long paragraph.
_MAX_QUOTE_SPAN = 800


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences in ``text`` (linear in its length)."""
    abbreviations = _abbreviations(language)
    spans: list[tuple[int, int]] = []
    start = 0
    quotes = _QuoteDepth()
    for match in _BOUNDARY.finditer(text):
        end = match.end("end")
        quotes.advance(text, end)
        if match.group("end") == "." and _ends_with_abbreviation(text, start, match.start("end"), abbreviations):
            continue
        if quotes.depth and not _closes_quote(match.group("end")) and end - start < _MAX_QUOTE_SPAN:
            continue
        spans.append((start, end))
        start = match.end("gap")
        quotes.depth = 0
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def _ends_with_abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    """Is the word before the full stop at ``dot`` an abbreviation or an initial?"""
    window = text[max(start, dot - 40) : dot]
    words = window.split()
    if not words:
        return False
    word = words[-1].lstrip("(\"'‘“„«")
    if word.lower() in abbreviations or _DOTTED.fullmatch(word):
        return True
    if len(word) == 1 and word.isupper():
        # "George W. Bush", "J. Smith" are initials; "op X. Sputnik" ends a sentence.
        previous = words[-2] if len(words) > 1 else ""
        at_start = len(words) == 1 and dot - start < 40
        return at_start or previous[:1].isupper() or bool(_INITIAL.fullmatch(previous))
    return False


class _QuoteDepth:
    """Curly-quote nesting depth, updated incrementally as the splitter moves on."""

    def __init__(self) -> None:
        self.depth = 0
        self.position = 0

    def advance(self, text: str, end: int) -> None:
        for mark in _QUOTE_MARK.finditer(text, self.position, max(self.position, end)):
            index, char = mark.start(), mark.group()
            if char in _QUOTE_OPENERS:
                self.depth += 1
            elif char in _QUOTE_CLOSERS and self.depth:
                # ’ inside a word is an apostrophe (Apple’s), not a closing quote
                if char == "’" and text[index + 1 : index + 2].isalpha():
                    continue
                self.depth -= 1
        self.position = max(self.position, end)


def _closes_quote(end: str) -> bool:
    return any(c in _QUOTE_CLOSERS for c in end)


def split_document(body: str, language: str) -> Document:
    """Split ``body`` (Markdown or plain text) into a ``Document``."""
    paragraphs = []
    for index, (text, is_heading) in enumerate(split_paragraphs(body)):
        spans = [(0, len(text))] if is_heading else split_sentences(text, language)
        sentences = tuple(
            Sentence(paragraph=index, index=i, text=text[s:e], start=s, end=e)
            for i, (s, e) in enumerate(spans)
        )
        paragraphs.append(Paragraph(index=index, text=text, sentences=sentences, is_heading=is_heading))
    return Document(language=language, paragraphs=tuple(paragraphs))
