"""The outlet as a speaker: its editorial section, and posts embedded in it.

An editorial heading ("🔴 EW’S VISIE: …", "Our view", "Commentaar") makes
the outlet the speaker of the paragraphs under it, up to the next heading of
the same rank. Only paragraphs that argue (an opinion marker such as "moet"
or "should") and where nobody else speaks become the outlet's positions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from generator.extract.positions.lexicon import Lexicon, lexicon
from generator.extract.positions.media import date_in
from generator.model import (
    Actor,
    Article,
    Document,
    Paragraph,
    PartialDate,
    Position,
    SourceRef,
)
from generator.slugs import slugify

_OUTLET = r"(?P<outlet>[^\W_][\w&.-]*(?: [^\W_][\w&.-]*){0,2}?)"
# "They don’t actually have the money — Elon Musk (@elonmusk) January 22, 2025"
_EMBEDDED_POST = re.compile(
    r"^(?P<text>.{3,600}?)\s+[—–-]{1,2}\s+(?P<name>[^()@—–]{2,60}?)"
    r"\s+\(@(?P<handle>\w{1,30})\)\s+(?P<date>[^()]{4,40})$"
)
_EMBED_CHANNEL = "X"
# the heading is the editorial's name, perhaps with a title ("EW’S VISIE: Een wake-upcall",
# "The Guardian view on …"), never a sentence that merely starts with "Leader" or "Commentaar"
_HEADING_REST = r"\W*(?:[:—–-].*|\s(?:on|over|op)\s.*)?$"


@functools.cache
def _editorial_headings(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"^\W*(?:{p.replace('{outlet}', _OUTLET)}){_HEADING_REST}", re.I) for p in lexicon(language).editorial
    )


def _editorial_match(language: str, heading: str) -> re.Match[str] | None:
    for pattern in _editorial_headings(language):
        match = pattern.match(heading)
        if match:
            return match
    return None


def _editorial_sections(document: Document) -> list[tuple[Paragraph, int, int]]:
    """``(heading, first, last)`` paragraph indexes of each editorial section."""
    try:
        _editorial_headings(document.language)
    except (LookupError, KeyError):
        return []
    sections = []
    paragraphs = document.paragraphs
    for position, paragraph in enumerate(paragraphs):
        if paragraph.is_heading and _editorial_match(document.language, paragraph.text):
            rank = _rank(paragraph.text)
            end = position + 1
            while end < len(paragraphs) and not (paragraphs[end].is_heading and _rank(paragraphs[end].text) == rank):
                end += 1
            sections.append((paragraph, position + 1, end))
    return sections


def _rank(heading: str) -> str:
    """The leading marker of a heading ("🔴 "): sub-headings without it stay in the section."""
    return re.match(r"\W*", heading).group().strip()


def outlet_actor(article: Article, document: Document) -> Actor | None:
    """The outlet as an actor, when an editorial section makes it speak.

    Named after ``article.source`` if the front matter gives one, else after
    the heading ("EW’S VISIE" → "EW").
    """
    for heading, _, _ in _editorial_sections(document):
        match = _editorial_match(document.language, heading.text)
        name = article.source or (match.groupdict().get("outlet") if match else None)
        if name:
            return Actor(id=slugify(name), name=name, kind="organization")
    return None


def editorial_positions(document: Document, article: Article, outlet: Actor, lex: Lexicon,
                        spoken: set[int]) -> list[Position]:
    """The outlet's own arguments: editorial paragraphs where nobody else speaks."""
    positions = []
    for _, first, end in _editorial_sections(document):
        for paragraph in document.paragraphs[first:end]:
            if paragraph.is_heading or paragraph.index in spoken or not lex.opinion.search(paragraph.text):
                continue
            source = SourceRef(article.path.as_posix(), paragraph.index, 0)
            positions.append(Position(outlet.id, paragraph.text, "direct", source, channel=outlet.name))
    return positions


def tweet_position(paragraph: Paragraph, path: str, actors: Sequence[Actor], lex: Lexicon,
                   published: PartialDate | None) -> Position | None:
    """An embedded post ("… — Elon Musk (@elonmusk) January 22, 2025") speaks for its author."""
    match = _EMBEDDED_POST.match(paragraph.text) if "(@" in paragraph.text else None
    if match is None:
        return None
    name, handle = match.group("name").strip(), match.group("handle").lower()
    author = next((a for a in actors if _names(a, name, handle)), None)
    if author is None:
        return None
    return Position(
        author.id, match.group("text").strip(), "direct", SourceRef(path, paragraph.index, 0),
        verb=lex.tweet_verb, channel=_EMBED_CHANNEL,
        date=date_in(match.group("date"), "en", published),  # the embed code writes its date in English
    )


def _names(actor: Actor, name: str, handle: str) -> bool:
    wanted = name.casefold()
    return any(n.casefold() == wanted for n in (actor.name, *actor.aliases)) or handle in (
        a.casefold().lstrip("@") for a in actor.aliases
    )
