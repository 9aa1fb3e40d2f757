"""Article text is data: nothing from an article runs, links, or gets templated.

The static checks read every built HTML page; the browser test loads the
hostile pages in headless Chromium and listens for dialogs, errors and
requests leaving the machine.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

INJECTION_PAGES = ("script-tag", "event-handlers", "javascript-links", "iframe-embed", "jinja-in-text",
                   "jinja-in-front-matter", "hostile-page", "control-chars", "deep-nesting", "traversal-slug")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcdoc"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet"}
_SCHEME_NOISE = re.compile(r"[\x00-\x20]+")


class Findings(HTMLParser):
    """Everything in one page that could run or lead to script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs):
            self.found.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and value is not None:
                scheme = _SCHEME_NOISE.sub("", value).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.found.append(f"<{tag} {name}={value!r}>")
            if name == "style" and "javascript:" in (value or "").lower():
                self.found.append(f"<{tag} style={value!r}>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and ("alert(" in data or "__pwned" in data):
            self.found.append(f"<script>{data[:60]}")


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_script_handler_or_javascript_url_survives(hostile_build):
    problems = {}
    for page in html_pages(hostile_build.site):
        parser = Findings()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.found:
            problems[page.relative_to(hostile_build.site).as_posix()] = parser.found
    assert not problems


def test_the_injection_pages_were_built(hostile_build):
    for slug in INJECTION_PAGES:
        for prefix in ("", "en/"):
            assert (hostile_build.site / prefix / "sources" / "hostile" / slug / "index.html").is_file(), slug


def page_text(site: Path, slug: str) -> str:
    return (site / "sources" / "hostile" / slug / "index.html").read_text(encoding="utf-8")


def test_template_syntax_in_text_shows_as_text(hostile_build):
    text = page_text(hostile_build.site, "jinja-in-text")
    assert "{{ 6*7007 }}" in text and "{{ config }}" in text
    assert "{% for x in range(3) %}loop{% endfor %}" in text
    assert "looploop" not in text
    meta = page_text(hostile_build.site, "jinja-in-front-matter")
    assert "{{ 6*7007 }}" in meta and "{{ config.items() }}" in meta
    for page in html_pages(hostile_build.site):
        assert "42042" not in page.read_text(encoding="utf-8"), f"a template expression ran in {page}"


def test_markup_in_text_shows_as_text(hostile_build):
    text = page_text(hostile_build.site, "script-tag")
    # The visible words stay; the tags are gone or escaped, never live.
    assert "nothing happened" in text
    assert "&lt;script&gt;alert(&#39;entity&#39;)&lt;/script&gt;" in text or "&lt;script&gt;alert('entity')" in text
    breakout = page_text(hostile_build.site, "event-handlers")
    assert "Event handlers &#34; onmouseover=&#34;alert(1)" in breakout or "Event handlers &quot; onmouseover" in breakout


def test_the_search_index_carries_no_live_markup(hostile_build):
    """Material shows search results as HTML: article markup must be there as entities only."""
    import json

    for index in (hostile_build.site / "search" / "search_index.json", hostile_build.site / "en" / "search" / "search_index.json"):
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            parser = Findings()
            parser.feed(doc["title"] + " " + doc["text"])
            assert parser.found == [], (doc["location"], parser.found)
            assert "<script" not in doc["text"].lower() and "<img" not in doc["text"].lower()


# --- in a real browser -------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# Material's language switcher probes sitemap.xml relative to the page; a
# missing one is a site configuration matter, not an article's doing.
THEME_PROBES = ("/sitemap.xml",)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


def serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def served_site(hostile_build):
    server, url = serve(hostile_build.site)
    yield url
    server.shutdown()
    server.server_close()


# Material's search meta line while the index loads or before a query runs (nl and en).
SEARCH_PENDING = ["Zoeken initialiseren", "Typ om te beginnen met zoeken", "Initializing search",
                  "Type to start searching"]
SEARCH_ANSWERED = """pending => {
    const meta = document.querySelector(".md-search-result__meta");
    return meta !== null && meta.textContent.trim() !== "" && !pending.includes(meta.textContent.trim());
}"""


def visit(base: str, paths: list[str]) -> tuple[list[str], list[str], list[str], dict[str, int]]:
    """Load each page in Chromium: the dialogs, script errors and outside requests seen.

    A path ``?q=word`` searches the home page instead; the number of results
    shown for each word is returned too.
    """
    playwright = pytest.importorskip("playwright.sync_api")
    dialogs, errors, outside, results = [], [], [], {}
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()

            def route(request_route):
                url = request_route.request.url
                if url.startswith(base):
                    request_route.continue_()
                else:  # an article must not make the reader's browser fetch anything
                    outside.append(url)
                    request_route.abort()

            context.route("**/*", route)
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
            # A failed fetch is logged as a console error too; those are judged by URL below.
            page.on("console", lambda msg: msg.type == "error" and not msg.text.startswith("Failed to load resource")
                    and errors.append(f"{page.url}: {msg.text}"))
            page.on("response", lambda response: response.status >= 400 and not response.url.endswith(THEME_PROBES)
                    and errors.append(f"{page.url}: {response.status} {response.url}"))
            page.on("pageerror", lambda exc: errors.append(f"{page.url}: {exc}"))
            for path in paths:
                if path.startswith("?q="):  # a search on the home page: results are shown as HTML
                    page.goto(base, wait_until="load")
                    # Typed key by key, as a reader does: Material runs a query on key events,
                    # and a value set at once (fill) is only picked up if the index was not yet
                    # loaded, which made this test pass or fail with the machine's load.
                    page.locator("input.md-search__input").press_sequentially(path[len("?q="):], delay=20)
                    # Wait for the search to answer (a count, or "no matching documents"),
                    # not a fixed time: the index loads slowly on a busy machine.
                    page.wait_for_function(SEARCH_ANSWERED, arg=SEARCH_PENDING, timeout=30_000)
                    results[path[len("?q="):]] = page.locator(".md-search-result__item").count()
                    continue
                response = page.goto(base + path, wait_until="load")
                assert response is not None and response.ok, path
                page.mouse.move(200, 300)  # give hover handlers their chance
                page.keyboard.press("Tab")
                page.wait_for_timeout(50)
                if page.evaluate("typeof window.__pwned") != "undefined" or "pwned" in page.title().lower():
                    dialogs.append(f"{path}: window.__pwned was set")
        finally:
            browser.close()
    return dialogs, errors, outside, results


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (apt-get install chromium)")
def test_no_script_from_an_article_runs_in_chromium(served_site):
    pages = ["", "en/", "briefings/hostile/", "en/briefings/hostile/", "timeline/", "actors/"]
    pages += [f"{lang}sources/hostile/{slug}/" for slug in INJECTION_PAGES for lang in ("", "en/")]
    pages += ["?q=script", "?q=Vijandige", "?q=alert", "?q=img"]
    dialogs, errors, outside, results = visit(served_site, pages)
    assert results["script"] > 0 and results["Vijandige"] > 0, "the search showed no hostile text at all"
    assert dialogs == []
    assert errors == []
    assert outside == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (apt-get install chromium)")
def test_the_browser_check_would_catch_an_injection(tmp_path):
    """A control: the same check on a page that does run article script."""
    (tmp_path / "index.html").write_text("<!doctype html><title>t</title><p>x</p><script>alert('injected');"
                                         "window.__pwned = 1; undefinedFunction();</script>"
                                         "<img src='https://evil.example/x.png'>", encoding="utf-8")
    server, url = serve(tmp_path)
    try:
        dialogs, errors, outside, _ = visit(url, [""])
    finally:
        server.shutdown()
        server.server_close()
    assert any("injected" in d for d in dialogs) and any("__pwned" in d for d in dialogs)
    assert any("undefinedFunction" in e for e in errors)
    assert outside == ["https://evil.example/x.png"]
