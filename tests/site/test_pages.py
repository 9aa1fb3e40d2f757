"""The generated pages of the fixture project, in both languages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_briefing_page_has_title_summary_and_counts(docs):
    nl, en = docs("nl", "briefings/ai-race.md"), docs("en", "briefings/ai-race.md")
    assert "<h1>De AI-race</h1>" in nl and "<h1>The AI race</h1>" in en
    assert "DeepSeek en Stargate: de strijd" in nl and "DeepSeek and Stargate: the contest" in en
    assert "2 bronnen" in nl and "2 sources" in en
    assert 'title: "De AI-race"' in nl and "date: 2025-01-27" in nl and "updated: 2025-01-28" in nl


def test_briefing_without_yml_takes_the_lead(docs):
    en = docs("en", "briefings/stargate.md")
    assert "<h1>Trump unveils Stargate AI venture</h1>" in en
    assert '<p class="briefing-summary">President Donald Trump announced Stargate' in en
    nl = docs("nl", "briefings/stargate.md")
    assert '<h1><span class="untranslated" lang="en">Trump unveils Stargate AI venture</span></h1>' in nl


def test_dates_at_their_granularity_with_time_elements(docs):
    nl, en = docs("nl", "briefings/ai-race.md"), docs("en", "briefings/ai-race.md")
    assert '<time datetime="2025-01-20" data-granularity="day">20 januari 2025</time>' in nl
    assert '<time datetime="2025-01-20" data-granularity="day">January 20, 2025</time>' in en
    assert '<time datetime="2024" data-granularity="year" class="approximate">ca. 2024</time>' in nl
    assert '<time datetime="2024" data-granularity="year" class="approximate">around 2024</time>' in en
    assert ">ca. januari 2025</time>" in nl and ">around January 2025</time>" in en


def test_money_from_cldr(docs):
    nl, en = docs("nl", "briefings/ai-race.md"), docs("en", "briefings/ai-race.md")
    assert ">€ 6 miljoen</span>" in nl and ">€6 million</span>" in en
    assert ">500 miljard dollar</span>" in nl and ">$500 billion</span>" in en


def test_source_language_text_is_marked_on_the_other_side(docs):
    nl, en = docs("nl", "briefings/ai-race.md"), docs("en", "briefings/ai-race.md")
    sentence = "De ontwikkeling zou slechts 6 miljoen euro hebben gekost."
    assert f'<span class="event-text">{sentence}</span>' in nl
    assert f'<span class="untranslated" lang="nl">{sentence}</span> <small class="untranslated-note">(untranslated)</small>' in en
    assert '<q><span class="untranslated" lang="nl">Dit is het Sputnik-moment van AI</span></q>' in en
    assert '(onvertaald)' in nl  # the English quote of Sam Altman


def test_positions_grouped_by_actor_with_kind_channel_date_and_evidence(docs):
    en = docs("en", "briefings/ai-race.md")
    section = en.split('id="positions-marc-andreessen"')[1].split("</section>")[0]
    assert "marc-andreessen/" in section and "person" in section
    assert "quote · via X · " in section
    assert '<time datetime="2025-01-28"' in section
    assert re.search(r'<a class="evidence" href="\.\./\.\./sources/ai-race/nrc/#p1-s0"[^>]*>NRC</a>', section)


def test_actors_kind_role_and_link(docs):
    en = docs("en", "briefings/ai-race.md")
    actors = en.split("## Actors")[1].split("## Positions")[0]
    assert '<a class="actor-link" href="../../actors/marietje-schaake/">Marietje Schaake</a>' in actors
    assert '<span class="actor-role"><span class="untranslated" lang="nl">technologie-expert</span></span>' in actors
    # A country actor carries its CLDR name in each language.
    assert ">United States</a> <span class=\"actor-kind\">place</span>" in actors
    assert ">Verenigde Staten</a> <span class=\"actor-kind\">plaats</span>" in docs("nl", "briefings/ai-race.md")


def test_sources_list_outlet_date_and_original(docs):
    en = docs("en", "briefings/ai-race.md")
    sources = en.split("## Sources")[1]
    assert '<span class="outlet">NRC</span>' in sources and '<span class="outlet">The Guardian</span>' in sources
    assert 'href="https://www.nrc.nl/nieuws/2025/01/28/deepseek-a1" rel="noopener nofollow"' in sources


def test_same_event_from_two_sources_is_shown_once(docs):
    for language in ("nl", "en"):
        timeline = docs(language, "timeline.md")
        assert timeline.count('datetime="2025-01-21"') == 1
        stargate = next(line for line in timeline.splitlines() if 'datetime="2025-01-21"' in line)
        following = timeline.split(stargate)[1].split("</li>")[0]
        assert ">The Guardian</a>" in following and ">AP</a>" in following
    # Dutch and English reports of one event: one entry, each page in its own language.
    nl, en = docs("nl", "briefings/ai-race.md"), docs("en", "briefings/ai-race.md")
    assert nl.count('datetime="2025-01-20"') == 1 and en.count('datetime="2025-01-20"') == 1
    assert "DeepSeek presenteerde op 20 januari 2025" in nl
    assert "DeepSeek released its new model on 20 January 2025." in en


def test_actor_page_positions_newest_first_with_briefing_and_source(docs):
    en = docs("en", "actors/sam-altman.md")
    assert "<h1>Sam Altman</h1>" in en
    positions = en.split("## Positions")[1].split("## Events")[0]
    first, second = positions.index("This is a wake-up call"), positions.index("the most important of this era")
    assert first < second  # 27 January (Guardian) before 22 January (AP)
    assert ">The AI race</a>" in positions and ">Trump unveils Stargate AI venture</a>" in positions
    assert ">The Guardian</a>" in positions and ">AP</a>" in positions
    assert "In briefings" in en


def test_actor_page_events_and_translated_country_name(docs):
    en, nl = docs("en", "actors/verenigde-staten.md"), docs("nl", "actors/verenigde-staten.md")
    assert 'title: "United States"' in en and "<h1>United States</h1>" in en
    assert "<h1>Verenigde Staten</h1>" in nl
    deepseek = docs("en", "actors/deepseek.md")
    assert deepseek.count("datetime=") >= 2 and "No dated events found." not in deepseek


def test_home_lists_briefings_newest_first_with_counts_actors_and_timeline(docs):
    nl = docs("nl", "index.md")
    assert nl.index("De AI-race") < nl.index("Trump unveils Stargate AI venture")
    assert "Bijgewerkt <time datetime=\"2025-01-28\"" in nl and "3 standpunten" in nl
    assert "2 bronnen" in nl and "1 bron" in nl
    assert 'href="actors/marc-andreessen/"' in nl  # the actors index
    assert 'href="timeline/"' in nl and "Laatste gebeurtenissen" in nl


def test_article_text_is_escaped(docs, html):
    page = docs("en", "briefings/stargate.md")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; stunt &amp; a *bubble*" in page
    built = html("en/briefings/stargate/")
    assert "<script>alert(1)</script>" not in built
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in built
    assert "<em>bubble</em>" not in built


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        self.links.append((tag, attrs))


def _parse(path: Path) -> _Collector:
    parser = _Collector()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_evidence_link_lands_on_a_sentence(fixture_project):
    site = fixture_project / "site"
    checked = 0
    for page in site.rglob("index.html"):
        for tag, attrs in _parse(page).links:
            if tag != "a" or "evidence" not in (attrs.get("class") or ""):
                continue
            url, _, anchor = attrs["href"].partition("#")
            target = (page.parent / url / "index.html").resolve()
            assert target.is_file(), f"{page}: {attrs['href']}"
            assert anchor in _parse(target).ids, f"{page}: {attrs['href']} has no #{anchor}"
            checked += 1
    assert checked > 20


def test_no_page_loads_anything_from_elsewhere(fixture_project):
    for page in (fixture_project / "site").rglob("*.html"):
        for tag, attrs in _parse(page).links:
            for name in ("src", "href") if tag in ("script", "img", "link", "iframe", "source") else ("src",):
                value = attrs.get(name) or ""
                if tag == "link" and attrs.get("rel") in ("canonical", "alternate"):
                    continue  # links, not loads
                assert not re.match(r"(https?:)?//", value), f"{page}: <{tag} {name}={value}>"
