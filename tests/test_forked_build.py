"""A big site is generated in a forked child: same pages and report, errors and progress reach the parent."""

from __future__ import annotations

import os
import signal

import pytest

from generator import pipeline
from generator.config import Config
from generator.errors import BuildError
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from tests.extractors import extractor_spec
from tests.site.fixture import fake_extract, make_project

pytestmark = pytest.mark.slow


def docs(root) -> dict[str, bytes]:
    base = root / "build" / "docs"
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def test_a_forked_build_makes_the_same_pages_and_report(tmp_path, monkeypatch):
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(fake_extract))
    here, there = make_project(tmp_path / "here"), make_project(tmp_path / "there")
    calls: list[tuple[int, int]] = []
    in_process = pipeline.build(Config.from_root(here), fork=False)
    in_child = pipeline.build(Config.from_root(there), fork=True, progress=lambda done, total: calls.append((done, total)))
    assert docs(here) == docs(there)
    assert (there / "site" / "en" / "briefings" / "ai-race" / "index.html").is_file()
    assert (in_child.sources_read, in_child.extracted, sorted(in_child.written)) == \
        (in_process.sources_read, in_process.extracted, sorted(in_process.written))
    assert calls and calls[-1] == (3, 3)  # the child's progress drove the parent's callback
    again = pipeline.build(Config.from_root(there), fork=True)
    assert again.up_to_date and again.mkdocs_skipped  # the child's state is the parent's


def test_an_error_in_the_child_is_raised_in_the_parent_with_its_file(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")

    def broken(config, state, session, **kwargs):
        raise BuildError("cannot write the pages", root / "build" / "docs")

    monkeypatch.setattr(pipeline, "_generate", broken)
    with pytest.raises(BuildError, match="cannot write the pages") as failure:
        pipeline.build(Config.from_root(root), fork=True)
    assert failure.value.path == root / "build" / "docs"
    assert not (root / "site").exists()


def test_a_child_that_dies_is_a_clear_error_and_the_lock_is_released(tmp_path, monkeypatch):
    root = make_project(tmp_path / "project")
    monkeypatch.setattr(pipeline, "_generate", lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL))
    with pytest.raises(BuildError, match="ended unexpectedly"):
        pipeline.build(Config.from_root(root), fork=True)
    monkeypatch.undo()
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(fake_extract))
    assert not pipeline.build(Config.from_root(root), fork=True).errors
