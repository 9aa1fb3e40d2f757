"""The orchestrator: read → extract → assemble → render → write → MkDocs.

One short function per command. Each returns a ``BuildReport`` that the CLI
prints and the tests assert on.

Every run goes through the build state (``build/state.sqlite3``, see
:mod:`generator.incremental.session`): when no input changed nothing is rendered and
MkDocs does not run; otherwise only new or changed articles are parsed and
extracted (across cores when there are many), every page is rendered and
only the pages whose text changed are written.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from filelock import FileLock, Timeout

from generator import forked
from generator.assemble import assemble
from generator.config import Config
from generator.errors import BuildError, ContentError, Problem
from generator.extract import extract
from generator.extract.dates.finder import parse_dateline
from generator.incremental.fingerprints import (
    EXTRACTOR_CODE,
    READER_CODE,
    code_hash,
    input_hashes,
    inputs_digest,
)
from generator.incremental.parallel import extract_all
from generator.incremental.reading import read_content_cached
from generator.incremental.session import (
    Session,
    last_good,
    record_run,
    refresh_language_data,
    restore_report,
    state_path,
    up_to_date,
)
from generator.incremental.state import BuildState, digest
from generator.model import Extraction
from generator.output import count_files, write_pages
from generator.read.actor_fixes import load_actor_overrides
from generator.read.catalogs import load_text_catalogs
from generator.read.sources import Content, read_article
from generator.render.environment import compile_catalogs, make_environment
from generator.render.pages import render_site
from generator.report import BuildReport
from generator.sitebuild.builder import build_site, write_mkdocs_configs

__all__ = ["BuildReport", "build", "check", "extract_paths", "generate"]

ACTORS_FILE = "actors.yml"

Progress = Callable[[int, int], None]


def build_lock(config: Config) -> FileLock:
    """One build at a time per project: a second one fails fast with a clear message."""
    if config.build_dir.is_symlink():  # everything below would be written through it, wherever it points
        raise BuildError(f"expected a folder, got a symbolic link to {os.readlink(config.build_dir)!r}; "
                         "remove the link (the build recreates the folder)", config.build_dir)
    config.build_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(config.build_dir / ".lock"), timeout=0)


@contextlib.contextmanager
def locked(config: Config) -> Iterator[None]:
    """The project's build lock, for this run."""
    try:
        with build_lock(config):
            yield
    except Timeout:
        raise BuildError("another build is running in this project (lock held); try again when it ends",
                         config.build_dir / ".lock") from None


@contextlib.contextmanager
def locked_state(config: Config) -> Iterator[BuildState]:
    """The project's build lock, and its state opened for this run."""
    with locked(config), BuildState(state_path(config.build_dir)) as state:
        yield state


def generate(config: Config, *, debug: bool = False, progress: Progress | None = None,
             session: Session | None = None) -> BuildReport:
    """Read ``content/``, extract, and write the Markdown pages of every language."""
    with locked_state(config) as state:
        return _generate(config, state, session or Session.one_shot(), debug=debug, progress=progress)[0]


# From this many files in content/ on, ``build`` generates in a forked child (``generator.forked``).
FORK_ARTICLES = 500


def build(config: Config, *, debug: bool = False, site_url: str | None = None,
          progress: Progress | None = None, session: Session | None = None,
          fork: bool | None = None) -> BuildReport:
    """Generate the pages, then build ``site/`` with MkDocs for every language.

    A big site is generated in a forked child (``fork``; by default from
    ``FORK_ARTICLES`` articles, never with ``--debug`` or a kept session), so
    the MkDocs builds do not run beside the generator's spent memory.
    """
    if fork is None:
        fork = (session is None and not debug and forked.available()
                and count_files(config.content_dir) >= FORK_ARTICLES)

    def generate_stage(forward: Progress | None):
        with BuildState(state_path(config.build_dir)) as state:
            return _generate(config, state, session or Session.one_shot(), debug=debug, progress=forward)

    with locked(config):
        if fork:  # the environments stay in the child: MkDocs makes its own
            report, environments = forked.call(lambda forward: generate_stage(forward)[0], progress), None
        else:
            report, environments = generate_stage(progress)
            release_memory()  # the site model is gone: give its memory back before MkDocs starts
        with BuildState(state_path(config.build_dir)) as state:
            build_mkdocs(config, state, report, environments, site_url)
        return report


def check(config: Config, *, debug: bool = False) -> BuildReport:
    """Read and extract everything, write nothing (cached extractions are read, not added)."""
    report = BuildReport()
    state = BuildState.reader(state_path(config.build_dir))
    session = Session.one_shot()
    session.cache.start_run(state)
    try:
        _content, extractions = read_and_extract(config, report, debug=debug, session=session)
    finally:
        if state:
            state.close()
    load_overrides(config, report, extractions)
    return report


def _generate(config: Config, state: BuildState, session: Session, *, debug: bool, progress: Progress | None):
    started = time.perf_counter()
    report = BuildReport()
    refresh_language_data()
    inputs = inputs_digest(input_hashes(config, session.memo))
    docs_root = config.build_dir / "docs"
    if up_to_date(state, inputs, docs_root):
        restore_report(state, report)
        report.generate_seconds = time.perf_counter() - started
        return report, None
    session.cache.start_run(state)
    content, extractions = read_and_extract(config, report, debug=debug, progress=progress, session=session)
    briefing_metas = content.briefings
    del content  # the articles as read, bodies and all: the extractions carry what the pages need
    state.commit()  # keep the extractions even if rendering fails below
    report.stages["read+extract"] = time.perf_counter() - started
    overrides = load_overrides(config, report, extractions)
    site = assemble(extractions, briefing_metas, overrides)
    report.stages["assemble"] = time.perf_counter() - started - report.stages["read+extract"]
    environments = make_environments(config)
    catalogs = load_text_catalogs(config.content_dir, [b.slug for b in site.briefings], config.languages, report.problems)
    written = write_pages(render_site(site, environments, catalogs), docs_root, read_assets(config), state.outputs())
    report.written, report.unchanged, report.pruned = written.written, written.unchanged, written.pruned
    record_run(state, report, inputs, written, session.cache)
    # After the record: a repaired state is news of this run only, not a problem to repeat.
    report.problems.extend(Problem(warning, state.path, None, "warning") for warning in state.warnings)
    report.generate_seconds = time.perf_counter() - started
    report.stages["render+write"] = report.generate_seconds - sum(report.stages.values())
    return report, environments


def release_memory() -> None:
    """Collect garbage and return freed heap to the system (glibc), so it is not held idle."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def make_environments(config: Config) -> dict:
    compiled = compile_catalogs(config.locales_dir, config.build_dir / "locales", config.languages)
    return {lang: make_environment(config.templates_dir, compiled, lang) for lang in config.languages}


def build_mkdocs(config: Config, state: BuildState, report: BuildReport, environments: dict | None,
                 site_url: str | None) -> None:
    """Run MkDocs unless it already built exactly these pages with this configuration."""
    key = digest(state.get("inputs") or "", site_url or "")
    report.site_dir = config.site_dir
    if state.get("site") == key and site_complete(config):
        report.mkdocs_skipped = True
        return
    started = time.perf_counter()
    environments = environments or make_environments(config)
    gettexts = {lang: env.translations.gettext for lang, env in environments.items()}
    config_files = write_mkdocs_configs(config, gettexts, site_url)
    state.set("site", None)  # until it succeeds: a failed build must not look up to date
    state.commit()
    report.site_dir = build_site(config, config_files)
    state.set("site", key)
    state.commit()
    report.mkdocs_seconds = time.perf_counter() - started


def site_complete(config: Config) -> bool:
    return all((config.site_dir / config.site_subdir(lang) / "index.html").is_file() for lang in config.languages)


def read_and_extract(config: Config, report: BuildReport, *, debug: bool = False,
                     progress: Progress | None = None, session: Session | None = None,
                     ) -> tuple[Content, list[Extraction]]:
    """Read ``content/`` and extract every article, through the session's cache."""
    session = session or Session.one_shot()
    code = code_digest()
    content = read_content_cached(config.content_dir, session.cache, code, memo=session.memo, debug=debug)
    report.problems.extend(content.problems)
    report.sources_read = len(content.articles)
    outcomes = extract_all(content.articles, session.cache, code, session.extract, debug=debug, progress=progress,
                           pool=session.pool)
    extractions = []
    for outcome in outcomes:
        if outcome.extraction is None:
            report.problems.append(Problem(f"extraction failed ({outcome.error}); article skipped",
                                           config.content_dir / outcome.article.path))
            continue
        extractions.append(outcome.extraction)
        if outcome.cached:
            report.reused += 1
        else:
            report.extracted += 1
    if session.keep_last_good:
        extractions.extend(keep_last_good(config, report, session, {x.article.path.as_posix() for x in extractions}))
    return content, extractions


def keep_last_good(config: Config, report: BuildReport, session: Session, found: set[str]) -> list[Extraction]:
    """``watch``: for each article that failed, its last good extraction (so its pages stay)."""
    kept = []
    for index, problem in enumerate(report.problems):
        if problem.severity != "error" or problem.path is None:
            continue
        try:
            path = Path(problem.path).resolve().relative_to(config.content_dir).as_posix()
        except ValueError:
            continue
        extraction = None if path in found else last_good(session.cache, path)
        if extraction is not None:
            found.add(path)
            kept.append(extraction)
            report.reused += 1
            report.problems[index] = replace(problem, message=problem.message + "; its last good version is kept")
    return kept


def code_digest() -> str:
    """Fingerprint of the reader and extractor code, part of every cache key."""
    return digest(code_hash(*READER_CODE), code_hash(*EXTRACTOR_CODE))


def load_overrides(config: Config, report: BuildReport, extractions: list[Extraction] | None = None):
    """``content/actors.yml``; with ``extractions``, also warn of ids that none of them has."""
    try:
        overrides = load_actor_overrides(config.content_dir / ACTORS_FILE)
    except ContentError as error:
        report.problems.append(Problem.from_error(error))
        return None
    except (OSError, ValueError) as error:  # bytes that are not UTF-8, a date YAML cannot build: not fatal
        report.problems.append(Problem(f"cannot read ({type(error).__name__}: {error}); no actor fixes applied",
                                       config.content_dir / ACTORS_FILE))
        return None
    report.problems.extend(overrides.warnings)
    if extractions is not None:
        report.problems.extend(overrides.unknown_ids({a.id for x in extractions for a in x.actors}))
    return overrides


def read_assets(config: Config) -> dict[str, bytes]:
    """Static files copied into every language's docs (CSS)."""
    assets_dir = config.templates_dir / "assets"
    return {f"assets/{p.name}": p.read_bytes() for p in sorted(assets_dir.glob("*")) if p.is_file()}


def extract_paths(paths: list[Path], config: Config) -> list[Extraction]:
    """``briefing extract``: read and extract the given files, anywhere on disk."""
    extractions = []
    for path in paths:
        path = path.resolve()
        root = path.parent.parent
        article, _warnings = read_article(path, root, path.parent.name, dateline=parse_dateline)
        extractions.append(extract(article))
    return extractions
