"""Merge per-article extractions into briefings, actor profiles and one timeline.

The assemble stage: it applies the editors' actor fixes (``content/actors.yml``),
links the same actor across briefings by id and shows an event reported by
several sources once, with all of them.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from generator.model import (
    GRANULARITY_ORDER,
    Actor,
    ActorProfile,
    Briefing,
    BriefingMeta,
    Event,
    Extraction,
    PartialDate,
    Position,
    Site,
    TimelineEntry,
)

_WORD = re.compile(r"\w+", re.U)


def assemble(
    extractions: Sequence[Extraction],
    metas: dict[str, BriefingMeta],
    overrides=None,
) -> Site:
    """Build the ``Site`` from every article's extraction."""
    if overrides is not None:
        extractions = [apply_overrides(x, overrides) for x in extractions]
    by_briefing: dict[str, list[Extraction]] = defaultdict(list)
    for extraction in extractions:
        by_briefing[extraction.article.briefing].append(extraction)
    briefings = [
        merge_briefing(metas.get(slug) or BriefingMeta(slug=slug), items) for slug, items in by_briefing.items()
    ]
    briefings.sort(key=_newest_first)
    return Site(
        briefings=tuple(briefings),
        actors=profile_actors(briefings),
        timeline=merge_timeline(briefings),
        articles={x.article.path.as_posix(): x.article for x in extractions},
    )


def apply_overrides(extraction: Extraction, overrides) -> Extraction:
    """Rename, merge or drop actors as ``content/actors.yml`` says, everywhere."""
    actors = tuple(overrides.apply(extraction.actors))
    remap = overrides.canonical_id

    def ids(values: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for i in (remap(v) for v in values) if i))

    events = tuple(replace(e, actors=ids(e.actors)) for e in extraction.events)
    positions = tuple(replace(p, actor=remap(p.actor)) for p in extraction.positions if remap(p.actor))
    return replace(extraction, actors=actors, events=events, positions=positions)


def merge_briefing(meta: BriefingMeta, extractions: Sequence[Extraction]) -> Briefing:
    extractions = sorted(extractions, key=lambda x: (_date_key(x.article.published), x.article.slug))
    return Briefing(
        meta=meta,
        extractions=tuple(extractions),
        actors=tuple(merge_actors(a for x in extractions for a in x.actors)),
        events=tuple(sorted(dedupe_events(e for x in extractions for e in x.events), key=lambda e: e.date.sort_key())),
        positions=tuple(p for x in extractions for p in x.positions),
    )


def dedupe_events(events: Iterable[Event]) -> list[Event]:
    """One event per sentence: when a sentence gave several dates, keep the most precise.

    Exact dates beat approximate ones, then finer granularity wins ("januari
    2025" over "2025"); the first one found breaks ties.
    """
    best: dict[tuple, Event] = {}
    for event in events:
        key = (event.source, event.text)
        known = best.get(key)
        if known is None or _precision(event) > _precision(known):
            best[key] = event
    return list(best.values())


def _precision(event: Event) -> tuple[int, int]:
    return (0 if event.approximate else 1, GRANULARITY_ORDER[event.granularity])


def merge_actors(actors: Iterable[Actor]) -> list[Actor]:
    """One actor per id: the longest name, the first role, all aliases and mentions."""
    merged: dict[str, Actor] = {}
    for actor in actors:
        known = merged.get(actor.id)
        if known is None:
            merged[actor.id] = actor
            continue
        name = max((known.name, actor.name), key=len)
        aliases = tuple(dict.fromkeys(a for a in (*known.aliases, *actor.aliases, known.name, actor.name) if a != name))
        merged[actor.id] = replace(
            known, name=name, role=known.role or actor.role, aliases=aliases, mentions=known.mentions + actor.mentions
        )
    return sorted(merged.values(), key=lambda a: -len(a.mentions))


def profile_actors(briefings: Sequence[Briefing]) -> dict[str, ActorProfile]:
    """Every actor across briefings, with its roles, positions (newest first) and events.

    Built from indexes by actor id, so the cost grows with the number of
    actors, positions and events, not with their product.
    """
    published = {x.article.path.as_posix(): x.article.published for b in briefings for x in b.extractions}
    appearances: dict[str, list[tuple[str, Actor]]] = defaultdict(list)
    positions: dict[str, list[tuple[str, Position]]] = defaultdict(list)
    events: dict[str, list[tuple[str, Event]]] = defaultdict(list)
    for briefing in briefings:
        for actor in briefing.actors:
            appearances[actor.id].append((briefing.slug, actor))
        for position in briefing.positions:
            positions[position.actor].append((briefing.slug, position))
        for event in briefing.events:
            for actor_id in dict.fromkeys(event.actors):
                events[actor_id].append((briefing.slug, event))

    def newest_first(item: tuple[str, Position]):
        position = item[1]
        return _date_key(position.date or published.get(position.source.article))

    profiles = {}
    for actor in merge_actors(a for b in briefings for a in b.actors):
        seen_in = appearances[actor.id]
        profiles[actor.id] = ActorProfile(
            actor,
            roles=tuple(dict.fromkeys(a.role for _, a in seen_in if a.role)),
            briefings=tuple(dict.fromkeys(slug for slug, _ in seen_in)),
            positions=tuple(sorted(positions[actor.id], key=newest_first, reverse=True)),
            events=tuple(events[actor.id]),
        )
    return profiles


def merge_timeline(briefings: Sequence[Briefing]) -> tuple[TimelineEntry, ...]:
    """All events by date; the same event from two sources is one entry.

    Twins share a date, and on a busy date (a year, at 10,000 articles) there
    are thousands of entries: each new report is compared only with the
    entries of its date that could be its twin (``_DateIndex``), in order, so
    the first twin found is the one a full comparison would find.
    """
    entries: list[TimelineEntry] = []
    on_date: dict[PartialDate, _DateIndex] = defaultdict(_DateIndex)
    for briefing in briefings:
        for event in briefing.events:
            index = on_date[event.date]
            twin = next((i for i in index.candidates(event) if same_event(entries[i].event, event)), None)
            if twin is None:
                index.add(len(entries), event)
                entries.append(TimelineEntry(event, (briefing.slug,), (event.source,)))
                continue
            entry = entries[twin]
            entries[twin] = TimelineEntry(
                entry.event,
                tuple(dict.fromkeys((*entry.briefings, briefing.slug))),
                tuple(dict.fromkeys((*entry.sources, event.source))),
            )
    entries.sort(key=lambda t: t.event.date.sort_key())
    return tuple(entries)


class _DateIndex:
    """The timeline entries of one date, indexed by what ``same_event`` needs them to share.

    A twin has the same source (and text), the same actors (day-precise
    reports), or a word Jaccard similarity ≥ 0.5. For the last, prefix
    filtering: with the words of every event in one fixed order (longest
    first, so rarer words come first), two sets with Jaccard ≥ t share a word
    among their first ``n - ceil(t·n) + 1`` words. Only those prefixes are
    indexed, and only entries sharing one are compared.
    """

    def __init__(self) -> None:
        self.by_word: dict[str, list[int]] = defaultdict(list)
        self.by_actors: dict[frozenset[str], list[int]] = defaultdict(list)
        self.by_source: dict[object, list[int]] = defaultdict(list)

    def add(self, index: int, event: Event) -> None:
        for word in _prefix(event):
            self.by_word[word].append(index)
        if event.actors:
            self.by_actors[frozenset(event.actors)].append(index)
        self.by_source[event.source].append(index)

    def candidates(self, event: Event) -> list[int]:
        found = set(self.by_source.get(event.source, ()))
        if event.actors:
            found.update(self.by_actors.get(frozenset(event.actors), ()))
        for word in _prefix(event):
            found.update(self.by_word.get(word, ()))
        return sorted(found)


_TWIN_JACCARD = 0.5


def _prefix(event: Event) -> list[str]:
    words = sorted(set(_WORD.findall(event.text.lower())), key=lambda w: (-len(w), w))
    return words[: len(words) - math.ceil(_TWIN_JACCARD * len(words)) + 1] if words else []


def same_event(a: Event, b: Event) -> bool:
    """Two reports of one event: same date, and mostly the same words or the same actors.

    Same words: Jaccard similarity of the word sets ≥ 0.5 (same-language
    reports). Same actors: a day-precise date with the same, non-empty set of
    actors, and no conflicting amounts; this also pairs a Dutch and an English
    report of one event, whose words differ.
    """
    if a.date != b.date:
        return False
    if a.source == b.source:
        return a.text == b.text
    words_a, words_b = set(_WORD.findall(a.text.lower())), set(_WORD.findall(b.text.lower()))
    if words_a and words_b and len(words_a & words_b) / len(words_a | words_b) >= _TWIN_JACCARD:
        return True
    if a.granularity != "day" or a.approximate or b.approximate:
        return False
    if not a.actors or set(a.actors) != set(b.actors):
        return False
    amounts_a = {(x.value, x.currency) for x in a.amounts}
    amounts_b = {(x.value, x.currency) for x in b.amounts}
    return not (amounts_a and amounts_b) or bool(amounts_a & amounts_b)


def _date_key(date: PartialDate | None):
    return date.sort_key() if date else (PartialDate(1).first_day, -1)


def _newest_first(briefing: Briefing):
    updated = briefing.updated
    return (-(updated.first_day.toordinal()) if updated else 0, briefing.slug)
