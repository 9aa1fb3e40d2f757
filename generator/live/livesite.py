"""One language of the served site, kept in memory to rebuild single pages.

``mkdocs serve`` rebuilds every page on each change (about 3 s at 250 pages,
minutes at thousands). Our navigation is fixed (four entries from the
generated config) and every other page is outside it, so a changed Markdown
page only changes its own HTML: this builder runs MkDocs' build once, keeps
its files, navigation and theme environment, and afterwards re-renders just
the pages the generator wrote (new pages are added, removed ones deleted).

The trade-off, documented in the README: while serving, the search index,
the sitemap and the feeds are those of the last full build (at start, and
after a theme, ``mkdocs.yml`` or locale change); ``briefing build`` makes
them exact. MkDocs' build steps are called one by one as its own ``build``
does; ``mkdocs`` is pinned below 2, where these functions live.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.commands import build as mkbuild
from mkdocs.config import load_config
from mkdocs.structure.files import File, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page


class LiveSite:
    """Build one language fully, then page by page."""

    def __init__(self, config_file: Path, site_dir: Path, site_url: str) -> None:
        self.config_file = config_file
        self.site_dir = site_dir
        self.site_url = site_url
        self.cfg = None

    def load(self) -> None:
        """Read the generated config (``briefing build`` may rewrite the file later)."""
        self.cfg = load_config(str(self.config_file), site_dir=str(self.site_dir), site_url=self.site_url)

    def build(self) -> None:
        """A full build of this language, keeping what page rebuilds need."""
        logging.getLogger("mkdocs").setLevel(logging.ERROR)  # broken links are `build`'s to report
        cfg = self.cfg
        cfg.plugins.on_startup(command="serve", dirty=False)
        cfg = cfg.plugins.on_config(cfg)
        cfg.plugins.on_pre_build(config=cfg)
        files = get_files(cfg)
        env = cfg.theme.get_env()
        files.add_files_from_theme(env, cfg)
        files = cfg.plugins.on_files(files, config=cfg)
        set_exclusions(files, cfg)
        nav = get_navigation(files, cfg)
        nav = cfg.plugins.on_nav(nav, config=cfg, files=files)
        doc_files = files.documentation_pages()
        for file in doc_files:
            if file.page is None:
                Page(None, file, cfg)
        # MkDocs reads every page before writing any, so it holds the whole site in
        # memory. Only the navigation's pages are needed by others (their titles):
        # read those first, then read, write and forget the rest one by one.
        in_nav = [f for f in doc_files if f.src_uri in _NAV_PAGES]
        for file in in_nav:
            mkbuild._populate_page(file.page, cfg, files)
        env = cfg.plugins.on_env(env, config=cfg, files=files)
        files.copy_static_files()
        for template in cfg.theme.static_templates:
            mkbuild._build_theme_template(template, env, files, cfg, nav)
        for file in doc_files:
            if file.src_uri not in _NAV_PAGES:
                mkbuild._populate_page(file.page, cfg, files)
            mkbuild._build_page(file.page, cfg, doc_files, nav, env)
            self._forget_text(file.page)
        cfg.plugins.on_post_build(config=cfg)
        self.cfg, self.files, self.nav, self.env = cfg, files, nav, env

    def update(self, paths: list[str]) -> None:
        """Rebuild the HTML of these docs-relative files (added, changed or deleted)."""
        cfg, files = self.cfg, self.files
        doc_files = None
        for path in paths:
            file = files.get_file_from_path(path)
            source = Path(cfg.docs_dir) / path
            if not source.exists():
                if file is not None:
                    files.remove(file)
                    _remove(Path(file.abs_dest_path), self.site_dir)
                    doc_files = None
                continue
            if file is None:
                file = File(path, cfg.docs_dir, cfg.site_dir, cfg.use_directory_urls)
                files.append(file)
                doc_files = None
            if not file.is_documentation_page():
                file.copy_file()
                continue
            if file.page is None:
                Page(None, file, cfg)
            mkbuild._populate_page(file.page, cfg, files)
            doc_files = doc_files or files.documentation_pages()
            mkbuild._build_page(file.page, cfg, doc_files, self.nav, self.env)
            self._forget_text(file.page)

    def _forget_text(self, page: Page) -> None:
        # MkDocs keeps every page's Markdown and HTML; a page build needs only its own.
        # At 10,000 articles that is hundreds of megabytes.
        if not page.is_homepage and page.file.src_uri not in _NAV_PAGES:
            page.markdown = page.content = None


_NAV_PAGES = ("index.md", "timeline.md", "actors/index.md", "sources/index.md")


def _remove(path: Path, root: Path) -> None:
    """Delete a built page and the folders it leaves empty (never ``root`` itself)."""
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != root and folder.is_relative_to(root) and folder.is_dir() and not os.listdir(folder):
        folder.rmdir()
        folder = folder.parent
