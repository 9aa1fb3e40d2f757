"""What makes a run incremental: the session, the no-change check, the record.

The pipeline asks three questions here: did any input change since the
last run (if not, nothing is rendered), what did the last run report (so a
no-change run still shows the same warnings), and what to remember for the
next one. The stages themselves stay in :mod:`generator.pipeline`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from generator import extract as extract_stage
from generator import languages
from generator.errors import Problem
from generator.incremental.cache import ObjectCache
from generator.incremental.fingerprints import HashMemo
from generator.incremental.state import BuildState
from generator.model import Article, Extraction
from generator.output import WriteReport, intact
from generator.report import BuildReport

Extract = Callable[[Article], Extraction]

#: ``module:function`` of a stand-in extractor, for tests that run a build
#: (or ``watch``/``serve`` in a subprocess) without the real extractors,
#: which other work changes all the time.
TEST_EXTRACTOR_VARIABLE = "BRIEFING_TEST_EXTRACTOR"


def extractor_from_environment() -> Extract:
    """The extraction stage, or the stand-in ``BRIEFING_TEST_EXTRACTOR`` names."""
    spec = os.environ.get(TEST_EXTRACTOR_VARIABLE)
    if not spec:
        return extract_stage.extract
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass
class Session:
    """What survives between runs of one process.

    A one-shot ``build`` uses a fresh session. ``watch`` keeps one: parsed
    articles and extractions stay in memory, files are re-hashed only when
    their stat signature changes, and extraction goes to a warm process pool
    (so a change of language data or extractor code, which module-level
    caches would hide, is picked up by restarting the pool).
    """

    cache: ObjectCache = field(default_factory=ObjectCache)
    memo: HashMemo | None = None
    pool: Executor | None = None
    #: ``watch``: an article that breaks keeps its last good version on the site.
    keep_last_good: bool = False
    #: The extraction stage this session's builds run (part of every extraction's cache key).
    extract: Extract = field(default_factory=extractor_from_environment)

    @classmethod
    def one_shot(cls) -> "Session":
        """A single build: nothing is kept in memory for a next run."""
        return cls(cache=ObjectCache(retain=False))


def last_good(cache: ObjectCache, path: str):
    """The last extraction cached for the article at ``path`` (content-relative), or None."""
    if cache.state is None:
        return None
    found = cache.state.latest("extractions", path)
    if found is None:
        return None
    key, extraction = found
    cache.used.add(("extractions", key))  # keep it in the state while the file stays broken
    return extraction


def state_path(build_dir: Path) -> Path:
    return build_dir / "state.sqlite3"


def refresh_language_data() -> None:
    """Forget memoized language data: its file may have changed since this process read it."""
    for function in (languages.language_hash, languages.load_language):
        clear = getattr(function, "cache_clear", None)  # a test may have swapped in a plain function
        if clear:
            clear()


def up_to_date(state: BuildState, inputs: str, docs_root: Path) -> bool:
    """True when no input changed and every page is still on disk as last written."""
    if state.get("inputs") != inputs:
        return False
    records = state.outputs()
    return bool(records) and intact(docs_root, records)


def restore_report(state: BuildState, report: BuildReport) -> None:
    """Fill ``report`` for a run that changed nothing: the counts and problems of the last one."""
    report.up_to_date = True
    report.sources_read = int(state.get("sources") or 0)
    report.reused = int(state.get("extractions") or 0)
    report.unchanged = int(state.get("pages") or 0)
    report.problems.extend(
        Problem(message, Path(path) if path else None, line, severity)
        for path, line, message, severity in state.failures()
    )


def record_run(state: BuildState, report: BuildReport, inputs: str, written: WriteReport, cache: ObjectCache) -> None:
    """Remember this run's inputs, pages and problems; drop cache entries it did not use."""
    state.set_outputs(written.records)
    state.set("sources", str(report.sources_read))
    state.set("extractions", str(report.extracted + report.reused))
    state.set("pages", str(written.pages))
    state.set_failures(
        (str(p.path) if p.path else None, p.line, p.message, p.severity) for p in report.problems
    )
    for table in ("articles", "extractions"):
        state.retain(table, (key for t, key in cache.used if t == table))
    state.set("inputs", inputs)  # last: a run that died before this point is not up to date
    state.commit()
