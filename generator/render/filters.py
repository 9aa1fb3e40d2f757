"""Locale-aware formatting for templates: dates, money, numbers, names.

Everything comes from CLDR through Babel; the only hand-written text is the
gettext catalog's (e.g. "ca." for an approximate date).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable

from babel import Locale
from markupsafe import Markup
from babel.dates import format_skeleton
from babel.numbers import format_compact_decimal, format_decimal, get_currency_symbol

from generator.model import Amount, PartialDate

# Skeletons per granularity: CLDR picks the locale's order and month names.
_SKELETONS = {"day": "yMMMMd", "month": "yMMMM", "year": "y"}
# Characters Python-Markdown would read as syntax; < > & become entities first.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def format_partial_date(date: PartialDate | None, locale: str, gettext: Callable[[str], str], approximate: bool = False) -> str:
    """``29 januari 2025`` / ``January 29, 2025`` / ``januari 2025`` / ``2025`` / ``week 4, 2025``."""
    if date is None:
        return gettext("undated")
    if date.granularity == "week":
        text = gettext("week %(week)s, %(year)s") % {"week": date.week, "year": date.year}
    else:
        text = format_skeleton(_SKELETONS[date.granularity], date.first_day, locale=locale)
    if approximate:
        text = gettext("around %(date)s") % {"date": text}
    return text


def format_amount(amount: Amount, locale: str) -> str:
    """``€ 6 miljoen`` / ``€6 million``: the locale's currency pattern around a compact number."""
    number = _compact(amount.value, locale)
    if amount.value_max is not None:
        number = f"{number}–{_compact(amount.value_max, locale)}"
    symbol = get_currency_symbol(amount.currency, locale=locale)
    pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
    before, _, after = pattern.partition("¤")
    if pattern.strip().startswith("¤"):
        spacing = " " if after.startswith((" ", "\u00a0")) else ""
        return f"{symbol}{spacing}{number}"
    spacing = " " if before.endswith((" ", "\u00a0")) else ""
    return f"{number}{spacing}{symbol}"


def _compact(value: float, locale: str) -> str:
    if abs(value) >= 1_000_000:
        return format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=1)
    return format_decimal(value, locale=locale)


def format_number(value: float, locale: str) -> str:
    return format_decimal(value, locale=locale)


def territory_name(code: str, locale: str) -> str:
    """CLDR name of a country (``US`` → ``Verenigde Staten`` / ``United States``)."""
    return Locale.parse(locale).territories.get(code.upper(), code)


def language_name(code: str, locale: str) -> str:
    return Locale.parse(locale).languages.get(code, code)


def markdown_text(text: str) -> Markup:
    """Article text placed in Markdown: HTML-escaped and Markdown-inert."""
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(str(text), quote=False)))


def yaml_string(text: str) -> Markup:
    """A YAML (JSON) string for page front matter, with no markup in it."""
    plain = html.unescape(str(Markup(text).striptags()) if isinstance(text, Markup) else str(text))
    return Markup(json.dumps(re.sub(r"[<>{}]", "", plain), ensure_ascii=False))
