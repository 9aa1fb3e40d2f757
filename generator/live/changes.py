"""What changed on disk: watchdog events, filtered, debounced and sorted by consequence.

Editors' tools save in bursts (a temporary file, a rename, a second write)
and a ``git checkout`` touches hundreds of files within a second: the queue
hands them over only once no event came for a short quiet period. Sorting
the paths tells the watcher what the burst forces to redo.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator import languages
from generator.config import Config

_EDITOR_JUNK = ("~", ".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload")


@dataclass
class Changes:
    """One burst of changed paths, sorted by what they force to redo."""

    folders: set[Path] = field(default_factory=set)  # briefing folders under content/
    global_content: bool = False  # actors.yml and other files at the top of content/
    templates: bool = False
    locales: bool = False
    theme: bool = False  # MkDocs theme overrides or mkdocs.yml: the served site is rebuilt
    language_data: bool = False

    @property
    def previewable(self) -> bool:
        """Only briefing folders changed: their pages can be written before the full run."""
        return bool(self.folders) and not (self.global_content or self.templates or self.locales
                                           or self.theme or self.language_data)


def ignored(path: Path) -> bool:
    """Hidden files and editors' temporary files (``.x.swp``, ``x~``, vim's ``4913``)."""
    name = path.name
    return name.startswith((".", "#")) or name.endswith(_EDITOR_JUNK) or name == "4913"


def classify(paths: set[Path], config: Config) -> Changes:
    changes = Changes()
    for path in paths:
        if path.is_relative_to(config.content_dir):
            parts = path.relative_to(config.content_dir).parts
            if len(parts) > 1 or (parts and (config.content_dir / parts[0]).is_dir()):
                changes.folders.add(config.content_dir / parts[0])
            else:
                changes.global_content = True
        elif path.is_relative_to(config.locales_dir):
            changes.locales = changes.theme = True  # UI strings feed MkDocs' navigation too
        elif path.is_relative_to(config.theme_dir) or path == config.mkdocs_base:
            changes.theme = True
        elif path.is_relative_to(config.templates_dir):
            changes.templates = True
        elif path.is_relative_to(languages.LANGUAGE_DIR):
            changes.language_data = True
    return changes


class ChangeQueue(FileSystemEventHandler):
    """Collects changed paths from watchdog's thread; hands them over in quiet bursts."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.paths: set[Path] = set()
        self.last = 0.0
        self.cond = threading.Condition()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return  # reads, not changes
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if not raw:
                continue
            path = Path(raw.decode() if isinstance(raw, bytes) else raw)
            if ignored(path) or (path.parent == self.config.root and path != self.config.mkdocs_base):
                continue
            with self.cond:
                self.paths.add(path)
                self.last = time.monotonic()
                self.cond.notify_all()

    def take(self, quiet: float, timeout: float) -> set[Path]:
        """Wait up to ``timeout`` for a change, then until none came for ``quiet`` seconds."""
        with self.cond:
            if not self.paths and not self.cond.wait_for(lambda: bool(self.paths), timeout=timeout):
                return set()
            while (left := self.last + quiet - time.monotonic()) > 0:
                self.cond.wait(timeout=left)
            paths, self.paths = self.paths, set()
            return paths
