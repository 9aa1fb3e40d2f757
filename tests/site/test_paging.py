"""Pages stay bounded as the corpus grows: the timeline splits by period, actor pages by number.

The limits are lowered here so the small fixture project is already "big".
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from generator.model import (
    Actor,
    ActorProfile,
    Event,
    PartialDate,
    Position,
    SourceRef,
    TimelineEntry,
)
from generator.render import paging
from generator.render.lookups import entry_anchor
from generator.render.pages import page_url
from tests.extractors import extractor_spec
from tests.site.fixture import fake_extract, make_project


def entry(date: str, sentence: int = 0) -> TimelineEntry:
    ref = SourceRef("b/a.md", 0, sentence)
    return TimelineEntry(Event(PartialDate.parse(date), False, "x", f"event {sentence}", ref), ("b",), (ref,))


def test_small_timeline_is_one_page():
    entries = [entry("2024-01-02", 0), entry("2025", 1)]
    pages = paging.timeline_pages(entries, limit=5)
    assert [(p.path, p.entries, p.parts) for p in pages] == [("timeline.md", tuple(entries), ())]


def test_big_timeline_is_an_index_of_years_and_a_crowded_year_splits_by_month():
    entries = [entry("2023-05-01", 0), entry("2024", 1), entry("2024-01-03", 2), entry("2024-01-20", 3),
               entry("2024-W10", 4), entry("2024-12-30", 5)]
    pages = {p.path: p for p in paging.timeline_pages(entries, limit=3)}
    top = pages["timeline.md"]
    assert top.entries == () and [(p.path, p.entries) for p in top.parts] == [
        ("timeline/2023.md", 1), ("timeline/2024.md", 5)]
    assert pages["timeline/2023.md"].entries == (entries[0],)
    year = pages["timeline/2024.md"]
    assert year.entries == (entries[1],)  # only the events dated by the year alone
    assert [p.path for p in year.parts] == ["timeline/2024-01.md", "timeline/2024-03.md", "timeline/2024-12.md"]
    assert pages["timeline/2024-01.md"].entries == (entries[2], entries[3])
    assert pages["timeline/2024-03.md"].entries == (entries[4],)  # week 10: Thursday 7 March
    assert pages["timeline/2024-03.md"].parent == "timeline/2024.md"


def test_a_week_that_starts_in_the_previous_year_is_listed_in_its_own_year():
    # 2025-W01 runs from Monday 30 December 2024; its Thursday is 2 January 2025.
    entries = sorted([entry("2024-12-31", 0), entry("2025-W01", 1), entry("2025-01-05", 2), entry("2024-12-01", 3)],
                     key=lambda e: e.event.date.sort_key())
    pages = {p.path: p for p in paging.timeline_pages(entries, limit=1)}
    assert [e.event.date.isoformat() for e in pages["timeline/2025-01.md"].entries] == ["2025-W01", "2025-01-05"]
    assert [e.event.date.isoformat() for e in pages["timeline/2024-12.md"].entries] == ["2024-12-01", "2024-12-31"]


dates = st.one_of(
    st.builds(lambda y: str(y), st.integers(2019, 2026)),
    st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(2019, 2026), st.integers(1, 12)),
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", st.integers(2019, 2026), st.integers(1, 12), st.integers(1, 28)),
    st.builds(lambda y, w: f"{y}-W{w:02d}", st.integers(2019, 2026), st.integers(1, 52)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(dates, max_size=60), st.integers(1, 20))
def test_every_entry_is_on_exactly_one_timeline_page(date_texts, limit):
    entries = sorted((entry(d, i) for i, d in enumerate(date_texts)), key=lambda e: e.event.date.sort_key())
    pages = paging.timeline_pages(entries, limit=limit)
    shown = Counter(id(e) for page in pages for e in page.entries)
    assert sorted(shown) == sorted(id(e) for e in entries) and set(shown.values()) <= {1}
    paths = [p.path for p in pages]
    assert len(paths) == len(set(paths))
    linked = {part.path for page in pages for part in page.parts}
    assert linked == set(paths) - {"timeline.md"}  # every period page is reachable
    for page in pages:
        assert sum(part.entries for part in page.parts) + len(page.entries) <= len(entries)
        if page.period is not None and page.period.granularity == "month":
            assert all(paging._month(e) == page.period.month and e.event.date.year == page.period.year
                       for e in page.entries)


def profile(positions: int, events: int) -> ActorProfile:
    actor = Actor("x", "X", "person")
    ref = SourceRef("b/a.md", 0, 0)
    return ActorProfile(
        actor, (), ("b",),
        tuple(("b", Position("x", f"claim {i}", "direct", ref)) for i in range(positions)),
        tuple(("b", Event(PartialDate(2024), False, "x", f"event {i}", ref)) for i in range(events)),
    )


def test_actor_pages_continue_while_positions_or_events_remain():
    pages = paging.actor_pages(profile(250, 30), "actors/x.md", limit=100)
    assert [p.path for p in pages] == ["actors/x.md", "actors/x/2.md", "actors/x/3.md"]
    assert [len(p.positions) for p in pages] == [100, 100, 50]
    assert [len(p.events) for p in pages] == [30, 0, 0]
    assert [p.positions[0][1].text for p in pages] == ["claim 0", "claim 100", "claim 200"]
    assert [p.path for p in paging.actor_pages(profile(0, 0), "actors/x.md", limit=100)] == ["actors/x.md"]


def test_a_big_site_links_every_page_it_splits(tmp_path, monkeypatch):
    monkeypatch.setattr(paging, "TIMELINE_PAGE_LIMIT", 1)
    monkeypatch.setattr(paging, "ACTOR_PAGE_LIMIT", 1)
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(fake_extract))
    root = make_project(tmp_path / "project")
    report = pipeline.generate(Config.from_root(root))
    assert not report.errors, report.problems
    docs = root / "build" / "docs"
    for language in ("nl", "en"):
        pages = {p.relative_to(docs / language).as_posix(): p.read_text(encoding="utf-8")
                 for p in (docs / language).rglob("*.md")}
        timeline = {path: text for path, text in pages.items() if path.startswith("timeline")}
        assert 'href="2025/"' in timeline["timeline.md"] or 'href="timeline/2025/"' in timeline["timeline.md"]
        assert "timeline/2025.md" in timeline and "timeline/2025-01.md" in timeline
        # Each event once across all timeline pages.
        anchors = Counter(a for text in timeline.values() for a in re.findall(r'<li class="timeline-item" id="(e-[0-9a-f]+)"', text))
        assert anchors and set(anchors.values()) == {1}
        # "Also reported by" on a briefing page leads to the entry on its timeline page.
        elsewhere = re.findall(r'class="timeline-elsewhere" href="([^"]+)"', pages["briefings/ai-race.md"])
        assert elsewhere, "the twin Stargate report of the other briefing is linked"
        for href in elsewhere:
            url, anchor = href.split("#")
            target = resolve("briefings/ai-race.md", url)
            assert f'id="{anchor}"' in pages[target]
        # Sam Altman has a position in each briefing: two pages, linked both ways.
        assert "actors/sam-altman/2.md" in pages
        first, second = pages["actors/sam-altman.md"], pages["actors/sam-altman/2.md"]
        assert 'rel="next" href="2/"' in first and 'rel="prev" href="../"' in second
        assert "search:\n  exclude: true" in second and "search:" not in first.split("---")[1]


def resolve(page: str, url: str) -> str:
    """The docs path a relative directory URL on ``page`` leads to (``../../timeline/2025-01/``)."""
    stack = [part for part in page_url(page).split("/") if part]
    for part in url.split("/"):
        if part == "..":
            stack.pop()
        elif part not in ("", "."):
            stack.append(part)
    return "/".join(stack) + ".md"


def test_entry_anchor_is_stable_and_distinct():
    a, b = entry("2024-01-02", 0), entry("2024-01-02", 1)
    assert entry_anchor(a) == entry_anchor(entry("2024-01-02", 0)) != entry_anchor(b)
