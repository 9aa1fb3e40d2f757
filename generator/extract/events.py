"""Dated events: one per dated thing that happened or will happen.

Each sentence (headings excepted) is searched for temporal expressions; each
expression with a date becomes an event carrying the sentence, the actors
mentioned in it and the money amounts it names. Two dates in one sentence are
two events; the same date twice is one. "Drie dagen later" counts from the date
mentioned last, across sentences.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from generator.extract.amounts import find_amounts
from generator.extract.dates.finder import (
    TemporalExpression,
    find_temporal_expressions,
    follow,
    parse_dateline,
)
from generator.extract.dates.resolve import Reference
from generator.model import (
    Actor,
    Article,
    Document,
    Event,
    PartialDate,
    Sentence,
    SourceRef,
)

# A sentence with fewer letters than this besides its date is a bare dateline.
_MIN_EVENT_LETTERS = 12


def find_events(document: Document, article: Article, actors: Sequence[Actor]) -> list[Event]:
    """The dated events of ``document``, sorted by date (then by position)."""
    published = article.published or _dateline_date(document)
    mentioned = _actors_by_sentence(actors)
    path = article.path.as_posix()
    events: list[Event] = []
    reference = Reference()
    first = True
    for paragraph in document.paragraphs:
        if paragraph.is_heading:
            continue
        for sentence in paragraph.sentences:
            found = find_temporal_expressions(sentence.text, document.language, published, reference)
            reference = follow(reference, found)
            if first and len(found) > 1 and _is_dateline(sentence, found[0], document.language):
                found = found[1:]  # "LONDON, March 4, 2025 — ... on Sunday": Sunday is the event
            first = False
            found = _event_expressions(sentence, found)
            if not found:
                continue
            source = SourceRef(path, sentence.paragraph, sentence.index)
            amounts = tuple(find_amounts(sentence.text, document.language))
            ids = mentioned.get((sentence.paragraph, sentence.index), ())
            events += [
                Event(e.date, e.approximate, e.expression, sentence.text, source, ids, amounts)
                for e in found
            ]
    events.sort(key=lambda event: event.date.sort_key())
    return events


def _event_expressions(sentence: Sentence, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """The expressions of ``sentence`` that stand for events: one per date,
    none when the sentence is nothing but a date (a dateline, a timestamp)."""
    if not found:
        return []
    if len(sentence.text) - sum(e.end - e.start for e in found) < 4 * _MIN_EVENT_LETTERS:
        rest = sentence.text
        for expression in reversed(found):
            rest = rest[: expression.start] + rest[expression.end :]
        if sum(map(str.isalpha, rest)) < _MIN_EVENT_LETTERS:
            return []
    unique: dict[str, TemporalExpression] = {}
    for expression in found:
        unique.setdefault(expression.date.isoformat() + str(expression.approximate), expression)
    return list(unique.values())


def _is_dateline(sentence: Sentence, expression: TemporalExpression, language: str) -> bool:
    head = sentence.text[: expression.end]
    return parse_dateline(head, language) == expression.date


def _actors_by_sentence(actors: Sequence[Actor]) -> dict[tuple[int, int], tuple[str, ...]]:
    ids: dict[tuple[int, int], list[str]] = defaultdict(list)
    for actor in actors:
        for mention in actor.mentions:
            key = (mention.paragraph, mention.sentence)
            if actor.id not in ids[key]:
                ids[key].append(actor.id)
    return {key: tuple(value) for key, value in ids.items()}


def _dateline_date(document: Document) -> PartialDate | None:
    """Without a publication date, a dateline on top of the article anchors it."""
    for paragraph in document.paragraphs[:2]:
        date = parse_dateline(paragraph.text, document.language)
        if date is not None:
            return date
    return None
