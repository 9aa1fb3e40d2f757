"""An unusable ``build/state.sqlite3`` is moved aside with a warning and the build runs cold."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.hostile.project import BRIEFING, make_good_project


def generate(root):
    return subprocess.run([*BRIEFING, "--root", str(root), "generate"], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("damage", ["directory", "random bytes", "symlink to nowhere"])
def test_an_unusable_state_is_moved_aside_and_the_build_runs(tmp_path, damage):
    root = make_good_project(tmp_path / "project")
    state = root / "build" / "state.sqlite3"
    state.parent.mkdir(parents=True)
    if damage == "directory":
        state.mkdir()
        (state / "x").write_text("x")
    elif damage == "random bytes":
        state.write_bytes(os.urandom(4096))
    else:
        state.symlink_to(tmp_path / "nowhere")
    result = generate(root)
    assert result.returncode == 0, result.stderr
    assert "moved aside to state.sqlite3.unusable" in result.stderr
    assert state.is_file() and not state.is_symlink()
    assert (root / "build" / "docs" / "nl" / "index.md").is_file()
    again = generate(root)  # the repaired state is used: nothing is extracted again
    assert again.returncode == 0 and "moved aside" not in again.stderr
    assert "0 extracted" in again.stderr


def test_build_as_a_symlink_to_outside_is_refused(tmp_path):
    root = make_good_project(tmp_path / "project")
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "build").symlink_to(outside)
    result = generate(root)
    assert result.returncode == 1
    assert "build: expected a folder, got a symbolic link" in result.stderr and "Traceback" not in result.stderr
    assert list(outside.iterdir()) == []  # nothing written through the link
