"""Resolve a ``Spec`` against the publication date: which day, week, month or year.

The publication date may itself be partial. A date is never finer than both
the words and the anchor allow: "vorige week" in an article dated only
``2025-01`` is ``2025-01`` (approximate), never a made-up week. ``direction``
("past", "future" or "nearest") comes from the tense of the clause and decides
which Tuesday or which February is meant.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from generator.extract.dates.parse import Spec
from generator.model import GRANULARITY_ORDER, PartialDate

Resolved = tuple[PartialDate, bool]  # (date, approximate)
_WRITTEN_BEFORE = 10  # days between writing and publishing that still count as "now"
_VAGUE_COUNT = 3  # "a few", "enkele": counted as three, the result rough and approximate


class Reference(NamedTuple):
    """The dates mentioned so far that "drie dagen later" or "a year later" count from.

    Days and weeks count from the last expression that named a day or week
    ("on Wednesday", even when only its month is known); longer units from
    the last date of any kind. A tuple: one is made per date found.
    """

    last: Resolved | None = None
    last_day: Resolved | None = None

    def base(self, unit: str) -> Resolved | None:
        return self.last_day if unit in ("day", "week", "weekend") else self.last

    def after(self, date: PartialDate, approximate: bool, finest: str) -> "Reference":
        """This reference once a date has been mentioned."""
        daily = (date, approximate) if finest in ("day", "week") else self.last_day
        return Reference((date, approximate), daily)

    @classmethod
    def of(cls, date: PartialDate | None) -> "Reference":
        return cls((date, False), (date, False)) if date is not None else cls()


def resolve(spec: Spec, anchor: PartialDate | None, direction: str,
            reference: Reference | None = None) -> Resolved | None:
    """The date ``spec`` means, or ``None`` when the text does not pin one down."""
    try:
        return _RESOLVERS[spec.kind](spec, anchor, direction, reference)
    except (ValueError, OverflowError):  # 30 februari, year 0: no date
        return None


def coarsen(date: PartialDate, granularity: str) -> PartialDate:
    """``date`` cut down to ``granularity`` (never made finer)."""
    if GRANULARITY_ORDER[date.granularity] <= GRANULARITY_ORDER[granularity]:
        return date
    if granularity == "year":
        return PartialDate(date.year)
    if granularity == "month":
        return PartialDate(date.year, date.first_day.month)
    iso = date.first_day.isocalendar()
    return PartialDate(iso[0], week=iso[1])


def _calendar(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    year = spec.year
    if year is None and spec.year_offset is not None:
        year = anchor.year + spec.year_offset if anchor else None
    elif year is None and spec.month_modifier is not None and anchor and anchor.month:
        year = _modified_month_year(spec.month, spec.month_modifier, anchor)
    elif year is None and spec.granularity == "year":
        return None
    elif year is None:
        year = _infer_year(spec, anchor, direction) if anchor else None
    if year is None:
        return None
    return PartialDate(year, spec.month, spec.day), spec.approximate


def _modified_month_year(month: int, modifier: int, anchor: PartialDate) -> int:
    """"last October" is the October before the anchor's month, "next March" the one after."""
    if modifier < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if modifier > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def _infer_year(spec: Spec, anchor: PartialDate, direction: str) -> int:
    """The year of a day or month given without one: the occurrence nearest the
    anchor in ``direction``, and one whose weekday matches when a weekday is given."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            date = dt.date(year, spec.month, spec.day or 1)
        except ValueError:
            continue
        if spec.weekday is None or date.weekday() == spec.weekday:
            candidates.append(year)
    candidates = candidates or [anchor.year]

    def key(year: int) -> tuple:
        parts = (year, spec.month, spec.day or 0)
        size = {"year": 1, "month": 2}.get(anchor.granularity, 3 if spec.day else 2)
        return parts[:size]

    here = (anchor.year, anchor.month or 0, anchor.day or 0)[: len(key(anchor.year))]
    middle = anchor.first_day

    def distance(year: int) -> int:
        return abs((dt.date(year, spec.month, spec.day or 1) - middle).days)

    nearest = min(candidates, key=distance)
    if direction == "past":
        past = [y for y in candidates if key(y) <= here]
        chosen = max(past) if past else min(candidates)
    elif direction == "future":
        future = [y for y in candidates if key(y) >= here]
        chosen = min(future) if future else max(candidates)
    else:
        return nearest
    # "De campagne start op 2 oktober" in an article of 3 October was written the
    # day before: a date days away beats one the tense puts almost a year off.
    if spec.day and distance(nearest) <= _WRITTEN_BEFORE and distance(chosen) > 180:
        return nearest
    return chosen


def _season(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    """A season or a quarter: the year it starts in (seasons are approximate)."""
    if spec.year is not None:
        return PartialDate(spec.year), spec.approximate
    if anchor is None:
        return None
    if spec.year_offset is not None:
        return PartialDate(anchor.year + spec.year_offset), spec.approximate
    if anchor.month is None:
        return PartialDate(anchor.year), True
    # The season (or quarter) that started last, at or before the anchor's month;
    # "vorig najaar" in October is the autumn before the current one.
    latest = anchor.year if spec.month <= anchor.month else anchor.year - 1
    ongoing = (anchor.month - spec.month) % 12 < 3
    modifier = spec.month_modifier
    if modifier is None:
        modifier = -1 if direction == "past" else 1
        latest -= 1 if ongoing else 0  # "in de zomer" in July is this summer, either way
    year = {-1: latest - 1 if ongoing else latest, 0: latest if ongoing else latest + 1}.get(modifier, latest + 1)
    return PartialDate(year), spec.approximate


def _week(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    """An ISO week number: of the year given, else the occurrence nearest the anchor
    in the clause's direction (week 2 in a December article is next January's)."""
    number = spec.week
    if spec.year is not None:
        return PartialDate(spec.year, week=number), False
    if anchor is None:
        return None
    here = anchor.first_day
    weeks = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            weeks.append(dt.date.fromisocalendar(year, number, 1))
        except ValueError:
            continue
    if not weeks:
        return None
    if direction == "past":
        monday = max((w for w in weeks if w <= here), default=min(weeks))
    elif direction == "future" and anchor.granularity == "day":
        monday = min((w for w in weeks if w + dt.timedelta(days=6) >= here), default=max(weeks))
    else:
        monday = min(weeks, key=lambda w: abs((w - here).days))
    iso = monday.isocalendar()
    return PartialDate(iso[0], week=iso[1]), anchor.granularity == "year"


def _weekday(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    if anchor is None:
        return None
    if anchor.day is None:
        return anchor, True  # "on Tuesday" in an article dated 2025-01: some day that month
    today = anchor.first_day
    if spec.week_offset is not None:
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=spec.week_offset)
        return PartialDate.from_date(monday + dt.timedelta(days=spec.weekday)), False
    back = (today.weekday() - spec.weekday) % 7
    forward = (spec.weekday - today.weekday()) % 7
    if spec.count == -1:  # "afgelopen dinsdag": strictly before
        days = -(back or 7)
    elif spec.count == 1:  # "komende dinsdag": strictly after
        days = forward or 7
    elif spec.count == 0 or direction == "future":
        days = forward
    elif direction == "past":
        days = -back
    else:
        days = -back if back <= forward else forward
    return PartialDate.from_date(today + dt.timedelta(days=days)), False


def _relative(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    if anchor is None:
        return None
    return _shift_from(anchor, spec.unit, spec.count, spec.approximate, weekend=spec.unit == "weekend")


def _shift(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    base, inherited = (anchor, False) if not spec.from_reference else (
        (reference or Reference()).base(spec.unit) or (None, False))
    if base is None:
        return None
    resolved = _shift_by(spec, base)
    return (resolved[0], resolved[1] or inherited) if resolved else None


def _shift_by(spec: Spec, base: PartialDate) -> Resolved | None:
    if spec.rough:  # "een paar weken geleden": a rough month, never a rough year
        if spec.unit == "year":
            return None
        shifted = _shift_from(base, spec.unit, spec.count * _VAGUE_COUNT, True)
        return (coarsen(shifted[0], "month"), True) if shifted else None
    return _shift_from(base, spec.unit, spec.count, spec.approximate)


def _shift_from(base: PartialDate, unit: str, count: int, approximate: bool,
                weekend: bool = False) -> Resolved | None:
    """``base`` moved by ``count`` units, at the coarser of the unit and the base."""
    unit_granularity = "week" if unit == "weekend" else unit
    if GRANULARITY_ORDER[base.granularity] < GRANULARITY_ORDER[unit_granularity]:
        return base, True  # the anchor is too coarse to count days or weeks in
    if unit == "year":
        return PartialDate(base.year + count), approximate
    if unit == "month":
        index = base.year * 12 + (base.first_day.month - 1) + count
        return PartialDate(index // 12, index % 12 + 1), approximate
    day = base.first_day
    if unit == "day":
        if base.granularity == "week":
            return coarsen(base, "week"), True
        return PartialDate.from_date(day + dt.timedelta(days=count)), approximate
    if weekend and count > 0 and day.weekday() < 5:
        count -= 1  # on a weekday, "komend weekend" is the one ending this week
    target = (day + dt.timedelta(weeks=count)).isocalendar()
    return PartialDate(target[0], week=target[1]), approximate


def _weekend(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    """A weekend named without "last" or "next": the one before publication in a
    past clause (this one when published on a Saturday or Sunday), else the next."""
    if anchor is None:
        return None
    weekday = anchor.first_day.weekday() if anchor.day else None
    if direction == "past":
        count = 0 if weekday is not None and weekday >= 5 else -1
    else:
        count = 0 if weekday is None or weekday < 5 else 1
    return _shift_from(anchor, "weekend", count, False, weekend=True)


def _vague(spec: Spec, anchor: PartialDate | None, direction: str, reference) -> Resolved | None:
    if anchor is None:
        return None
    return coarsen(anchor, spec.granularity), True


_RESOLVERS = {
    "calendar": _calendar,
    "season": _season,
    "week": _week,
    "weekend": _weekend,
    "weekday": _weekday,
    "relative": _relative,
    "shift": _shift,
    "vague": _vague,
}
