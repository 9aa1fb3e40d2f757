"""PartialDate: parsing and printing at every granularity (property tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.model import PartialDate


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_day_round_trip(day):
    date = PartialDate.from_date(day)
    assert PartialDate.parse(date.isoformat()) == date
    assert date.granularity == "day" and date.first_day == day


@given(st.integers(1000, 9999), st.integers(1, 12))
def test_month_round_trip(year, month):
    date = PartialDate(year, month)
    assert date.isoformat() == f"{year}-{month:02d}" and PartialDate.parse(date.isoformat()) == date


@given(st.text(max_size=12))
def test_parse_never_raises_anything_but_value_error(text):
    try:
        date = PartialDate.parse(text)
    except ValueError:
        return
    assert PartialDate.parse(date.isoformat()) == date


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13", "2025-W54", "25-01-01", "2025/01/01", "", "januari"])
def test_invalid_dates(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_week_dates():
    week = PartialDate.parse("2025-W05")
    assert week.granularity == "week" and week.first_day == dt.date(2025, 1, 27)


def test_sorting_puts_coarser_dates_first_on_the_same_day():
    dates = [PartialDate(2025, 1, 1), PartialDate(2025), PartialDate(2025, 1)]
    assert sorted(dates, key=PartialDate.sort_key) == [PartialDate(2025), PartialDate(2025, 1), PartialDate(2025, 1, 1)]
