"""Site-wide lookups the templates need, computed once per build.

Kept out of the templates so a page does not search the whole site for
each item, and out of the model because they only serve presentation.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from generator.model import (
    Article,
    Briefing,
    Event,
    PartialDate,
    Site,
    SourceRef,
    TimelineEntry,
)
from generator.render.paging import TimelinePage, timeline_pages


@dataclass
class SiteIndex:
    """Briefings by slug, events by their sentence, the article each role was found in."""

    site: Site
    briefings: dict[str, Briefing] = field(init=False)
    _events: dict[tuple[SourceRef, PartialDate], Event] = field(init=False)
    _roles: dict[tuple[str, str], Article] = field(init=False)
    _timelines: dict[str, list[TimelineEntry]] = field(init=False)
    timeline_pages: list[TimelinePage] = field(init=False)
    _timeline_page_of: dict[int, str] = field(init=False)

    def __post_init__(self) -> None:
        site = self.site
        self.briefings = {b.slug: b for b in site.briefings}
        self._events = {(e.source, e.date): e for b in site.briefings for e in b.events}
        self._roles = {}
        for briefing in site.briefings:
            for extraction in briefing.extractions:
                for actor in extraction.actors:
                    if actor.role:
                        self._roles.setdefault((actor.id, actor.role), extraction.article)
        self._timelines = {}
        for entry in site.timeline:
            for slug in entry.briefings:
                self._timelines.setdefault(slug, []).append(entry)
        self.timeline_pages = timeline_pages(site.timeline)
        # Entries by identity: they live as long as the site, and hashing one would hash its event.
        self._timeline_page_of = {id(e): page.path for page in self.timeline_pages for e in page.entries}

    def briefing_timeline(self, slug: str) -> list[TimelineEntry]:
        """The global timeline's entries of one briefing: an event reported twice shows once."""
        return self._timelines.get(slug, [])

    def entry_event(self, entry: TimelineEntry, language: str) -> Event:
        """The report of a timeline entry to show: one written in ``language`` when there is one."""
        for ref in entry.sources:
            event = self._events.get((ref, entry.event.date))
            if event is not None and self.site.articles[ref.article].language == language:
                return event
        return entry.event

    def role_article(self, actor_id: str, role: str) -> Article | None:
        """The article a role was found in (its language is the role's language)."""
        return self._roles.get((actor_id, role))

    def own_sources(self, entry: TimelineEntry, slug: str) -> list[SourceRef]:
        """The sources of a timeline entry that belong to briefing ``slug``."""
        return [ref for ref in entry.sources if self.site.articles[ref.article].briefing == slug]

    def timeline_page_of(self, entry: TimelineEntry) -> str:
        """The global timeline page that lists ``entry``."""
        return self._timeline_page_of[id(entry)]


def entry_anchor(entry: TimelineEntry) -> str:
    """A stable HTML id for a timeline entry: from its first report's sentence and its date."""
    ref = entry.event.source
    key = f"{ref.article}|{ref.paragraph}|{ref.sentence}|{entry.event.date.isoformat()}"
    return "e-" + hashlib.blake2b(key.encode(), digest_size=5).hexdigest()
