"""The fast first answer to an edit: the changed briefing's own pages, right away.

A full regeneration assembles and renders the whole site (the timeline, the
actor pages and the home page depend on every article), which grows with the
corpus. An editor looks at the briefing they are editing, so ``watch``
first re-reads only the changed briefing folder, re-extracts its changed
articles, merges that one briefing and writes its page and its source pages.
A full regeneration in the background follows and has the last word: pages
that also depend on other briefings (an actor's name merged across them)
may be refined by it a moment later, and the end state is always that of
a full build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator import pipeline
from generator.assemble import apply_overrides, merge_actors, merge_briefing
from generator.config import Config
from generator.errors import Problem
from generator.incremental.parallel import extract_all
from generator.incremental.reading import read_folder
from generator.incremental.session import Session
from generator.model import ActorProfile, Article, Briefing, Site
from generator.output import write_if_changed
from generator.read.catalogs import load_text_catalogs
from generator.render.pages import briefing_page, docs_path, render_site, source_page
from generator.report import BuildReport
from generator.slugs import slugify


@dataclass
class PreviewContext:
    """What a briefing's pages need from the rest of the site: articles and actor names."""

    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, ActorProfile] = field(default_factory=dict)
    environments: dict = field(default_factory=dict)


@dataclass
class PreviewResult:
    written: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def prepare(config: Config, session: Session) -> PreviewContext:
    """Read and extract everything once (through the cache) for later previews."""
    report = BuildReport()
    _, extractions = pipeline.read_and_extract(config, report, session=session)
    overrides = pipeline.load_overrides(config, report)
    if overrides is not None:
        extractions = [apply_overrides(x, overrides) for x in extractions]
    actors = merge_actors(a for x in extractions for a in x.actors)
    environments = pipeline.make_environments(config)
    for env in environments.values():  # compile the templates now, not on the first edit
        for name in env.list_templates(extensions=["j2"]):
            env.get_template(name)
    return PreviewContext(
        articles={x.article.path.as_posix(): x.article for x in extractions},
        actors={a.id: ActorProfile(a, (), (), (), ()) for a in actors},
        environments=environments,
    )


def preview(config: Config, session: Session, context: PreviewContext, folders: Iterable[Path]) -> PreviewResult:
    """Write the pages of the briefings in ``folders``; a broken article shows its last good version."""
    result = PreviewResult()
    code = pipeline.code_digest()
    overrides = pipeline.load_overrides(config, BuildReport())
    briefings: list[Briefing] = []
    for folder in sorted(set(folders)):
        if not folder.is_dir():
            continue  # deleted: the full regeneration prunes its pages
        part = read_folder(folder, config.content_dir, session.cache, code, session.memo, False)
        outcomes = extract_all(part.articles, session.cache, code, session.extract, pool=session.pool)
        extractions = [o.extraction for o in outcomes if o.extraction is not None]
        report = BuildReport(problems=part.errors + [
            Problem(f"extraction failed ({o.error}); article skipped", config.content_dir / o.article.path)
            for o in outcomes if o.extraction is None])
        # As in the full run: a broken article shows its last good version.
        extractions += pipeline.keep_last_good(config, report, session, {x.article.path.as_posix() for x in extractions})
        result.problems.extend(report.problems)
        if overrides is not None:
            extractions = [apply_overrides(x, overrides) for x in extractions]
        if not extractions:
            continue
        slug = slugify(folder.name)
        briefings.append(merge_briefing(part.briefings[slug], extractions))
        context.articles.update((x.article.path.as_posix(), x.article) for x in extractions)
    if briefings:
        result.written = write_briefings(config, context, briefings)
    return result


class LookupOnly(dict):
    """Actors to look up by id (names on briefing pages), but none to list.

    The renderer writes one page per listed actor; a preview wants only the
    briefing's own pages, and rendering hundreds of actor pages to throw them
    away would cost most of its time. The full run renders those pages.
    ``base`` (every known actor) is looked through, not copied: at 10,000
    articles a copy alone would cost tens of milliseconds per edit.
    """

    def __init__(self, base: dict, extra: dict) -> None:
        super().__init__(extra)
        self.base = base

    def get(self, key, default=None):
        return super().get(key, self.base.get(key, default))

    def __getitem__(self, key):
        return super().get(key) or self.base[key]

    def __contains__(self, key) -> bool:
        return super().__contains__(key) or key in self.base

    def values(self):
        return ()

    def items(self):
        return ()

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0


def write_briefings(config: Config, context: PreviewContext, briefings: list[Briefing]) -> list[str]:
    """Render a site made of ``briefings`` alone and write their own pages."""
    new = {a.id: ActorProfile(a, (), (b.slug,), (), ()) for b in briefings for a in b.actors
           if a.id not in context.actors}
    wanted = {briefing_page(b.slug) for b in briefings}
    wanted.update(source_page(x.article) for b in briefings for x in b.extractions)
    site = Site(briefings=tuple(briefings), actors=LookupOnly(context.actors, new), timeline=(),
                articles=context.articles)
    catalogs = load_text_catalogs(config.content_dir, [b.slug for b in briefings], config.languages, [])
    docs_root = config.build_dir / "docs"
    written = []
    for page in render_site(site, context.environments, catalogs):
        if page.path in wanted and write_if_changed(docs_path(docs_root, page), page.text.encode("utf-8")):
            written.append(f"{page.language}/{page.path}")
    return written
