"""The indexed timeline merge finds exactly the twins a comparison with every entry would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.assemble import merge_timeline, same_event
from generator.model import (
    Amount,
    Briefing,
    BriefingMeta,
    Event,
    PartialDate,
    SourceRef,
    TimelineEntry,
)

WORDS = ["de", "minister", "zei", "het", "kabinet", "besluit", "the", "budget", "vote", "Stargate", "AI", "x"]


def naive_merge(briefings) -> tuple[TimelineEntry, ...]:
    """The definition: each report joins the first earlier entry of its date it is a twin of."""
    entries: list[TimelineEntry] = []
    for briefing in briefings:
        for event in briefing.events:
            twin = next((i for i, e in enumerate(entries) if same_event(e.event, event)), None)
            if twin is None:
                entries.append(TimelineEntry(event, (briefing.slug,), (event.source,)))
                continue
            entry = entries[twin]
            entries[twin] = TimelineEntry(entry.event, tuple(dict.fromkeys((*entry.briefings, briefing.slug))),
                                          tuple(dict.fromkeys((*entry.sources, event.source))))
    entries.sort(key=lambda t: t.event.date.sort_key())
    return tuple(entries)


@st.composite
def events(draw, article: str):
    date = draw(st.sampled_from([PartialDate(2024), PartialDate(2024, 3), PartialDate(2024, 3, 5)]))
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=7)))
    ref = SourceRef(article, draw(st.integers(0, 2)), draw(st.integers(0, 2)))
    actors = tuple(draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=2, unique=True)))
    amounts = tuple(draw(st.lists(st.sampled_from([Amount(1e6, "EUR", "1 miljoen"), Amount(2e6, "EUR", "2 miljoen")]),
                                  max_size=1)))
    return Event(date, draw(st.booleans()), "x", text, ref, actors, amounts)


@st.composite
def briefings(draw):
    result = []
    for number in range(draw(st.integers(1, 4))):
        slug = f"b{number}"
        found = draw(st.lists(events(f"{slug}/{draw(st.sampled_from(['a', 'b']))}.md"), max_size=12))
        result.append(Briefing(BriefingMeta(slug), (), (), tuple(found), ()))
    return result


@settings(max_examples=300, deadline=None)
@given(briefings())
def test_indexed_merge_equals_comparing_with_every_entry(found):
    assert merge_timeline(found) == naive_merge(found)
