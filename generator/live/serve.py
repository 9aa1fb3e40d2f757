"""``briefing serve``: ``watch`` plus a live-reload web server for both languages.

Dutch is served at ``/`` and English at ``/en/``, from ``build/serve-site``:
never from ``site/``, which only a successful ``briefing build`` replaces.
After each change the generator writes the changed Markdown pages and the
live site (:mod:`generator.live.livesite`) re-renders only their HTML; then the
browsers reload on their own (MkDocs' live-reload server and script).
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections import defaultdict
from pathlib import Path

from mkdocs.livereload import LiveReloadServer, _timestamp

from generator.config import Config
from generator.errors import BuildError
from generator.live.livesite import LiveSite
from generator.live.watch import Changes, Echo, Watcher, stop_on_sigterm
from generator.pipeline import build_lock
from generator.sitebuild.builder import write_mkdocs_configs

log = logging.getLogger("mkdocs.livereload")

SERVE_DIR = "serve-site"


class _Server(LiveReloadServer):
    """MkDocs' server, answering a path it cannot open with 400 instead of a traceback."""

    def _serve_request(self, environ, start_response):
        if "\0" in environ.get("PATH_INFO", ""):  # open() raises ValueError on a NUL byte
            log.warning("400 Bad Request: %r holds a NUL byte", environ.get("PATH_INFO"))
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"400 Bad Request: the path holds a NUL byte\n"]
        return super()._serve_request(environ, start_response)


class Reloader:
    """MkDocs' live-reload server; HTML requests wait while pages are being rewritten."""

    def __init__(self, root: Path, host: str, port: int) -> None:
        self.server = _Server(builder=lambda: None, host=host, port=port, root=str(root))

    def bind(self) -> None:
        """Take the port now, before any work: a port in use is an error at once, not after a build."""
        try:
            self.server.server_bind()
            self.server.server_activate()
        except OSError as error:
            self.server.server_close()
            host, port = self.server.server_address[:2]
            raise BuildError(f"cannot listen on {host}:{port}: {error.strerror or error} "
                             "(another server there? choose one with --port)") from None

    def start(self) -> None:
        # MkDocs injects its reload script only when something is watched. We register
        # the served folder but never start MkDocs' polling observer: our own watcher
        # knows exactly which pages changed, and polling a big site costs a core.
        self.server.watch(self.server.root)
        self.server.serve_thread.start()

    def begin(self) -> None:
        # MkDocs' own protocol (its build loop does the same): while the wanted
        # version is ahead of the visible one, page requests wait for the rebuild.
        with self.server._epoch_cond:
            self.server._wanted_epoch = _timestamp()

    def done(self) -> None:
        """Publish the rebuilt pages: waiting requests go on, browsers reload."""
        with self.server._epoch_cond:
            self.server._visible_epoch = self.server._wanted_epoch
            self.server._epoch_cond.notify_all()

    def stop(self) -> None:
        self.server.shutdown()


class ServedSite:
    """The served HTML of every language, rebuilt page by page."""

    def __init__(self, config: Config, watcher: Watcher, url: str, reloader: Reloader | None = None) -> None:
        self.config = config
        self.watcher = watcher
        self.url = url
        self.root = config.build_dir / SERVE_DIR
        self.reloader = reloader
        self.sites: dict[str, LiveSite] = {}

    def build(self) -> None:
        """Build every language from scratch (at start, and after a theme or locale change)."""
        environments = self.watcher.context.environments
        with build_lock(self.config):  # the configs are shared with `briefing build`
            files = write_mkdocs_configs(self.config, {k: e.translations.gettext for k, e in environments.items()})
            shutil.rmtree(self.root, ignore_errors=True)
            self.sites = {}
            for language in self.config.languages:  # the default language first: its folder is the root
                subdir = self.config.site_subdir(language)
                site = LiveSite(files[language], self.root / subdir, self.url + subdir)
                site.load()
                self.sites[language] = site
        for site in self.sites.values():
            site.build()

    def pages_changed(self, pages: list[str], changes: Changes) -> None:
        if self.reloader:
            self.reloader.begin()
        try:
            if changes.theme:
                self.build()
                return
            by_language: dict[str, list[str]] = defaultdict(list)
            for page in pages:
                language, _, path = page.partition("/")
                by_language[language].append(path)
            for language, paths in by_language.items():
                if language in self.sites:
                    self.sites[language].update(paths)
        finally:
            if self.reloader:
                self.reloader.done()


def serve(config: Config, echo: Echo, host: str = "127.0.0.1", port: int = 8000,
          stop: threading.Event | None = None) -> None:
    """Serve until ``stop`` is set or Ctrl-C."""
    stop = stop or threading.Event()
    stop_on_sigterm(stop)
    url = f"http://{host}:{port}/"
    reloader = Reloader(config.build_dir / SERVE_DIR, host, port)
    reloader.bind()
    site: ServedSite | None = None
    watcher = Watcher(config, echo, on_pages=lambda pages, changes: site and site.pages_changed(pages, changes))
    try:
        watcher.start()
        watcher.wait_initial()
        site = ServedSite(config, watcher, url, reloader)
        echo("building the served site (first time only)...")
        site.build()
        reloader.start()
        echo(f"serving {url} (nl) and {url}en/ (en); Ctrl-C stops")
        watcher.run(stop)
    except KeyboardInterrupt:
        pass
    finally:
        reloader.stop()
        watcher.close()
