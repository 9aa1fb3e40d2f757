"""Extract many articles: cached ones from the cache, the rest across cores.

A cold build of thousands of articles is CPU-bound in the extractors, so it
is spread over a process pool. Small batches (an editor's save) stay in
this process: starting workers costs more than extracting a few articles.
"""

from __future__ import annotations

import functools
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context

from generator import extract as extract_stage
from generator import forked, languages
from generator.incremental.cache import ObjectCache
from generator.incremental.state import digest
from generator.model import Article, Extraction

# Below this many uncached articles, one process is faster than a pool.
PARALLEL_THRESHOLD = 48
CHUNK = 16

Progress = Callable[[int, int], None]


@dataclass
class Outcome:
    """What extracting one article gave: an extraction, or the error that stopped it."""

    article: Article
    extraction: Extraction | None = None
    error: str | None = None
    cached: bool = False


Extract = Callable[[Article], Extraction]


def extraction_key(article: Article, code: str, extract: Extract) -> str:
    """Content hash + extractor version + the language data hash (+ place and code).

    The extractor function's name is part of it too, so a test that swaps in
    a fake extractor never reads real results from the cache, nor the reverse.
    """
    function = f"{extract.__module__}.{getattr(extract, '__qualname__', repr(extract))}"
    return digest("extraction", article.path.as_posix(), article.briefing, article.slug, article.content_hash,
                  article.language, extract_stage.EXTRACTOR_VERSION, code, function,
                  languages.language_hash(article.language))


def extract_one(article: Article, extract: Extract) -> Outcome:
    """Extract ``article`` in whichever process this runs; an extractor crash is an outcome."""
    try:
        return Outcome(article, extract(article).packed())  # packed here: a fifth of the bytes to send back
    except Exception as exc:  # an extractor bug must not take the site down
        return Outcome(article, error=f"{type(exc).__name__}: {exc}")


def _extract_chunk(extract: Extract, articles: list[Article]) -> list[Outcome]:
    return [extract_one(a, extract) for a in articles]


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def warm_up(codes: Sequence[str]) -> None:
    """Run the extractors once in a pool worker, so the first edit finds them loaded."""
    from pathlib import Path

    for code in codes:
        try:
            extract_stage.extract(Article(Path("warm-up.md"), "warm-up", "warm-up", "Warm-up", code, None,
                                          "Warm-up. Jan Jansen zei op 3 maart 2024: 'Dit is een test.'"))
        except Exception:  # a broken extractor shows up on real articles, with their path
            pass


def make_pool(count: int) -> Executor:
    """A pool of ``count`` processes; forked when this process has no other threads.

    Forking a process with threads (``watch``: observer, web server) can copy a
    held lock into the child, so those use fresh interpreters instead.
    """
    method = "fork" if forked.available() else "spawn"
    return ProcessPoolExecutor(max_workers=count, mp_context=get_context(method), initializer=_ignore_sigint)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent decides what stops, and how.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_all(articles: Sequence[Article], cache: ObjectCache, code: str, extract: Extract,
                *, debug: bool = False, progress: Progress | None = None, pool: Executor | None = None,
                parallel: bool = True) -> list[Outcome]:
    """One outcome per article, in order; ``code`` fingerprints the reader and extractor code."""
    outcomes: list[Outcome | None] = []
    todo: list[tuple[int, Article, str]] = []
    for index, article in enumerate(articles):
        key = extraction_key(article, code, extract)
        cached = cache.get("extractions", key)  # stored packed (see below)
        outcomes.append(Outcome(article, cached, cached=True) if cached is not None else None)
        if cached is None:
            todo.append((index, article, key))
    if todo:
        done = _run(todo, extract, debug=debug, progress=progress, pool=pool, parallel=parallel)
        for (index, article, key), outcome in zip(todo, done):
            if outcome.extraction is not None:
                # Kept and stored packed: extractions of 10,000 articles must fit in memory at once.
                outcome = replace(outcome, extraction=outcome.extraction.packed(article))
                cache.put("extractions", key, article.path.as_posix(), outcome.extraction)
            outcomes[index] = outcome
    return outcomes  # type: ignore[return-value]


def _run(todo, extract: Extract, *, debug: bool, progress: Progress | None, pool: Executor | None, parallel: bool) -> list[Outcome]:
    articles = [article for _, article, _ in todo]
    total = len(articles)
    count = min(workers(), max(1, total // CHUNK))
    if debug or not parallel or (pool is None and (total < PARALLEL_THRESHOLD or count < 2)):
        results = []
        for done, article in enumerate(articles, start=1):
            # --debug lets an extractor's exception through, with its traceback.
            results.append(Outcome(article, extract(article).packed()) if debug else extract_one(article, extract))
            if progress:
                progress(done, total)
        return results
    own = pool is None
    if own and forked.available():
        # Load the extractors' language data here, before forking: the workers then
        # share those pages with this process instead of loading a copy each.
        warm_up(sorted({article.language for article in articles}))
    pool = pool or make_pool(count)
    try:
        chunks = [articles[i : i + CHUNK] for i in range(0, total, CHUNK)]
        results = []
        for chunk in pool.map(functools.partial(_extract_chunk, extract), chunks):
            results.extend(chunk)
            if progress:
                progress(len(results), total)
        return results
    finally:
        if own:
            pool.shutdown()
