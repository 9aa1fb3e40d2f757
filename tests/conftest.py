"""Shared fixtures: a throw-away copy of the project to build in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "deepseek-ai-race" / "ew-deepseek-wake-up-call.txt"


def make_project(destination: Path, with_content: bool = True) -> Path:
    """Copy what a build reads (templates, mkdocs.yml, content) to ``destination``."""
    shutil.copytree(ROOT / "templates", destination / "templates")
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    if with_content:
        shutil.copytree(ROOT / "content", destination / "content")
    else:
        (destination / "content").mkdir()
    return destination


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the real templates and sample content."""
    return make_project(tmp_path / "project")


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """A project folder with the real templates and an empty content/."""
    return make_project(tmp_path / "project", with_content=False)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
