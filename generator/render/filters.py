"""Locale-aware formatting for templates: dates, money, numbers, names.

Everything comes from CLDR through Babel; the only hand-written text is the
gettext catalog's (e.g. "ca." for an approximate date).
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable

from babel import Locale
from babel.dates import format_skeleton
from babel.numbers import (
    format_compact_decimal,
    format_decimal,
    get_currency_name,
    get_currency_symbol,
    get_currency_unit_pattern,
)
from markupsafe import Markup

from generator.model import Actor, Amount, PartialDate
from generator.slugs import slugify

# Skeletons per granularity: CLDR picks the locale's order and month names.
_SKELETONS = {"day": "yMMMMd", "month": "yMMMM", "year": "y"}
# Characters Python-Markdown would read as syntax; < > & become entities first.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")
# "dollar" alone means the US dollar in Dutch (and English) news prose; other
# currencies keep their full CLDR name ("Canadese dollar", "Japanse yen").
_PLAIN_NOUN = frozenset({"USD"})


# The format functions are cached: a big site formats the same few thousand
# dates and amounts hundreds of thousands of times, and Babel is slow per call.
@functools.lru_cache(maxsize=1 << 15)
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


@functools.lru_cache(maxsize=1 << 14)
def format_amount(amount: Amount, locale: str) -> str:
    """``€ 6 miljoen`` / ``€6 million`` / ``500 miljard dollar`` / ``$500 billion``.

    A compact long number ("6 miljoen") with the locale's currency sign where the
    sign is bare (``€``, ``$``, ``£``); where CLDR disambiguates it with letters
    (nl ``US$``, ``JP¥``) prose reads better with the currency's name in the
    locale's unit pattern ("500 miljard dollar").
    """
    number = _compact(amount.value, locale)
    if amount.value_max is not None:
        number = f"{number}–{_compact(amount.value_max, locale)}"
    symbol = get_currency_symbol(amount.currency, locale=locale)
    if any(c.isalpha() for c in symbol):
        count = amount.value_max if amount.value_max is not None else amount.value
        name = get_currency_name(amount.currency, count=count, locale=locale)
        if amount.currency in _PLAIN_NOUN:
            name = name.split()[-1]
        return get_currency_unit_pattern(count, locale=locale).format(number, name)
    pattern = _locale(locale).currency_formats["standard"].pattern.split(";")[0]
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


@functools.cache
def _locale(identifier: str) -> Locale:
    return Locale.parse(identifier)


def territory_name(code: str, locale: str) -> str:
    """CLDR name of a country (``US`` → ``Verenigde Staten`` / ``United States``)."""
    return _locale(locale).territories.get(code.upper(), code)


def language_name(code: str, locale: str) -> str:
    return _locale(locale).languages.get(code, code)


def markdown_text(text: str) -> Markup:
    """Article text placed in Markdown: HTML-escaped and Markdown-inert."""
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(str(text), quote=False)))


def yaml_string(text: str) -> Markup:
    """A YAML (JSON) string for page front matter, with no markup in it."""
    plain = html.unescape(str(Markup(text).striptags()) if isinstance(text, Markup) else str(text))
    return Markup(json.dumps(re.sub(r"[<>{}]", "", plain), ensure_ascii=False))


@functools.cache
def _territory_codes(locales: tuple[str, ...] = ("nl", "en")) -> dict[str, str]:
    """``{slug of a CLDR territory name in any site language: code}``."""
    codes: dict[str, str] = {}
    for locale in locales:
        for code, name in Locale.parse(locale).territories.items():
            if code not in _NOT_A_PLACE:
                codes.setdefault(slugify(name), code)
    return codes


# CLDR pseudo-territories that are no place anyone is quoted about;
# "Amerika" is the United States in Dutch prose but the Americas (019) in CLDR.
_NOT_A_PLACE = frozenset({"ZZ", "001", "019", "QO", "XA", "XB"})


# CLDR "territories" that are organizations: the European Union, the eurozone, the United Nations.
_UNIONS = frozenset({"EU", "EZ", "UN"})


def territory_of(actor: Actor) -> str | None:
    """The CLDR territory a place actor is (``verenigde-staten`` → ``US``), if any.

    Organizations only when CLDR lists them as territories (``EU``, ``UN``).
    """
    if actor.kind not in ("place", "organization"):
        return None
    return _territory_of(actor.kind, actor.id, actor.name, actor.aliases)


@functools.lru_cache(maxsize=1 << 14)
def _territory_of(kind: str, actor_id: str, name: str, aliases: tuple[str, ...]) -> str | None:
    codes = _territory_codes()
    for candidate in (actor_id, slugify(name), *(slugify(a) for a in aliases)):
        code = codes.get(candidate)
        if code and (kind == "place" or code in _UNIONS):
            return code
    return None


def actor_name(actor: Actor, locale: str) -> str:
    """An actor's name on a page in ``locale``: countries by their CLDR name there."""
    code = territory_of(actor)
    return territory_name(code, locale) if code else actor.name


def iso_day(date: PartialDate | None) -> str:
    """The first day a partial date can mean, for front matter (feeds sort by it)."""
    return date.first_day.isoformat() if date else ""
