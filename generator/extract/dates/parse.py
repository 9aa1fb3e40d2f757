"""Turn a pattern match into a ``Spec``: what the expression says, not yet when.

A ``Spec`` holds the pieces the text gives (a year, a month, a weekday, "two
weeks ago") and the finest granularity they support. Resolving it against the
publication date is ``resolve``'s job. A parser returns ``None`` when
the match turns out to be no date ("maart" with nothing around it, "Black
Friday").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.extract.dates.grammar import Lexicon, normalize

ANAPHORA = {
    "same_day": ("day", 0),
    "next_day": ("day", 1),
    "previous_day": ("day", -1),
    "next_year": ("year", 1),
    "previous_year": ("year", -1),
}
UNIT_GRANULARITY = {"day": "day", "week": "week", "weekend": "week", "month": "month", "year": "year"}
_WORD_BEFORE = re.compile(r"(\w+)[^\w]*$")


class Spec(NamedTuple):
    """The structure of one temporal expression (a tuple: one is made per match, and a
    frozen dataclass of this many fields costs several times more to make)."""

    kind: str  # calendar | season | week | weekday | weekend | relative | shift | vague
    granularity: str  # the finest granularity the words support
    approximate: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    year_offset: int | None = None  # "oktober volgend jaar": +1 from the publication year
    month_modifier: int | None = None  # "last October" -1, "this June" 0, "next March" +1
    week_offset: int | None = None  # "vorige week woensdag": -1
    week: int | None = None  # an ISO week number ("in week 12")
    unit: str | None = None  # relative and shift: day, week, weekend, month, year
    count: int | None = 0  # relative: -1/0/+1 (weekday: None = by tense); shift: signed count
    from_reference: bool = False  # counted from the date mentioned last ("drie dagen later")
    rough: bool = False  # "a few weeks ago": the count is a guess
    needs_future: bool = False  # "in three months" is a date only in a clause about the future


def parse(shape: str, match: re.Match[str], lexicon: Lexicon, text: str) -> Spec | None:
    """The ``Spec`` of a ``shape`` match in ``text``, or ``None`` if it is no date."""
    return _PARSERS[shape](match.groupdict(), lexicon, text, match.start())


def _numeric(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    if g["iy"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    else:
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        day, month = (a, b) if lexicon.numeric_order == "dmy" or a > 12 else (b, a)
    return Spec("calendar", "day", year=year, month=month, day=day)


def _day_month(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    month = lexicon.months[(g.get("mon0") or g["mon"]).lower().rstrip(".")]
    weekday = lexicon.weekdays[g["wd"].lower().rstrip(".")] if g["wd"] and not g["d2"] else None
    year = int(g["year"]) if g["year"] else None
    return Spec("calendar", "day", year=year, month=month, day=int(g["d1"]), weekday=weekday)


def _month(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    name = g["mon"].lower().rstrip(".")
    year = int(g["year"]) if g["year"] else None
    if year is None and name not in lexicon.wide_months:
        return None  # "jan" alone is a name, not January
    if not (g["cue"] or g["part"] or g["mod"] or year or g["mod2"]):
        return None  # a bare month name ("Theresa May", "keizer Augustus")
    return Spec(
        "calendar", "month", approximate=bool(g["part"]), year=year, month=lexicon.months[name],
        year_offset=lexicon.modifiers[normalize(g["mod2"])] if g["mod2"] else None,
        month_modifier=lexicon.modifiers[normalize(g["mod"])] if g["mod"] else None,
    )


def _season(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    year = int(g["year"]) if g["year"] else None
    if not (g["cue"] or g["mod"] or year or g["mod2"]):
        return None
    if g["season"][:1].isupper() and text[: text.find(g["season"], start)].strip():
        return None  # a capital inside a sentence makes a name: "the Summer Games", "Winterspelen"
    return Spec(
        "season", "year", approximate=True, year=year, month=lexicon.seasons[normalize(g["season"])],
        year_offset=lexicon.modifiers[normalize(g["mod2"])] if g["mod2"] else None,
        month_modifier=lexicon.modifiers[normalize(g["mod"])] if g["mod"] else None,
    )


def _quarter(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    """A quarter is dated to its year: the timeline has no quarter granularity."""
    year = int(g["year"]) if g["year"] else None
    return Spec(
        "season", "year", approximate=bool(g["part"]), year=year, month=lexicon.quarters[normalize(g["quarter"])],
        year_offset=lexicon.modifiers[normalize(g["mod2"])] if g["mod2"] else None,
    )


def _week_number(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    """"in week 12" or "week 12 van 2025": an ISO week (a bare "week 1" may be a sports round)."""
    year = int(g["year"]) if g["year"] else None
    if not (g["cue"] or year):
        return None
    return Spec("week", "week", year=year, week=int(g["week"]))


def _year(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    if not (g.get("cue") or g.get("part") or g.get("rstart")):
        return None
    return Spec("calendar", "year", approximate=bool(g.get("part")), year=int(g["year"]))


def _weekday(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    if g["wd"][:1].isupper() and not (g["cue"] or g["part"] or g["mod"]) and _after_capitalized_word(text, start):
        return None  # "Black Friday", "Super Tuesday", "Goede Vrijdag" (but "premier Schoof dinsdag")
    week_modifier = g["mod"] if g["wk"] else g["mod2"]
    return Spec(
        "weekday", "day", weekday=lexicon.weekdays[g["wd"].lower()],
        week_offset=lexicon.modifiers[normalize(week_modifier)] if week_modifier else None,
        count=lexicon.modifiers[normalize(g["mod"])] if g["mod"] and not g["wk"] else None,
    )


def _relative_unit(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    if not g["mod"] and not g["part"]:
        return None  # "the week" alone; but "the end of the year" is this year's end
    unit = lexicon.units[normalize(g["unit"])]
    return Spec("relative", UNIT_GRANULARITY[unit], approximate=bool(g["part"]), unit=unit,
                count=lexicon.modifiers[normalize(g["mod"])] if g["mod"] else 0)


def _weekend(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    """"over the weekend": the last one or the next, as the clause's tense says."""
    return Spec("weekend", "week", unit="weekend", count=None)


def _holiday(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    month, day = lexicon.holidays[normalize(g["holiday"])]
    return Spec("calendar", "day", year=int(g["year"]) if g["year"] else None, month=month, day=day)


def _relative_day(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    return Spec("relative", "day", unit="day", count=lexicon.relative_days[normalize(g["rel"])])


def _shift(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    number, direction = normalize(g["num"]), normalize(g["dir"])
    count = int(number) if number.isdigit() else lexicon.numbers.get(number)
    unit = lexicon.units[normalize(g["unit"])]
    if unit == "weekend" or count == 0 or (count or 0) > 100:
        return None
    sign = -1 if direction in lexicon.ago or direction in lexicon.earlier else 1
    return Spec(
        "shift", UNIT_GRANULARITY[unit], approximate=bool(g["approx"]) or count is None, unit=unit,
        count=sign * (count or 1), rough=count is None,
        from_reference=direction in lexicon.later or direction in lexicon.earlier,
        needs_future=direction in lexicon.ahead_if_future,
    )


def _anaphora(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    unit, count = ANAPHORA[lexicon.anaphora[normalize(g["ana"])]]
    return Spec("shift", unit, unit=unit, count=count, from_reference=True)


def _vague(g: dict, lexicon: Lexicon, text: str, start: int) -> Spec | None:
    return Spec("vague", lexicon.vague[normalize(g["vague"])], approximate=True)


def _after_capitalized_word(text: str, start: int) -> bool:
    """True when a capitalized word that does not start the text comes right before."""
    before = text[max(0, start - 40) : start]
    match = _WORD_BEFORE.search(before)
    if not match or not match.group(1)[:1].isupper() or not before[match.end(1):].isspace():
        return False
    head = text[: start - len(before) + match.start(1)].rstrip()
    return bool(head) and head[-1] not in ".!?:;\"'‘“„«(—–-"


_PARSERS = {
    "numeric": _numeric,
    "day_month": _day_month,
    "month_day": _day_month,
    "month": _month,
    "season": _season,
    "year": _year,
    "weak_year": _year,
    "attributive_year": _year,
    "quarter": _quarter,
    "week_number": _week_number,
    "weekend": _weekend,
    "holiday": _holiday,
    "weekday": _weekday,
    "relative_unit": _relative_unit,
    "relative_day": _relative_day,
    "ago": _shift,
    "ahead": _shift,
    "anaphora": _anaphora,
    "vague": _vague,
}
