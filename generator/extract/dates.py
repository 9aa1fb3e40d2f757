"""Temporal expressions in running text, resolved against the publication date.

``find_temporal_expressions`` is what the event layer (and the positions layer,
to date a quote) calls; ``parse_dateline`` reads a date at the top of an
article as evidence for its publication date. The work is split in stages:
``temporal_grammar`` finds candidate spans, ``temporal_parse`` says what they
mean, ``temporal_tense`` which way the clause points, ``temporal_resolve``
which date that is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.extract.temporal_grammar import grammar, words
from generator.extract.temporal_index import anchored_matches, may_hold_non_dates
from generator.extract.temporal_parse import Spec, parse
from generator.extract.temporal_resolve import resolve
from generator.extract.temporal_tense import TenseCues
from generator.languages import load_language
from generator.model import PartialDate

# Shapes whose date depends on which way the clause points.
_DIRECTED = {"calendar", "weekday", "season", "shift"}
_TRIM = " \t,;:–—-"


@dataclass(frozen=True)
class TemporalExpression:
    """A date expression found at ``start:end`` of a text, and the date it means."""

    start: int
    end: int
    expression: str
    date: PartialDate
    approximate: bool
    finest: str = "day"  # the finest granularity the words themselves support


def find_temporal_expressions(
    text: str,
    language: str,
    published: PartialDate | None,
    reference: PartialDate | None = None,
) -> list[TemporalExpression]:
    """The dated expressions of ``text`` in order, resolved against ``published``.

    ``reference`` is the date mentioned last before ``text`` (for "drie dagen
    later" or "the next day"); expressions that cannot be resolved are left out.
    """
    candidates = _candidates(text, language)
    if not candidates:
        return []
    found = []
    tense = TenseCues(text, language)
    for start, end, spec in _select(candidates):
        way = tense.direction(start, end) if spec.kind in _DIRECTED else "nearest"
        resolved = resolve(spec, published, way, reference)
        if resolved is None:
            continue
        date, approximate = resolved
        found.append(TemporalExpression(start, end, text[start:end], date, approximate, spec.granularity))
        if not approximate:
            reference = date
    return found


def _candidates(text: str, language: str) -> list[tuple[int, int, int, Spec]]:
    """Every parseable match of every shape, minus those inside a non-date phrase."""
    rules = grammar(language)
    candidates = []
    for priority, match in anchored_matches(text, language):
        spec = parse(rules.patterns[priority][0], match, rules.lexicon, text)
        if spec is not None:
            candidates.append((*_trimmed(text, *match.span()), priority, spec))
    if candidates and may_hold_non_dates(text, language):
        blocked = [m.span() for m in rules.not_dates.finditer(text)]
        candidates = [c for c in candidates if not any(s < c[1] and c[0] < e for s, e in blocked)]
    return candidates


def _select(candidates: list[tuple[int, int, int, Spec]]) -> list[tuple[int, int, Spec]]:
    """The longest candidates that do not overlap, in text order."""
    chosen: list[tuple[int, int, Spec]] = []
    for start, end, _, spec in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if all(end <= s or e <= start for s, e, _ in chosen):
            chosen.append((start, end, spec))
    return sorted(chosen, key=lambda c: c[0])


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    while start < end and text[start] in _TRIM:
        start += 1
    return start, end


def parse_dateline(text: str, language: str) -> PartialDate | None:
    """The date of a dateline at the top of ``text``, if there is one.

    Recognizes "Tuesday, March 3, 2020", "Amsterdam, 3 maart 2020 –",
    "WASHINGTON (Reuters) - March 3, 2020", "Gepubliceerd op 29 januari 2025":
    a full date with a year, preceded by nothing but a place, an agency or a
    dateline word. Returns a day (or a month for "March 2020").
    """
    head = text.lstrip()[:160].split("\n", 1)[0]
    rules = grammar(language)
    prefix = _dateline_prefix(language)
    for shape, pattern in rules.patterns:
        if shape not in ("numeric", "day_month", "month_day", "month"):
            continue
        for match in pattern.finditer(head):
            if not prefix.fullmatch(head[: match.start()]):
                break
            spec = parse(shape, match, rules.lexicon, head)
            if spec is None or spec.year is None:
                continue
            resolved = resolve(spec, None, "nearest")
            if resolved:
                return resolved[0]
    return None


@functools.cache
def _dateline_prefix(language: str) -> re.Pattern[str]:
    """What may stand before a dateline's date: a place in capitals or title
    case, an agency in brackets, a dateline word, punctuation."""
    words_before = words(load_language(language)["dates"]["dateline_prefixes"])
    place = r"[A-ZÀ-Þ][\w'’.-]*(?:[ /-][A-ZÀ-Þ][\w'’.-]*){0,3}"
    return re.compile(
        rf"[\W_]*(?:{place}\s*(?:\([^()]{{1,40}}\))?\s*[,:–—|-]?\s*)?"
        rf"(?:(?i:{words_before})\s*[:,-]?\s*)?",
    )
