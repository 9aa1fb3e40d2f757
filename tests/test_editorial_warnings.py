"""Editors' mistakes in ``actors.yml`` and ``briefing.yml`` are warnings at their line, with a did-you-mean."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.site.fixture import fake_extract, make_project
from tests.extractors import extractor_spec

BRIEFING = [sys.executable, "-m", "generator.cli"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_TEST_EXTRACTOR", extractor_spec(fake_extract))
    return make_project(tmp_path / "project")


def check(root, *options):
    return subprocess.run([*BRIEFING, "--root", str(root), *options, "check"], capture_output=True, text=True,
                          timeout=300)


def test_actors_yml_entries_for_unknown_ids_and_merge_targets_are_warnings(project):
    (project / "content" / "actors.yml").write_text(
        "donald-trump:\n  role: president\n"
        "donald-trmp:\n  kind: person\n"
        "elon-musk:\n  merge: no-such-actor\n", encoding="utf-8")
    result = check(project)
    assert result.returncode == 0, result.stderr
    assert ("content/actors.yml:3: warning: no article has the actor id 'donald-trmp'; this entry does nothing; "
            "did you mean 'donald-trump'?") in result.stderr
    assert "content/actors.yml:5: warning: merge target 'no-such-actor' is no actor id of any article" in result.stderr
    assert "'donald-trump'; this entry" not in result.stderr  # a known id is fine
    assert check(project, "--strict").returncode == 1


def test_an_unknown_briefing_yml_key_is_a_warning_with_a_suggestion(project):
    folder = next(p for p in (project / "content").iterdir() if p.is_dir())
    (folder / "briefing.yml").write_text("titel:\n  nl: Een titel\nsummary:\n  nl: Kort.\n", encoding="utf-8")
    result = check(project)
    assert (f"content/{folder.name}/briefing.yml:1: warning: unknown key 'titel' (expected title, summary, tags); "
            "did you mean 'title'?") in result.stderr
    assert check(project, "--strict").returncode == 1
