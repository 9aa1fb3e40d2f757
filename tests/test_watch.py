"""``briefing watch``: what it reacts to, how it debounces, and how it survives a broken file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from watchdog.events import DirModifiedEvent, FileModifiedEvent, FileMovedEvent

from generator import languages
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from generator.live.changes import ChangeQueue, classify, ignored
from generator.live.watch import Watcher
from tests.extractors import extractor_spec
from tests.test_incremental import make_project, simple_extract, write_article

EXTRACTOR = "tests.test_incremental:simple_extract"


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config.from_root(make_project(tmp_path / "project"))


def test_changes_are_sorted_by_what_they_force(config):
    changes = classify({config.content_dir / "storm/nos.md", config.content_dir / "storm/i18n/en.po"}, config)
    assert changes.folders == {config.content_dir / "storm"} and changes.previewable
    assert classify({config.content_dir / "actors.yml"}, config).global_content
    assert classify({config.templates_dir / "briefing.md.j2"}, config).templates
    locales = classify({config.locales_dir / "nl/LC_MESSAGES/messages.po"}, config)
    assert locales.locales and locales.theme and not locales.previewable
    assert classify({config.mkdocs_base}, config).theme
    assert classify({languages.LANGUAGE_DIR / "nl.yml"}, config).language_data
    mixed = classify({config.content_dir / "storm/nos.md", config.templates_dir / "home.md.j2"}, config)
    assert not mixed.previewable  # a template change needs the full run anyway


@pytest.mark.parametrize("name", [".nos.md.swp", "nos.md~", "4913", ".#nos.md", "#nos.md#", "x.tmp"])
def test_editor_temporary_files_are_ignored(name):
    assert ignored(Path("content/storm") / name)


def test_own_output_is_never_queued(config):
    queue = ChangeQueue(config)
    queue.on_any_event(FileModifiedEvent(str(config.root / "notes.txt")))  # top level: only mkdocs.yml counts
    queue.on_any_event(DirModifiedEvent(str(config.content_dir / ".git")))
    assert queue.take(0.01, timeout=0.05) == set()
    queue.on_any_event(FileModifiedEvent(str(config.mkdocs_base)))
    assert queue.take(0.01, timeout=0.05) == {config.mkdocs_base}


def test_a_burst_of_events_is_one_change(config):
    """A `git checkout` of 200 files arrives as 200 events: they are handed over together."""
    queue = ChangeQueue(config)

    def checkout():
        for number in range(200):
            queue.on_any_event(FileModifiedEvent(str(config.content_dir / f"b{number % 7}/a{number}.md")))
            time.sleep(0.001)

    writer = threading.Thread(target=checkout)
    writer.start()
    first = queue.take(quiet=0.3, timeout=5)
    writer.join()
    assert len(first) == 200
    assert queue.take(quiet=0.3, timeout=0.05) == set()


def test_a_move_counts_both_ends(config):
    queue = ChangeQueue(config)
    queue.on_any_event(FileMovedEvent(str(config.content_dir / "storm/.nos.md.tmp"), str(config.content_dir / "storm/nos.md")))
    assert queue.take(0.01, timeout=0.05) == {config.content_dir / "storm/nos.md"}


def wait_for(condition, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_watch_regenerates_and_survives_a_broken_file(config, monkeypatch):
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(simple_extract))
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
    messages: list[str] = []
    watcher = Watcher(config, messages.append, debounce=0.05)
    stop = threading.Event()
    page = config.build_dir / "docs/nl/sources/storm/nos.md"
    home = config.build_dir / "docs/nl/index.md"
    try:
        watcher.start()
        thread = threading.Thread(target=watcher.run, args=(stop,))
        thread.start()
        assert wait_for(lambda: page.exists() and home.exists()), messages

        write_article(config.root, "storm/nos.md", "nl", "Storm Eunice", "De storm raasde over Friesland.")
        assert wait_for(lambda: "Friesland" in page.read_text(encoding="utf-8")), messages
        assert wait_for(lambda: any(m.startswith("preview:") for m in messages)), messages

        write_article(config.root, "storm/new.md", "nl", "Nieuw", "Een nieuw artikel.")  # the full run adds it to home
        assert wait_for(lambda: (config.build_dir / "docs/en/sources/storm/new.md").exists()), messages

        (config.content_dir / "storm/nos.md").write_text("---\ntitle: [unclosed\n---\nTekst.\n", encoding="utf-8")
        assert wait_for(lambda: any("storm/nos.md:2:" in m or "storm/nos.md:3:" in m for m in messages)), messages
        assert wait_for(lambda: not watcher.background.running)
        assert "Friesland" in page.read_text(encoding="utf-8")  # the last good page is kept
        assert thread.is_alive()  # and the watcher keeps running
    finally:
        stop.set()
        watcher.close()
