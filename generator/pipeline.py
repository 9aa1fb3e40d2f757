"""The orchestrator: read → extract → assemble → render → write → MkDocs.

One short function per command. Each returns a ``BuildReport`` that the CLI
prints and the tests assert on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from generator.assemble import assemble
from generator.config import Config
from generator.editorial import load_actor_overrides
from generator.errors import BuildError, ContentError, Problem
from generator.extract import extract
from generator.model import Article, Extraction
from generator.mkdocs_bridge import build_site, write_mkdocs_configs
from generator.output import write_pages
from generator.render.environment import compile_catalogs, make_environment
from generator.render.pages import render_site
from generator.sources import Content, read_content

ACTORS_FILE = "actors.yml"


@dataclass
class BuildReport:
    """What a run did, for the CLI and the tests."""

    sources_read: int = 0
    extracted: int = 0
    reused: int = 0
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    pruned: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    generate_seconds: float = 0.0
    mkdocs_seconds: float = 0.0
    site_dir: Path | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def summary(self) -> str:
        parts = [
            f"{self.sources_read} sources read",
            f"{self.extracted} extracted",
            f"{self.reused} reused",
            f"{len(self.written)} pages written",
            f"{self.unchanged} unchanged",
            f"{len(self.pruned)} pruned",
            f"{len(self.errors)} errors",
            f"{len(self.warnings)} warnings",
        ]
        timing = f"generate {self.generate_seconds:.2f}s"
        if self.site_dir is not None:
            timing += f", mkdocs {self.mkdocs_seconds:.2f}s"
        return ", ".join(parts) + f" ({timing})"


Progress = Callable[[int, int], None]


def build_lock(config: Config) -> FileLock:
    """One build at a time per project: a second one fails fast with a clear message."""
    config.build_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(config.build_dir / ".lock"), timeout=0)


def generate(config: Config, *, debug: bool = False, progress: Progress | None = None) -> BuildReport:
    """Read ``content/``, extract, and write the Markdown pages of every language."""
    try:
        with build_lock(config):
            return _generate(config, debug=debug, progress=progress)[0]
    except Timeout:
        raise BuildError("another build is running in this project (lock held); try again when it ends",
                         config.build_dir / ".lock") from None


def build(config: Config, *, debug: bool = False, site_url: str | None = None,
          progress: Progress | None = None) -> BuildReport:
    """Generate the pages, then build ``site/`` with MkDocs for every language."""
    try:
        with build_lock(config):
            report, gettexts = _generate(config, debug=debug, progress=progress)
            started = time.perf_counter()
            config_files = write_mkdocs_configs(config, gettexts, site_url)
            report.site_dir = build_site(config, config_files)
            report.mkdocs_seconds = time.perf_counter() - started
            return report
    except Timeout:
        raise BuildError("another build is running in this project (lock held); try again when it ends",
                         config.build_dir / ".lock") from None


def check(config: Config, *, debug: bool = False) -> BuildReport:
    """Read and extract everything, write nothing."""
    report = BuildReport()
    content, extractions = read_and_extract(config, report, debug=debug)
    load_overrides(config, report)
    return report


def _generate(config: Config, *, debug: bool, progress: Progress | None):
    started = time.perf_counter()
    report = BuildReport()
    content, extractions = read_and_extract(config, report, debug=debug, progress=progress)
    overrides = load_overrides(config, report)
    site = assemble(extractions, content.briefings, overrides)
    compiled = compile_catalogs(config.locales_dir, config.build_dir / "locales", config.languages)
    environments = {lang: make_environment(config.templates_dir, compiled, lang) for lang in config.languages}
    written = write_pages(render_site(site, environments), config.build_dir / "docs", read_assets(config))
    report.written, report.unchanged, report.pruned = written.written, written.unchanged, written.pruned
    report.generate_seconds = time.perf_counter() - started
    gettexts = {lang: env.translations.gettext for lang, env in environments.items()}
    return report, gettexts


def read_and_extract(config: Config, report: BuildReport, *, debug: bool = False,
                     progress: Progress | None = None) -> tuple[Content, list[Extraction]]:
    content = read_content(config.content_dir)
    report.problems.extend(content.problems)
    report.sources_read = len(content.articles)
    extractions = []
    for done, article in enumerate(content.articles, start=1):
        extraction = extract_safely(article, config, report, debug=debug)
        if extraction is not None:
            extractions.append(extraction)
        if progress:
            progress(done, len(content.articles))
    return content, extractions


def extract_safely(article: Article, config: Config, report: BuildReport, *, debug: bool) -> Extraction | None:
    """Extract one article; a crash in an extractor costs that article only."""
    try:
        extraction = extract(article)
    except Exception as exc:  # an extractor bug must not take the site down
        if debug:
            raise
        report.problems.append(Problem(f"extraction failed ({type(exc).__name__}: {exc}); article skipped",
                                       config.content_dir / article.path))
        return None
    report.extracted += 1
    return extraction


def load_overrides(config: Config, report: BuildReport):
    try:
        return load_actor_overrides(config.content_dir / ACTORS_FILE)
    except ContentError as error:
        report.problems.append(Problem.from_error(error))
        return None


def read_assets(config: Config) -> dict[str, bytes]:
    """Static files copied into every language's docs (CSS)."""
    assets_dir = config.templates_dir / "assets"
    return {f"assets/{p.name}": p.read_bytes() for p in sorted(assets_dir.glob("*")) if p.is_file()}


def extract_paths(paths: list[Path], config: Config) -> list[Extraction]:
    """``briefing extract``: read and extract the given files, anywhere on disk."""
    from generator.sources import read_article

    extractions = []
    for path in paths:
        path = path.resolve()
        root = path.parent.parent
        article, _warnings = read_article(path, root, path.parent.name)
        extractions.append(extract(article))
    return extractions
