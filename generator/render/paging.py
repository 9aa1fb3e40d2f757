"""Keep every page bounded in size, however big the corpus grows.

Two pages grow with the corpus: the global timeline (every event of every
article) and the page of an actor the news keeps quoting. At 10,000 articles
either would be megabytes of HTML: slow to render, to build with MkDocs, to
index for search and to read. A small site keeps one page each; past
``TIMELINE_PAGE_LIMIT`` entries the timeline becomes one page per year (and a
crowded year one page per month), and past ``ACTOR_PAGE_LIMIT`` positions or
events an actor's page continues on numbered pages. Nothing is left out:
every entry and every position stays on exactly one page.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from generator.model import ActorProfile, PartialDate, TimelineEntry

TIMELINE_PAGE_LIMIT = 300  # timeline entries on one page before it is split by period
ACTOR_PAGE_LIMIT = 100  # positions (and events) on one page of an actor
ACTOR_BRIEFINGS_SHOWN = 50  # briefings named at the top of an actor's page; the rest by count
TIMELINE_SOURCES_SHOWN = 10  # sources named on a timeline entry; the rest by count
TIMELINE_BRIEFINGS_SHOWN = 5  # briefings named on a timeline entry; the rest by count


@dataclass(frozen=True)
class PeriodLink:
    """A link from a timeline page to the page of a narrower period."""

    period: PartialDate
    path: str
    entries: int


@dataclass(frozen=True)
class TimelinePage:
    """One page of the global timeline.

    ``period`` is ``None`` for the top page (``timeline.md``), a year or a
    month otherwise. ``entries`` are the entries shown on the page itself,
    ``parts`` the narrower periods it links to.
    """

    path: str
    period: PartialDate | None
    entries: tuple[TimelineEntry, ...]
    parts: tuple[PeriodLink, ...] = ()
    parent: str | None = None


def timeline_pages(timeline: Sequence[TimelineEntry], limit: int | None = None) -> list[TimelinePage]:
    """The timeline as one page, or as an index of years with a page (or pages) per year."""
    limit = limit or TIMELINE_PAGE_LIMIT
    if len(timeline) <= limit:
        return [TimelinePage("timeline.md", None, tuple(timeline))]
    pages: list[TimelinePage] = []
    years: list[PeriodLink] = []
    for year, entries in _group(timeline, key=lambda entry: entry.event.date.year):
        path = f"timeline/{year:04d}.md"
        years.append(PeriodLink(PartialDate(year), path, len(entries)))
        pages.extend(_year_pages(year, entries, path, limit))
    return [TimelinePage("timeline.md", None, (), tuple(years)), *pages]


def _year_pages(year: int, entries: tuple[TimelineEntry, ...], path: str, limit: int) -> list[TimelinePage]:
    """One page for the year; a crowded year keeps its year-only dates and links to its months."""
    if len(entries) <= limit:
        return [TimelinePage(path, PartialDate(year), entries, parent="timeline.md")]
    year_only = tuple(e for e in entries if e.event.date.granularity == "year")
    finer = (e for e in entries if e.event.date.granularity != "year")
    months, pages = [], []
    for month, month_entries in _group(finer, key=_month):
        month_path = f"timeline/{year:04d}-{month:02d}.md"
        months.append(PeriodLink(PartialDate(year, month), month_path, len(month_entries)))
        pages.append(TimelinePage(month_path, PartialDate(year, month), month_entries, parent=path))
    return [TimelinePage(path, PartialDate(year), year_only, tuple(months), parent="timeline.md"), *pages]


def _month(entry: TimelineEntry) -> int:
    """The month an entry is listed under; a week counts in the month of its Thursday (ISO 8601)."""
    date = entry.event.date
    if date.week is not None:
        return _dt.date.fromisocalendar(date.year, date.week, 4).month
    return date.month


def _group(entries: Iterable[TimelineEntry], key: Callable[[TimelineEntry], int]):
    """Entries by ``key``, keys ascending, each group in timeline order.

    Not ``itertools.groupby``: an ISO week sorts by its Monday, which can fall
    in the previous year, so a year's entries need not be contiguous.
    """
    groups: dict[int, list[TimelineEntry]] = {}
    for entry in entries:
        groups.setdefault(key(entry), []).append(entry)
    return [(k, tuple(groups[k])) for k in sorted(groups)]


@dataclass(frozen=True)
class ActorPage:
    """One page of an actor: a slice of its positions and events, newest first."""

    profile: ActorProfile
    number: int  # 1-based
    paths: tuple[str, ...]  # every page of this actor, in order
    positions: tuple
    events: tuple

    @property
    def path(self) -> str:
        return self.paths[self.number - 1]


def actor_pages(profile: ActorProfile, first_path: str, limit: int | None = None) -> list[ActorPage]:
    """``actors/<id>.md``, then ``actors/<id>/2.md``, … while positions or events remain."""
    limit = limit or ACTOR_PAGE_LIMIT
    count = max(1, math.ceil(len(profile.positions) / limit), math.ceil(len(profile.events) / limit))
    stem = first_path[: -len(".md")]
    paths = (first_path, *(f"{stem}/{number}.md" for number in range(2, count + 1)))
    return [
        ActorPage(profile, number, paths,
                  profile.positions[(number - 1) * limit: number * limit],
                  profile.events[(number - 1) * limit: number * limit])
        for number in range(1, count + 1)
    ]
