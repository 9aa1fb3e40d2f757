"""Property tests: whatever the text, dates are valid and never finer than the words.

Expressions are generated from the same CLDR names and language data the
extractor uses, so a new word in a language file is exercised at once.
"""

from __future__ import annotations

import datetime as dt

import babel
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.dates.finder import find_temporal_expressions, parse_dateline
from generator.languages import load_language
from generator.model import GRANULARITY_ORDER, PartialDate

LANGUAGES = ["nl", "en"]


def finer(a: str, b: str) -> bool:
    return GRANULARITY_ORDER[a] > GRANULARITY_ORDER[b]


@st.composite
def anchors(draw) -> PartialDate | None:
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    kind = draw(st.sampled_from(["day", "month", "year", "none"]))
    return {"day": PartialDate.from_date(day), "month": PartialDate(day.year, day.month),
            "year": PartialDate(day.year), "none": None}[kind]


def month_name(language: str, month: int) -> str:
    return babel.Locale.parse(language).months["format"]["wide"][month]


def weekday_name(language: str, weekday: int) -> str:
    return babel.Locale.parse(language).days["format"]["wide"][weekday]


def phrases(language: str, key: str) -> list[str]:
    value = load_language(language)["dates"][key]
    return [w for ws in value.values() for w in ws] if isinstance(value, dict) else list(value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(LANGUAGES), anchors())
def test_arbitrary_text_never_raises_and_dates_are_valid(text, language, anchor):
    for found in find_temporal_expressions(text, language, anchor):
        assert PartialDate.parse(found.date.isoformat()) == found.date
        assert not finer(found.date.granularity, found.finest)
        assert text[found.start : found.end] == found.expression
    parse_dateline(text, language)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGUAGES), st.dates(dt.date(1600, 1, 1), dt.date(2150, 12, 31)), anchors(),
       st.sampled_from(["day", "month", "year"]))
def test_explicit_dates_resolve_to_themselves_whatever_the_anchor(language, day, anchor, granularity):
    month = month_name(language, day.month)
    if granularity == "day":
        text = f"{day.day} {month} {day.year}" if language == "nl" else f"{month} {day.day}, {day.year}"
        expected = PartialDate.from_date(day)
    elif granularity == "month":
        text, expected = f"in {month} {day.year}", PartialDate(day.year, day.month)
    else:
        text, expected = f"in {day.year}", PartialDate(day.year)
    found = find_temporal_expressions(f"Het gebeurde {text} zo." if language == "nl" else f"It was {text} then.",
                                      language, anchor)
    assert [(f.date, f.approximate) for f in found] == [(expected, False)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGUAGES), anchors(), st.data())
def test_relative_expressions_are_never_finer_than_the_anchor(language, anchor, data):
    """"vorige week" in an article dated 2025-01 cannot be a week or a day."""
    keys = ["relative_days", "vague", "anaphora"]
    modifier = data.draw(st.sampled_from(phrases(language, "modifiers")))
    unit = data.draw(st.sampled_from([ws[0] for ws in load_language(language)["dates"]["units"].values()]))
    weekday = weekday_name(language, data.draw(st.integers(0, 6)))
    candidates = [f"{modifier} {unit}", weekday, f"{modifier} {weekday}"] + [
        p for key in keys for p in phrases(language, key)]
    text = data.draw(st.sampled_from(candidates))
    for found in find_temporal_expressions(f"Zij zeiden {text} iets." if language == "nl" else f"They said {text} something.",
                                           language, anchor):
        assert anchor is not None
        assert not finer(found.date.granularity, anchor.granularity)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.data())
def test_weekdays_land_within_a_week_of_publication(language, day, data):
    weekday = data.draw(st.integers(0, 6))
    name = weekday_name(language, weekday)
    text = f"De minister zei {name} dat het klopt." if language == "nl" else f"The minister said on {name} it was true."
    found = find_temporal_expressions(text, language, PartialDate.from_date(day))
    assert len(found) == 1
    resolved = found[0].date.first_day
    assert resolved.weekday() == weekday and 0 <= (day - resolved).days <= 6  # past tense: before


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_datelines_give_the_day(language, day):
    month = month_name(language, day.month)
    weekday = weekday_name(language, day.weekday())
    line = (f"Amsterdam, {weekday} {day.day} {month} {day.year} – Het kabinet" if language == "nl"
            else f"WASHINGTON (Reuters) — {weekday}, {month} {day.day}, {day.year} — The Senate")
    assert parse_dateline(line, language) == PartialDate.from_date(day)
