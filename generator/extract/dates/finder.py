"""Temporal expressions in running text, resolved against the publication date.

``find_temporal_expressions`` is what the event layer (and the positions layer,
to date a quote) calls; ``parse_dateline`` reads a date at the top of an
article as evidence for its publication date. The work is split in stages:
``grammar`` builds the patterns, ``index`` tries them only
where a date can start, ``parse`` says what a match means,
``tense`` which way its clause points, ``resolve`` which
date that is.

How expressions are dated (what a careful reader would put on a timeline):

- Never finer than the words and the publication date allow: "vorige week" is
  an ISO week when the article has a day, its month (approximate) when it has
  only a month. A weekday likewise.
- A weekday, or a date without a year, is the nearest one in the direction of
  its clause: past tense → on or before publication, future → on or after.
  Dutch present tense counts as future ("komt woensdag met"); English with no
  cue takes the nearest. "sinds"/"since" point back, "voor", "tot"/"for",
  "until" ahead. A date within ten days of publication beats one the tense
  would put a year away (the article was written the day before).
- Vague words resolve to the publication date, approximate: "onlangs",
  "binnenkort", "de komende weken" → its month; "de komende jaren", "de
  komende maanden" → its year (the span starts now). Spans reaching back ("de
  afgelopen jaren", "in recent months") are background, not events: no date.
- Parts ("begin maart", "eind 2016", "mid-May", "later this year") keep their
  granularity and are approximate. Seasons date to the year they start in,
  approximate; quarters to their year (there is no quarter granularity).
- Counted shifts: "twee weken geleden" → ISO week, "drie jaar geleden" → year;
  "een paar weken geleden" → month, approximate; "een paar jaar geleden" → no
  date. "Drie dagen later" counts from the last date that named a day, "een
  jaar later" from the last date of any kind.
- "in week 12" is an ISO week; "eerste kerstdag", "Christmas Eve" and other
  fixed-date days are days (movable feasts are left out).
- Ranges date to their first day ("tussen 2020 en 2024", "2020-2024", "May 3
  and 4", "van 30 juni tot 2 juli"); lists of years to each item ("in 2019 en
  2020", "1964, 2008 en 2012").
- No date: decades and centuries, durations ("twaalf jaar cel", "for 20
  years"), frequencies ("per jaar", "every day"), "nu"/"now", numbers that are
  counts ("in 2000 homes", "250 vestigingen"), names ("Black Friday").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from generator.extract.dates.grammar import grammar, words
from generator.extract.dates.index import anchored_matches, may_hold_non_dates
from generator.extract.dates.parse import Spec, parse
from generator.extract.dates.resolve import Reference, resolve
from generator.extract.dates.tense import TenseCues
from generator.languages import load_language
from generator.model import PartialDate

# Shapes whose date depends on which way the clause points.
_DIRECTED = {"calendar", "weekday", "season", "shift", "week", "weekend"}
_TRIM = " \t,;:–—-"
_FOUR_DIGITS = re.compile(r"\d{4}")


class TemporalExpression(NamedTuple):
    """A date expression found at ``start:end`` of a text, and the date it means (a tuple: cheap to make)."""

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
    reference: PartialDate | Reference | None = None,
) -> list[TemporalExpression]:
    """The dated expressions of ``text`` in order, resolved against ``published``.

    ``reference`` is the date mentioned last before ``text`` (for "drie dagen
    later" or "the next day"; see ``follow``); expressions that cannot be
    resolved are left out.
    """
    if not isinstance(reference, Reference):
        reference = Reference.of(reference)
    candidates = _candidates(text, language)
    if not candidates:
        return []
    found = []
    tense = TenseCues(text, language)
    for start, end, spec in _select(candidates):
        way = tense.direction(start, end) if spec.kind in _DIRECTED else "nearest"
        if spec.needs_future and way != "future":
            continue  # "in three months" counts only in a clause about the future
        resolved = resolve(spec, published, way, reference)
        if resolved is None:
            continue
        date, approximate = resolved
        found.append(TemporalExpression(start, end, text[start:end], date, approximate, spec.granularity))
        reference = reference.after(date, approximate, spec.granularity)
    return found


def follow(reference: Reference | None, found: list[TemporalExpression]) -> Reference:
    """The reference for the next text, once the expressions ``found`` were read."""
    reference = reference or Reference()
    for expression in found:
        reference = reference.after(expression.date, expression.approximate, expression.finest)
    return reference


def _candidates(text: str, language: str) -> list[tuple[int, int, int, Spec]]:
    """Every parseable match of every shape, minus those inside a non-date phrase."""
    rules = grammar(language)
    candidates = []
    for priority, match in anchored_matches(text, language):
        spec = parse(rules.patterns[priority][0], match, rules.lexicon, text)
        if spec is not None:
            candidates.append((*_trimmed(text, *match.span()), priority, spec))
            if spec.kind == "calendar" and spec.granularity == "year":
                candidates += _listed_years(text, match.end(), priority, language)
    if candidates and may_hold_non_dates(text, language):
        low, high = min(c[0] for c in candidates), max(c[1] for c in candidates)
        blocked = [m.span() for m in rules.not_dates.finditer(text, max(0, low - 40), high + 40)]
        candidates = [c for c in candidates if not any(s < c[1] and c[0] < e for s, e in blocked)]
    return candidates


def _listed_years(text: str, end: int, priority: int, language: str) -> list[tuple[int, int, int, Spec]]:
    """The other years of a list: "de EK's van 1964, 2008 en 2012" dates three wins,
    "in 2019 and 2020" two years (a range needs "tussen"/"between" or a dash)."""
    match = _year_list(language).match(text, end)
    if not match:
        return []
    return [(m.start(), m.end(), priority, Spec("calendar", "year", year=int(m.group())))
            for m in _FOUR_DIGITS.finditer(text, match.start(), match.end())]


@functools.cache
def _year_list(language: str) -> re.Pattern[str]:
    joiners = words(load_language(language)["dates"]["list_joiners"])
    year = r"(?:1[5-9]|2[01])\d\d(?!\d)"
    return re.compile(rf"(?:,\s*{year})+(?:,?\s+{joiners}\s+{year})?|\s+{joiners}\s+{year}", re.I)


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
