"""Locale formatting of dates, money and text escaping (Babel/CLDR)."""

from __future__ import annotations

import pytest

from generator.model import Amount, PartialDate
from generator.render.filters import (
    format_amount,
    format_partial_date,
    markdown_text,
    territory_name,
)

NL = {"around %(date)s": "ca. %(date)s", "undated": "ongedateerd"}


def nl_gettext(text):
    return NL.get(text, text)


@pytest.mark.parametrize(
    ("date", "nl", "en"),
    [
        (PartialDate(2025, 1, 29), "29 januari 2025", "January 29, 2025"),
        (PartialDate(2025, 1), "januari 2025", "January 2025"),
        (PartialDate(1957), "1957", "1957"),
        (PartialDate(2025, week=5), "week 5, 2025", "week 5, 2025"),
    ],
)
def test_dates_at_their_granularity(date, nl, en):
    assert format_partial_date(date, "nl", nl_gettext) == nl
    assert format_partial_date(date, "en", str) == en


def test_approximate_dates_are_marked():
    assert format_partial_date(PartialDate(2025, 1), "nl", nl_gettext, approximate=True) == "ca. januari 2025"


@pytest.mark.parametrize(
    ("amount", "nl", "en"),
    [
        (Amount(6e6, "EUR", "6 miljoen euro"), "€ 6 miljoen", "€6 million"),
        (Amount(1.5e9, "EUR", "1,5 miljard euro"), "€ 1,5 miljard", "€1.5 billion"),
        (Amount(500e9, "USD", "500 miljard dollar"), "500 miljard dollar", "$500 billion"),
    ],
)
def test_money(amount, nl, en):
    assert format_amount(amount, "nl") == nl
    assert format_amount(amount, "en") == en


def test_country_names_from_cldr():
    assert territory_name("US", "nl") == "Verenigde Staten" and territory_name("US", "en") == "United States"


def test_markdown_text_is_inert():
    escaped = markdown_text("<script>alert(1)</script> *bold* [x](javascript:y)")
    assert "<script>" not in escaped and "&lt;script&gt;" in escaped
    assert "\\*bold\\*" in escaped and "\\[x\\]" in escaped
