"""One hostile build per session, shared by the corpus, injection and file-system tests.

The build runs the real command twice on the same project: plainly (it must
succeed) and with ``--strict`` (it must fail), with a snapshot of the whole
project before and after each.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.project import Entry, make_hostile_project, run_cli, snapshot


@dataclass(frozen=True)
class HostileBuild:
    root: Path
    plain: subprocess.CompletedProcess
    strict: subprocess.CompletedProcess
    before: dict[str, Entry]
    after_plain: dict[str, Entry]
    after_strict: dict[str, Entry]

    @property
    def site(self) -> Path:
        return self.root / "site"

    def lines_about(self, path: str) -> list[str]:
        """The plain build's messages that name ``content/<path>``."""
        prefix = f"content/{path}"
        return [line for line in self.plain.stderr.splitlines()
                if line.startswith((prefix + ":", prefix + " "))]


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory) -> HostileBuild:
    root = make_hostile_project(tmp_path_factory.mktemp("hostile") / "project")
    before = snapshot(root)
    plain = run_cli(root, "build")
    after_plain = snapshot(root)
    strict = run_cli(root, "--strict", "build")
    return HostileBuild(root, plain, strict, before, after_plain, snapshot(root))
