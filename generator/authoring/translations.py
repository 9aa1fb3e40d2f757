"""``briefing i18n export``: write a briefing's texts into its PO catalog for translators.

Editors who want a briefing's source text translated run
``briefing i18n export BRIEFING --lang en``, which writes or updates
``content/<briefing>/i18n/en.po`` (Poedit, Weblate) with one entry per text
that is not in ``en`` yet; :mod:`generator.read.catalogs` reads it back at
the next build.

Together with ``briefing add`` this is the only code that writes into
``content/``, and only on that explicit command: existing translations are
always kept (texts no longer found become obsolete ``#~`` entries instead of
being lost).
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from generator import pipeline
from generator.assemble import assemble
from generator.errors import BuildError
from generator.model import Article, Briefing
from generator.output import write_if_changed
from generator.read.catalogs import catalog_path, read_catalog
from generator.report import BuildReport


@dataclass(frozen=True)
class SourceText:
    """One translatable text of a briefing, with where it comes from."""

    text: str
    article: Article
    what: str  # "title", "summary", "event", "position", "role"
    paragraph: int | None = None


@dataclass
class ExportReport:
    path: Path
    total: int = 0
    added: int = 0
    translated: int = 0
    obsolete: int = 0


def source_texts(briefing: Briefing, language: str) -> Iterator[SourceText]:
    """Texts of ``briefing`` written in another language than ``language``, in page order."""
    if not briefing.extractions:
        return
    lead = briefing.extractions[0]
    by_path = {x.article.path.as_posix(): x.article for x in briefing.extractions}
    if not briefing.meta.titles.get(language):
        yield SourceText(lead.article.title, lead.article, "title")
    if not briefing.meta.summaries.get(language):
        paragraph = lead.document.lead
        if paragraph is not None:
            yield SourceText(paragraph.text, lead.article, "summary", paragraph.index)
    for event in briefing.events:
        article = by_path.get(event.source.article)
        if article is not None:
            yield SourceText(event.text, article, "event", event.source.paragraph)
    for actor in briefing.actors:
        if actor.role:
            article = _role_article(briefing, actor.id, actor.role) or lead.article
            yield SourceText(actor.role, article, "role")
    for position in briefing.positions:
        article = by_path.get(position.source.article)
        if article is not None:
            yield SourceText(position.text, article, "position", position.source.paragraph)
    for extraction in briefing.extractions:
        if extraction is not lead:
            yield SourceText(extraction.article.title, extraction.article, "title")


def _role_article(briefing: Briefing, actor_id: str, role: str) -> Article | None:
    """The article that gave an actor this role (its language is the role's)."""
    for extraction in briefing.extractions:
        if any(a.id == actor_id and a.role == role for a in extraction.actors):
            return extraction.article
    return None


def to_translate(texts: Iterable[SourceText], language: str) -> list[SourceText]:
    """Only texts in another language, each text once (first occurrence wins)."""
    seen: dict[str, SourceText] = {}
    for item in texts:
        if item.article.language != language and item.text.strip() and item.text not in seen:
            seen[item.text] = item
    return list(seen.values())


def export_catalog(content_dir: Path, briefing: Briefing, language: str) -> ExportReport:
    """Write or update ``content/<briefing>/i18n/<language>.po``, keeping every translation."""
    path = catalog_path(content_dir, briefing.slug, language)
    old = read_catalog(path, language)
    texts = to_translate(source_texts(briefing, language), language)
    catalog = Catalog(
        locale=language,
        domain=briefing.slug,
        project=f"briefing {briefing.slug}",
        version="1",
        charset="utf-8",
        fuzzy=False,
        creation_date=old.creation_date if old is not None else _dt.datetime.now(_dt.timezone.utc),
        revision_date=old.revision_date if old is not None else None,
        last_translator=old.last_translator if old is not None else "FULL NAME <EMAIL@ADDRESS>",
        language_team=old.language_team if old is not None else None,
    )
    report = ExportReport(path, total=len(texts))
    for item in texts:
        previous = old.get(item.text) if old is not None else None
        # Paragraph numbers are not line numbers: they go in the comment, not after the path.
        where = f"{item.what} ({item.article.language})"
        if item.paragraph is not None:
            where += f", paragraph {item.paragraph + 1}"
        catalog.add(
            item.text,
            string=previous.string if previous is not None else "",
            locations=[(item.article.path.as_posix(), None)],
            flags=previous.flags if previous is not None else (),
            auto_comments=[where],
            user_comments=previous.user_comments if previous is not None else (),
        )
        if previous is None:
            report.added += 1
        elif previous.string and not previous.fuzzy:
            report.translated += 1
    if old is not None:
        # Texts the extractors no longer find keep their translation as obsolete entries.
        for message in [*old, *old.obsolete.values()]:
            if message.id and message.id not in catalog and message.string:
                catalog.obsolete[message.id] = message
                report.obsolete += 1
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=False, sort_output=False)
    write_if_changed(path, buffer.getvalue())
    return report


def export_briefing(config, slug: str, language: str) -> tuple[ExportReport, list]:
    """``briefing i18n export``: read and extract the content, then write one briefing's PO catalog.

    Extraction goes through the build's cache, so this is quick after a build.
    Returns the export report and the problems met while reading (a broken
    article is left out of the catalog, not fatal).
    """
    if language not in config.languages:
        raise BuildError(f"expected one of the site languages ({', '.join(config.languages)}), got {language!r}")
    report = BuildReport()
    content, extractions = pipeline.read_and_extract(config, report)
    if not any(x.article.briefing == slug for x in extractions):
        known = ", ".join(sorted(content.briefings)) or "none"
        raise BuildError(f"expected a briefing folder under content/ with articles (known: {known}), got {slug!r}",
                         config.content_dir / slug)
    site = assemble(extractions, content.briefings, pipeline.load_overrides(config, report))
    briefing = next(b for b in site.briefings if b.slug == slug)
    problems = [p for p in report.problems if p.path is None or slug in Path(p.path).parts]
    return export_catalog(config.content_dir, briefing, language), problems
