"""An in-process MkDocs plugin that keeps a big build's memory flat.

MkDocs builds in two passes: it first converts every page's Markdown to HTML
and keeps it (``page.content``), then renders every page into the theme. On a
site of 30,000 pages the HTML held between the passes is most of the build's
memory. This plugin compresses each page's HTML once the first pass is done
with it, restores it just before the theme renders the page (and before the
search plugin indexes it), and drops it once the page is written. It also
drops what MkDocs keeps of every page only for later steps we do not use:
the Markdown source once converted, the table of contents once the page is
written (except for pages in the navigation, whose entries every page
shows), and the lists of anchors and links to anchors it would check at the
end (at ``validation.anchors: info`` that check reports nothing visible, and
at 10,000 articles the lists hold every evidence link of the site).

``briefing build`` adds it to each language's MkDocs config
(:func:`generator.sitebuild.builder.build_site`); a plain ``mkdocs build`` runs
without it and produces the same site.
"""

from __future__ import annotations

import zlib

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents

NAME = "briefing-page-spool"


class PageSpool(BasePlugin):
    """Holds each page's HTML compressed between MkDocs' read and write passes."""

    def __init__(self) -> None:
        self._spooled: dict[str, bytes] = {}
        self._in_nav: set[str] = set()

    def on_nav(self, nav: Navigation, **kwargs) -> Navigation:
        self._in_nav = {page.file.src_uri for page in nav.pages}
        return nav

    @event_priority(-100)  # last: every other plugin has seen the HTML and the Markdown
    def on_page_content(self, html: str, *, page: Page, **kwargs) -> str:
        self._spooled[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        page.markdown = None
        page.links_to_anchors = page.present_anchor_ids = None
        return ""

    @event_priority(100)  # first: the search plugin and the theme need the HTML back
    def on_page_context(self, context, *, page: Page, **kwargs):
        spooled = self._spooled.pop(page.file.src_uri, None)
        if spooled is not None:
            page.content = zlib.decompress(spooled).decode("utf-8")
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, **kwargs) -> str:
        page.content = None  # written: nothing reads it again
        if page.file.src_uri not in self._in_nav:
            page.toc = TableOfContents([])
        return output
