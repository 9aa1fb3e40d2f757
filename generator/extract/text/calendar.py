"""Month and weekday names from CLDR (through Babel), as regex alternations.

Names are never typed in by hand: a language's ``dates.locales`` lists the
CLDR locales whose wide and abbreviated names count (``en_GB`` adds "Sept").
Case matters where the language capitalizes names: English "May" is a month,
"may" a verb; Dutch writes "mei" but also "Mei" at the start of a sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import babel

from generator.languages import load_language


@dataclass(frozen=True)
class CalendarNames:
    """Lookup tables (lower-cased name → number) and regex alternations."""

    months: dict[str, int]  # "januari" → 1, "jan" → 1
    weekdays: dict[str, int]  # "maandag" → 0 (Monday), like ``date.weekday()``
    wide_months: frozenset[str]  # lower-cased full names: a bare "jan" is no month
    month_wide: str  # alternation of full month names only
    month_any: str  # full or abbreviated month names (abbreviations may end in ".")
    weekday_wide: str
    weekday_any: str


@functools.cache
def calendar_names(language: str) -> CalendarNames:
    """The CLDR month and weekday names of ``language``."""
    locales = load_language(language)["dates"]["locales"]
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    month_wide: set[str] = set()
    month_abbr: set[str] = set()
    day_wide: set[str] = set()
    day_abbr: set[str] = set()
    for code in locales:
        locale = babel.Locale.parse(code)
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context]["wide"].items():
                months[name.lower()] = number
                month_wide.add(name)
            for number, name in locale.months[context]["abbreviated"].items():
                name = name.rstrip(".")
                months[name.lower()] = number
                month_abbr.add(name)
            for number, name in locale.days[context]["wide"].items():
                weekdays[name.lower()] = number
                day_wide.add(name)
            for number, name in locale.days[context]["abbreviated"].items():
                name = name.rstrip(".")
                weekdays[name.lower()] = number
                day_abbr.add(name)
    return CalendarNames(
        months=months,
        weekdays=weekdays,
        wide_months=frozenset(name.lower() for name in month_wide),
        month_wide=_cased_alternation(month_wide),
        month_any=_cased_alternation(month_wide | month_abbr, dotted=month_abbr - month_wide),
        weekday_wide=_cased_alternation(day_wide),
        weekday_any=_cased_alternation(day_wide | day_abbr, dotted=day_abbr - day_wide),
    )


def _cased_alternation(names: set[str], dotted: set[str] = frozenset()) -> str:
    """A case-sensitive alternation accepting each name as CLDR writes it,
    capitalized and in capitals — but never lower-cased when CLDR capitalizes
    it, which is what keeps the English verb "may" from being a month. No word
    boundary at the end: Dutch compounds a weekday with a part of the day
    ("dinsdagavond"), so callers add their own.
    """
    forms: dict[str, str] = {}
    for name in names:
        suffix = r"\.?" if name in dotted else ""
        for form in {name, name[:1].upper() + name[1:], name.upper()}:
            forms[form] = re.escape(form) + suffix
    ordered = sorted(forms, key=len, reverse=True)
    return "(?-i:" + "|".join(forms[f] for f in ordered) + ")"
