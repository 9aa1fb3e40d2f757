"""The built site in headless Chromium: search, language switch, evidence, no outside requests, axe.

Run with ``pytest tests/browser``; screenshots land in ``test-artifacts/``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

BRIEFING = "briefings/ai-race/"


def search(page, base: str, prefix: str, query: str) -> list[str]:
    """Type ``query`` into Material's search on ``prefix``'s home; the result pages' URLs."""
    page.goto(f"{base}/{prefix}")
    page.locator(".md-search__input").first.click()
    page.wait_for_load_state("networkidle")  # the search worker and its index
    page.locator(".md-search__input").press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item a")
    links = page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")
    return [urlsplit(url)._replace(query="", fragment="").geturl() for url in links]


@pytest.mark.parametrize(
    ("prefix", "query", "actor_url", "other_prefix"),
    [("", "Andreessen", "actors/marc-andreessen/", "en/"), ("en/", "Andreessen", "en/actors/marc-andreessen/", None)],
)
def test_search_finds_actor_in_that_language_only(page, served_site, prefix, query, actor_url, other_prefix):
    urls = search(page, served_site, prefix, query)
    assert f"{served_site}/{actor_url}" in urls
    for url in urls:
        path = urlsplit(url).path
        if prefix:
            assert path.startswith(f"/{prefix}"), url
        else:
            assert not path.startswith("/en/"), url


@pytest.mark.parametrize(("start", "language", "target"), [
    (BRIEFING, "en", f"en/{BRIEFING}"),
    (f"en/{BRIEFING}", "nl", BRIEFING),
    ("en/actors/marc-andreessen/", "nl", "actors/marc-andreessen/"),
    ("", "en", "en/"),
])
def test_language_switcher_leads_to_same_page(page, served_site, start, language, target):
    # Material's switcher script first loads both sitemaps to find the same page: let it.
    page.goto(f"{served_site}/{start}", wait_until="networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator(f"a.md-select__link[hreflang='{language}']").click()
    page.wait_for_url(f"{served_site}/{target}")
    assert page.evaluate("document.documentElement.lang") == language


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_evidence_link_lands_on_highlighted_sentence(page, served_site, prefix):
    page.goto(f"{served_site}/{prefix}{BRIEFING}")
    link = page.locator("#positions ~ .position-group a.evidence").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{href.split('/')[-1]}")
    target = page.evaluate("""() => {
        const el = document.querySelector(':target');
        if (!el) return null;
        const box = el.getBoundingClientRect();
        return {cls: el.className, text: el.textContent, bg: getComputedStyle(el).backgroundColor,
                visible: box.top >= 0 && box.bottom <= window.innerHeight};
    }""")
    assert target is not None, "no :target element after following the evidence link"
    assert "sentence" in target["cls"]
    assert "Sputnik" in target["text"]
    assert target["bg"] == "rgb(255, 235, 59)"
    assert target["visible"], "the highlighted sentence is not in view"


@pytest.mark.parametrize("path", ["", BRIEFING, "en/", f"en/{BRIEFING}", "en/timeline/", "en/actors/sam-altman/"])
def test_no_request_leaves_the_local_server(page, served_site, path):
    # Search loads its index and worker lazily: use it so those requests are seen too.
    search(page, served_site, path, "Stargate")
    local = urlsplit(served_site).netloc
    outside = [u for u in page.requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
               and urlsplit(u).netloc != local]
    assert outside == []


@pytest.mark.parametrize("path", [
    "", BRIEFING, "timeline/", "actors/", "actors/marc-andreessen/", "sources/ai-race/nrc/",
    "en/", f"en/{BRIEFING}", "en/timeline/", "en/actors/", "en/actors/verenigde-staten/", "en/sources/ai-race/nrc/",
    "sources/", "en/briefings/stargate/",
])
def test_axe_finds_no_serious_violation(page, served_site, axe_script, path):
    page.goto(f"{served_site}/{path}", wait_until="networkidle")
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in violations if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_screenshot_of_briefing_page(page, served_site, artifacts, prefix):
    page.goto(f"{served_site}/{prefix}{BRIEFING}", wait_until="networkidle")
    language = page.evaluate("document.documentElement.lang")
    path = artifacts / f"briefing-{language}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    assert page.locator("h1").first.inner_text() == {"nl": "De AI-race", "en": "The AI race"}[language]
