"""``briefing watch``: regenerate the pages whenever content, templates or language data change.

Each burst of file events (an editor's save, a ``git checkout`` of 200 files)
becomes one regeneration, in two steps: a preview that writes the edited
briefing's own pages within a fraction of a second (see
:mod:`generator.live.preview`), then a full regeneration in a child process (see
:mod:`generator.live.background`) that brings every other page up to date. Only
``content/``, ``templates/`` (locales included), the language data and
``mkdocs.yml`` are watched, never ``build/`` or ``site/``. A broken file is
reported as ``path:line: ...``; the pages it fed keep their last good version.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import threading
import time
from collections.abc import Callable, Iterator

from filelock import Timeout
from watchdog.observers import Observer

from generator import languages
from generator.config import Config
from generator.incremental.fingerprints import HashMemo
from generator.incremental.parallel import make_pool, warm_up
from generator.incremental.session import Session, refresh_language_data, state_path
from generator.incremental.state import BuildState
from generator.live.background import Background, Outcome
from generator.live.changes import ChangeQueue, Changes, classify
from generator.live.errors import describe
from generator.live.preview import PreviewContext, prepare, preview
from generator.pipeline import build_lock, make_environments

DEBOUNCE_SECONDS = 0.2
Echo = Callable[[str], None]
PagesChanged = Callable[[list[str], "Changes"], None]


class Watcher:
    """The watch loop; ``serve`` passes ``on_pages`` to rebuild the HTML of changed pages."""

    def __init__(self, config: Config, echo: Echo, on_pages: PagesChanged | None = None,
                 debounce: float = DEBOUNCE_SECONDS) -> None:
        self.config = config
        self.echo = echo
        self.on_pages = on_pages
        self.debounce = debounce
        self.session = Session(memo=HashMemo(), keep_last_good=True)
        self.context: PreviewContext | None = None
        self.background = Background(config)
        self.queue = ChangeQueue(config)
        self.observer = Observer()
        self.pending = Changes()  # what the running background regeneration covers

    @contextlib.contextmanager
    def locked_state(self) -> Iterator[bool]:
        """The build lock and the state for a preview; False when another build holds the lock."""
        lock = build_lock(self.config)
        try:
            lock.acquire()
        except Timeout:
            yield False
            return
        try:
            with BuildState(state_path(self.config.build_dir)) as state:
                self.session.cache.state = state
                yield True
        finally:
            self.session.cache.state = None
            lock.release()

    def start(self) -> None:
        """Regenerate once, then start watching."""
        with self.locked_state() as locked:
            if locked:
                self.context = prepare(self.config, self.session)
        # Every extraction now lives as long as the watcher: keep the garbage collector
        # from walking them all again (at 10,000 articles, a pause of a second per edit).
        gc.freeze()
        self.restart_pool()
        self.background.start()
        for folder in (self.config.content_dir, self.config.templates_dir, languages.LANGUAGE_DIR):
            if folder.is_dir():
                self.observer.schedule(self.queue, str(folder), recursive=True)
        self.observer.schedule(self.queue, str(self.config.root), recursive=False)  # mkdocs.yml
        self.observer.start()

    def restart_pool(self) -> None:
        """One warm extraction worker in a fresh interpreter (see ``Session``)."""
        if self.session.pool is not None:
            self.session.pool.shutdown(wait=False, cancel_futures=True)
        self.session.pool = make_pool(1)
        self.session.pool.submit(warm_up, self.config.languages)

    def wait_initial(self) -> Outcome | None:
        """Block until the first full regeneration has ended (``serve`` needs its pages)."""
        outcome = self.background.wait()
        if outcome:
            self.report(outcome)
        return outcome

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            paths = self.queue.take(self.debounce, timeout=0.1)
            if paths:
                self.handle(classify(paths, self.config))
            outcome = self.background.poll()
            if outcome is not None:
                self.report(outcome)

    def handle(self, changes: Changes) -> None:
        started = time.perf_counter()
        self.background.cancel()  # its result would be older than this change
        if changes.language_data:
            refresh_language_data()
            self.restart_pool()  # workers with the new language data
        if changes.previewable and self.context is not None:
            try:
                with self.locked_state() as locked:
                    result = preview(self.config, self.session, self.context, changes.folders) if locked else None
            except Exception as exc:  # a broken template: the full run reports it too
                self.echo(describe(exc, self.config.root))
                result = None
            if result is not None:
                for problem in result.problems:
                    self.echo(str(problem))
                if result.written:
                    self.echo(f"preview: {len(result.written)} pages written in {time.perf_counter() - started:.2f}s")
                    self.pages_changed(result.written, changes)
        if changes.locales and self.context is not None:
            try:
                self.context.environments = make_environments(self.config)
            except Exception as exc:  # a broken catalog: previews go on with the last good one
                self.echo(describe(exc, self.config.root))
        self.merge_pending(changes)
        self.background.start()

    def merge_pending(self, changes: Changes) -> None:
        for name in ("global_content", "templates", "locales", "theme", "language_data"):
            setattr(self.pending, name, getattr(self.pending, name) or getattr(changes, name))
        self.pending.folders |= changes.folders

    def report(self, outcome: Outcome) -> None:
        changes, self.pending = self.pending, Changes()
        if outcome.error:
            self.echo(outcome.error + " (the last good pages are kept)")
            return
        for problem in outcome.problems:
            self.echo(problem)
        self.echo(outcome.summary)
        self.pages_changed(outcome.written + outcome.pruned, changes)

    def pages_changed(self, pages: list[str], changes: Changes) -> None:
        if self.on_pages and (pages or changes.theme):
            try:
                self.on_pages(pages, changes)
            except Exception as exc:
                self.echo(describe(exc, self.config.root))

    def close(self) -> None:
        self.observer.stop()
        self.background.cancel()
        if self.session.pool is not None:
            self.session.pool.shutdown(wait=False, cancel_futures=True)
        if self.observer.is_alive():
            self.observer.join()


def stop_on_sigterm(stop: threading.Event) -> None:
    """``kill`` (SIGTERM) stops as Ctrl-C does: the background run is stopped too.

    It also interrupts whatever the main thread is waiting for (``serve``'s
    first full build takes minutes on a big site), not just the loop.
    """
    def on_sigterm(*_) -> None:
        stop.set()
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_sigterm)


def watch(config: Config, echo: Echo, stop: threading.Event | None = None) -> None:
    """Watch until ``stop`` is set or Ctrl-C."""
    stop = stop or threading.Event()
    stop_on_sigterm(stop)
    watcher = Watcher(config, echo)
    try:
        watcher.start()
        echo(f"watching {config.content_dir.name}/, {config.templates_dir.name}/ and the language data; Ctrl-C stops")
        watcher.run(stop)
    except KeyboardInterrupt:
        pass
    finally:
        watcher.close()
