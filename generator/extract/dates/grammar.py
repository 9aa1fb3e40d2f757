"""The regular expressions that find temporal expressions, built from data.

Every word comes from the language's ``dates:`` section or from CLDR
(``calendar.py``); this module only knows the *shapes* of expressions. Each
shape is its own compiled pattern with named groups; ``parse.py``
turns a match into a structured ``Spec``. Patterns are built once per language
and cached, so extraction never compiles a regex.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.extract.text.calendar import calendar_names
from generator.languages import load_language

S = r"\s+"
OS = r"\s*"
J = r"(?:(?<=-)|\s+)"  # after "mid-" no space is needed
DAY = r"(?<![\d.,/-])(?P<{}>[12]\d|3[01]|0?[1-9])(?:{})?(?![\d\w]|[.,:]\d)"
DAY2 = DAY.replace("/-]", "/]", 1)  # the second day of "November 6-7"
YEAR = r"(?<![\d.,/])(?<!(?-i:[A-Z])-)(?P<{}>1[5-9]\d\d|20\d\d|21\d\d)(?!\d|[.,]\d|-[^\W\d]|\w)"


def words(phrases, boundary: bool = True) -> str:
    """An alternation of ``phrases``, longest first, spaces matching any run of
    white space, each ending on a word boundary unless it ends in "-" or "."."""
    alternatives = []
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(part) for part in phrase.split())
        if boundary and (phrase[-1].isalnum() or phrase[-1] in "'’"):
            pattern += r"(?!\w)"
        alternatives.append(pattern)
    return "(?:" + "|".join(alternatives) + ")" if alternatives else "(?!)"


@dataclass(frozen=True)
class Lexicon:
    """Phrase → meaning tables for one language (keys lower-cased, single-spaced)."""

    language: str
    months: dict[str, int]
    wide_months: frozenset[str]
    weekdays: dict[str, int]
    modifiers: dict[str, int]  # "vorige" → -1, "deze" → 0, "volgende" → 1
    units: dict[str, str]  # "weken" → "week"
    seasons: dict[str, int]  # "zomer" → 6 (the month it starts)
    quarters: dict[str, int]  # "derde kwartaal" → 7 (the month it starts)
    holidays: dict[str, tuple[int, int]]  # "eerste kerstdag" → (12, 25)
    relative_days: dict[str, int]
    numbers: dict[str, int]
    anaphora: dict[str, str]  # "de volgende dag" → "next_day"
    vague: dict[str, str]  # "onlangs" → "month"
    vague_counts: frozenset[str]
    ago: frozenset[str]
    later: frozenset[str]
    earlier: frozenset[str]
    ahead: frozenset[str]
    ahead_if_future: frozenset[str]
    default_direction: str
    numeric_order: str


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns of one language and the tables to read their matches."""

    lexicon: Lexicon
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (shape, pattern), most specific first
    not_dates: re.Pattern[str]


def normalize(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@functools.cache
def grammar(language: str) -> Grammar:
    """The compiled grammar of ``language`` (built on first use, then cached)."""
    data = load_language(language)["dates"]
    names = calendar_names(language)
    patterns = tuple((shape, re.compile(rf"(?<![\w-]){pattern}", re.I))
                     for shape, pattern in _shapes(data, names, _pieces(data, names)))
    not_dates = re.compile(rf"(?<!\w){words(data['not_dates'])}", re.I)
    return Grammar(lexicon=_lexicon(language, data, names), patterns=patterns, not_dates=not_dates)


def _shapes(data: dict, names, g: dict[str, str]) -> list[tuple[str, str]]:
    """``(shape, pattern)`` for every kind of expression, most specific first."""
    shapes = [
        ("numeric", rf"(?<![\w./-])(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
                    rf"|(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}))(?![\w/]|[.-]\d)"),
    ]
    weekday_prefix = rf"(?:(?P<wd>{names.weekday_any})(?:{g['daypart']})?,?{S})?"
    if "day_month" in data["textual_orders"]:
        shapes.append(("day_month", (
            rf"(?:(?P<cue>{g['day_cue']}){J})?{weekday_prefix}(?:{g['day_prefix']}{S})?"
            + DAY.format("d1", g["ordinal"]) + rf"(?:{S}(?P<mon0>{names.month_any})(?!\w))?"
            + rf"(?:{OS}{g['join']}{OS}(?:{g['day_prefix']}{S})?" + DAY2.format("d2", g["ordinal"]) + ")?"
            + rf"{S}(?:{g['of']}{S})?(?P<mon>{names.month_any})(?!\w)(?:,?{S}" + YEAR.format("year") + ")?"
        )))
    orders = data["textual_orders"]
    if "month_day" in orders or "month_day_year" in orders:
        shapes.append(("month_day", (
            rf"(?:(?P<cue>{g['day_cue']}){J})?{weekday_prefix}(?P<mon>{names.month_any}){S}"
            rf"(?:{g['day_prefix']}{S})?" + DAY.format("d1", g["ordinal"])
            + rf"(?:{OS}{g['join']}{OS}(?:{names.month_any}{S})?" + DAY2.format("d2", g["ordinal"]) + ")?"
            + rf"(?:,?{S}" + YEAR.format("year") + r")" + ("?" if "month_day" in orders else "")
            + r"(?!\s*(?:%|[.,]\d))"
        )))
    cue_part = rf"(?:(?P<cue>{{}}){J})?(?:(?P<part>{g['part']}){J})?"
    cue_part_article = cue_part + rf"(?:{g['article']}{S})?"  # "in de zomer", "het afgelopen jaar"
    year_or_relative = (rf"(?:(?:{S}{g['of']})?{S}" + YEAR.format("year")
                        + rf"|{S}(?:{g['of']}{S})?(?P<mod2>{g['modifier']}){S}(?P<yunit>{g['year_unit']}))?")
    shapes += [
        ("month", cue_part.format(g["month_cue"]) + rf"(?:(?P<mod>{g['modifier']}){S})?"
                  rf"(?P<mon>{names.month_any})(?!\w)" + year_or_relative),
        ("season", cue_part_article.format(g["month_cue"] + "|" + g["year_cue"]) + rf"(?:(?P<mod>{g['modifier']}){S})?"
                   rf"(?P<season>{g['season']})" + year_or_relative),
        # "tussen 2020 en 2024" is a range, "in 2020 en 2021" a list (see dates._listed_years)
        ("year", rf"(?:(?P<rstart>{g['range_start']}){J}|" + cue_part.format(g["year_cue"]) + ")"
                 + YEAR.format("year") + rf"(?:{OS}(?:{g['plain_join']}|(?(rstart){g['list_join']}|(?!))){OS}"
                 + YEAR.format("year2") + rf")?(?!\s*{g['count_noun']})"),
        ("attributive_year", rf"(?P<cue>{g['attributive_year']}){S}" + YEAR.format("year")
                             + rf"(?=[\s-]+(?-i:[a-z]))(?!\s*{g['count_noun']})"),
        ("quarter", cue_part_article.format(g["month_cue"] + "|" + g["year_cue"]) + rf"(?P<quarter>{g['quarter']})"
                    + year_or_relative),
        ("week_number", rf"(?:(?P<cue>{g['month_cue']}|{g['year_cue']}){J})?(?P<wkw>{g['week_number']}){S}"
                        rf"(?P<week>[1-9]|[1-4]\d|5[0-3])(?!\d|[.,]\d)(?:{S}(?:{g['of']}{S})?" + YEAR.format("year") + ")?"
                        rf"(?!{S}{g['of']}{S})"),  # "week 1 van de competitie" is a round
        ("weak_year", rf"(?P<cue>{g['weak_year']}){S}" + YEAR.format("year")
                      + rf"(?=\s*(?:[.,;:!?)\]»”’\"']|$|{g['join']}))"),
        ("weekday", rf"(?:(?P<cue>{g['day_cue']}){J})?(?:(?P<part>{g['part']}){J})?"
                    rf"(?:(?P<mod>{g['modifier']}){S}(?:(?P<wk>{g['week_unit']}){S})?)?"
                    rf"(?P<wd>{names.weekday_wide})(?:{g['daypart']})?(?!\w)"
                    rf"(?:{S}{g['join']}{S}{names.weekday_wide}(?:{g['daypart']})?(?!\w))?"  # "zaterdag op zondag"
                    rf"(?:{S}(?:{g['of']}{S})?(?P<mod2>{g['modifier']}){S}(?P<wk2>{g['week_unit']}))?"),
        ("weekend", rf"(?P<cue>{g['weekend_cue']}){S}(?:{g['article']}{S})?(?P<unit>{g['weekend']})"),
        ("holiday", rf"(?:(?P<cue>{g['day_cue']}){J})?(?P<holiday>{g['holiday']})(?:{S}" + YEAR.format("year") + ")?"),
        ("relative_unit", cue_part_article.format(g["year_cue"] + "|" + g["day_cue"])
                          + rf"(?:(?P<mod>{g['modifier']}){S})?(?P<unit>{g['singular_unit']})"),
        ("relative_day", rf"(?:(?P<cue>{g['day_cue']}){J})?(?P<rel>{g['relative_day']})(?:{g['daypart']})?(?!\w)"),
        ("ago", rf"(?:(?P<approx>{g['approximator']}){S})?(?P<num>\d{{1,3}}|{g['number']}|{g['vague_count']})"
                rf"{S}(?P<unit>{g['unit']}){S}(?P<dir>{g['ago']}|{g['later']}|{g['earlier']}|{g['ahead_suffix']})"),
        ("ahead", rf"(?P<dir>{g['ahead_prefix']}){S}(?:(?P<approx>{g['approximator']}){S})?"
                  rf"(?P<num>\d{{1,3}}|{g['number']}|{g['vague_count']}){S}(?P<unit>{g['unit']})"),
        # "the day before" counts from a date, "the day before the vote" from an event
        ("anaphora", rf"(?<!\w)(?P<ana>{g['anaphora']}|{g['open_anaphora']}(?!{S}{g['determiner']}))"),
        ("vague", rf"(?<!\w)(?P<vague>{g['vague']})"),
    ]
    return shapes


def _pieces(data: dict, names) -> dict[str, str]:
    """The word alternations the shapes are made of."""
    units = data["units"]
    anaphora = [w for ws in data["anaphora"].values() for w in ws]
    # phrases ending in a preposition ("the day before") must not run into a noun phrase
    cue_words = {w.lower() for w in data["cues"]["year"] + data["day_cues"]}
    return {
        "day_cue": words(data["day_cues"] + data["range_starts"]),
        "count_noun": words(data["not_after_year"]),
        "month_cue": words(data["cues"]["month"]),
        "year_cue": words(data["cues"]["year"] + data["range_starts"]),
        "weak_year": words(data["cues"]["weak_year"]),
        "attributive_year": words(data["cues"]["attributive_year"]),
        "quarter": words([w for ws in data["quarters"].values() for w in ws]),
        "week_number": words(data["week_numbers"]),
        "weekend_cue": words(data["weekend_cues"]),
        "holiday": words([w for ws in data["holidays"].values() for w in ws]),
        "weekend": words(units["weekend"]),
        "part": words(data["parts"]),
        "of": words(data["of"]),
        "article": words(data["articles"]),
        "determiner": words(data["articles"] + data["tense"]["not_past_after"]),
        "join": words(data["range_joiners"]),
        "plain_join": words(set(data["range_joiners"]) - set(data["list_joiners"])),
        "list_join": words(data["list_joiners"]),
        "range_start": words(data["range_starts"]),
        "day_prefix": words(data["day_prefix"]),
        "ordinal": words(data["ordinal_suffixes"], boundary=False),
        "daypart": r"\s?" + words(data["day_parts"], boundary=False),
        "modifier": words([w for ws in data["modifiers"].values() for w in ws]),
        "unit": words([w for ws in units.values() for w in ws]),
        # the first word of each unit list is its singular ("vorige week", not "vorige weken")
        "singular_unit": words([ws[0] for key, ws in units.items() if key != "day"]),
        "week_unit": words(units["week"]),
        "year_unit": words(units["year"]),
        "season": words([w for ws in data["seasons"].values() for w in ws]),
        "relative_day": words([w for ws in data["relative_days"].values() for w in ws], boundary=False),
        "number": words([w for ws in data["numbers"].values() for w in ws]),
        "vague_count": words(data["vague_counts"]),
        "approximator": words(data["approximators"]),
        "ago": words(data["ago"]),
        "later": words(data["later"]),
        "earlier": words(data["earlier"]),
        "ahead_prefix": words(data["ahead_prefix"] + data["ahead_prefix_if_future"]),
        "ahead_suffix": words(data["ahead_suffix"]),
        "anaphora": words([w for w in anaphora if w.split()[-1].lower() not in cue_words]),
        "open_anaphora": words([w for w in anaphora if w.split()[-1].lower() in cue_words]),
        "vague": words([w for ws in data["vague"].values() for w in ws]),
    }


def _lexicon(language: str, data: dict, names) -> Lexicon:
    def invert(mapping: dict, convert=lambda key: key) -> dict:
        return {normalize(word): convert(key) for key, ws in mapping.items() for word in ws}

    signs = {"last": -1, "this": 0, "next": 1}
    season_months = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
    return Lexicon(
        language=language,
        months=names.months,
        wide_months=names.wide_months,
        weekdays=names.weekdays,
        modifiers=invert(data["modifiers"], signs.__getitem__),
        units=invert(data["units"]),
        seasons=invert(data["seasons"], season_months.__getitem__),
        quarters=invert(data["quarters"], lambda key: 3 * int(key) - 2),
        holidays=invert(data["holidays"], lambda key: (int(key[:2]), int(key[3:]))),
        relative_days=invert(data["relative_days"], int),
        numbers=invert(data["numbers"], int),
        anaphora=invert(data["anaphora"]),
        vague=invert(data["vague"]),
        vague_counts=frozenset(normalize(w) for w in data["vague_counts"]),
        ago=frozenset(normalize(w) for w in data["ago"]),
        later=frozenset(normalize(w) for w in data["later"]),
        earlier=frozenset(normalize(w) for w in data["earlier"]),
        ahead=frozenset(normalize(w) for w in data["ahead_prefix"] + data["ahead_suffix"]),
        ahead_if_future=frozenset(normalize(w) for w in data["ahead_prefix_if_future"]),
        default_direction=data["default_direction"],
        numeric_order=data["numeric_order"],
    )
