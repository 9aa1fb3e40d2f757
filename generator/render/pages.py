"""Render the ``Site`` to Markdown pages, one set per language.

Page paths are the same in every language (``briefings/<slug>.md``), so the
language switcher can lead to the same page in the other language.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.model import Article, Site, SourceRef
from generator.read.catalogs import TextCatalog
from generator.render import paging
from generator.render.lookups import SiteIndex, entry_anchor
from generator.render.sourcetext import SourceTextRenderer

Catalogs = dict[str, dict[str, TextCatalog]]


@dataclass(frozen=True)
class Page:
    """One Markdown page to write under ``build/docs/<language>/``."""

    language: str
    path: str  # POSIX, relative to the docs dir
    text: str


def page_url(path: str) -> str:
    """MkDocs' directory URL of a page: ``actors/x.md`` → ``actors/x/``."""
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@functools.lru_cache(maxsize=1 << 16)
def relative_url(target: str, current: str) -> str:
    """Link from page ``current`` to page ``target`` (both docs-relative paths).

    Pure string work, cached: a big site asks for close to a million links.
    """
    here = page_url(current).split("/")[:-1]
    there = page_url(target).split("/")[:-1]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    parts = [".."] * (len(here) - common) + there[common:]
    return "/".join(parts) + "/" if parts else "./"


def briefing_page(slug: str) -> str:
    return f"briefings/{slug}.md"


def actor_page(actor_id: str) -> str:
    return f"actors/{actor_id}.md"


def source_page(article: Article) -> str:
    return f"sources/{article.briefing}/{article.slug}.md"


def evidence_anchor(ref: SourceRef) -> str:
    return f"p{ref.paragraph}-s{ref.sentence}"


def render_site(site: Site, environments: dict[str, jinja2.Environment],
                catalogs: Catalogs | None = None) -> Iterator[Page]:
    """Every page of the site in every language.

    ``catalogs`` are the editors' per-briefing translations of article text
    (``generator.read.catalogs``), by briefing slug and language.
    """
    index = SiteIndex(site)  # the same for every language
    for language, env in environments.items():
        yield from render_language(site, env, language, catalogs or {}, index)


def render_language(site: Site, env: jinja2.Environment, language: str, catalogs: Catalogs | None = None,
                    index: SiteIndex | None = None) -> Iterator[Page]:
    source_text = SourceTextRenderer(language, env.translations.gettext, catalogs or {})
    index = index or SiteIndex(site)
    globals_ = {
        "site": site,
        "briefing_page": briefing_page,
        "actor_page": actor_page,
        "source_page": source_page,
        "text": source_text,
        "briefings_by_slug": index.briefings,
        "briefing_timeline": index.briefing_timeline,
        "entry_event": lambda entry: index.entry_event(entry, language),
        "role_article": index.role_article,
        "own_sources": index.own_sources,
        "timeline_page_of": index.timeline_page_of,
        "entry_anchor": entry_anchor,
        "actor_briefings_shown": paging.ACTOR_BRIEFINGS_SHOWN,
        "timeline_sources_shown": paging.TIMELINE_SOURCES_SHOWN,
        "timeline_briefings_shown": paging.TIMELINE_BRIEFINGS_SHOWN,
    }

    def render(template: str, path: str, **context) -> Page:
        def link(target: str, anchor: str | None = None) -> str:
            url = relative_url(target, path)
            return f"{url}#{anchor}" if anchor else url

        def evidence(ref: SourceRef) -> str:
            article = site.articles[ref.article]
            return link(source_page(article), evidence_anchor(ref))

        text = env.get_template(template).render(**globals_, page_path=path, link=link, evidence=evidence, **context)
        return Page(language, path, text)

    yield render("home.md.j2", "index.md")
    for timeline_page in index.timeline_pages:
        template = "timeline.md.j2" if timeline_page.period is None else "timeline_period.md.j2"
        yield render(template, timeline_page.path, timeline_page=timeline_page)
    yield render("actors.md.j2", "actors/index.md")
    yield render("sources.md.j2", "sources/index.md")
    for profile in site.actors.values():
        for page in paging.actor_pages(profile, actor_page(profile.actor.id)):
            yield render("actor.md.j2", page.path, profile=profile, page=page)
    for briefing in site.briefings:
        yield render("briefing.md.j2", briefing_page(briefing.slug), briefing=briefing)
        for extraction in briefing.extractions:
            yield render("source.md.j2", source_page(extraction.article), extraction=extraction, briefing=briefing)


def docs_path(docs_root: Path, page: Page) -> Path:
    return docs_root / page.language / Path(*page.path.split("/"))
