"""The briefing command: help, exit codes, the extraction contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, write

BRIEFING = [sys.executable, "-m", "generator.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*BRIEFING, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("command", ["build", "generate", "check", "extract"])
def test_every_command_explains_itself_with_an_example(command):
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout and "briefing " + command in result.stdout


def test_extract_prints_the_contract():
    result = run("extract", str(SEED), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert {"title", "language", "published", "actors", "events", "positions"} <= set(data)
    assert data["published"] == "2025-01" and data["language"] == "nl"
    for actor in data["actors"]:
        assert {"id", "name", "kind", "role", "aliases", "mentions"} <= set(actor)
    for event in data["events"]:
        assert {"date", "granularity", "approximate", "expression", "text", "actors", "amounts", "source"} <= set(event)
    for position in data["positions"]:
        assert {"actor", "text", "kind", "channel", "verb", "source"} <= set(position)


def test_check_reports_bad_front_matter_without_traceback(empty_project):
    write(empty_project / "content" / "b" / "bad.md", "---\ntitle: x\ndate: 2025-02-30\n---\nTekst.\n")
    write(empty_project / "content" / "b" / "good.md", "---\ntitle: y\nlanguage: nl\n---\nTekst.\n")
    result = run("check", cwd=empty_project)
    assert result.returncode == 1
    assert "content/b/bad.md:3: expected a date" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_says_the_title_was_derived(project):
    result = run("check", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "ew-deepseek-wake-up-call.txt:1: warning: no title; derived" in result.stderr
    strict = run("--strict", "check", cwd=project)
    assert strict.returncode == 1


def test_generate_writes_markdown_for_both_languages(project):
    result = run("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    for language in ("nl", "en"):
        assert (project / "build" / "docs" / language / "briefings" / "deepseek-ai-race.md").exists()
    assert not (project / "site").exists()


def test_build_with_a_broken_article_still_builds_the_rest(project):
    write(project / "content" / "deepseek-ai-race" / "broken.md", "---\n- not\n- a mapping\n---\nTekst.\n")
    result = run("build", cwd=project)
    assert result.returncode == 0
    assert "broken.md:2: expected front matter to be a mapping" in result.stderr
    assert (project / "site" / "briefings" / "deepseek-ai-race" / "index.html").exists()
    assert run("--strict", "build", cwd=project).returncode == 1
