"""A throw-away project built from the hostile corpus, and how to run the CLI on it.

Shared by the hostile corpus tests and the kill, concurrency and watch tests:
they all drive the real ``briefing`` command in a subprocess, on a copy of
the templates and ``mkdocs.yml`` with a ``content/`` of our own.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
# The installed command, as an editor runs it; the module where it is not installed.
_SCRIPT = Path(sys.executable).parent / "briefing"
BRIEFING = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "generator.cli"]
HUGE_BYTES = 50 * 2**20


def make_project(destination: Path, content: Path | None = None) -> Path:
    """Copy templates and ``mkdocs.yml`` to ``destination`` and ``content`` to its ``content/``."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "templates", destination / "templates")
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    if content is None:
        (destination / "content").mkdir()
    else:
        shutil.copytree(content, destination / "content", symlinks=True)
    return destination


def make_good_project(destination: Path) -> Path:
    """A small, clean project: the corpus' ``good`` briefing (one Dutch, one English article)."""
    root = make_project(destination)
    shutil.copytree(CORPUS / "good", root / "content" / "good")
    return root


def make_hostile_project(destination: Path) -> Path:
    """The corpus, plus what cannot live in git: a 50 MB article, symbolic links, a named pipe."""
    root = make_project(destination, CORPUS)
    hostile = root / "content" / "hostile"
    with open(hostile / "huge-50mb.md", "w", encoding="utf-8") as handle:
        handle.write("---\ntitle: Fifty megabytes\nlanguage: en\ndate: 2025-01-27\n---\n")
        sentence = "The minister said on Tuesday that the plan would be presented in March. "
        handle.write(sentence * (HUGE_BYTES // len(sentence) + 1))
    (hostile / "symlink-loop.md").symlink_to("symlink-loop.md")  # points at itself
    (root / "content" / "loop-folder").symlink_to("loop-folder")
    (hostile / "parent-loop").symlink_to("..")  # a folder cycle, for anything that walks
    (hostile / "outside.md").symlink_to("/etc/passwd")  # path traversal by link
    (hostile / "dangling.md").symlink_to("no-such-article.md")
    os.mkfifo(hostile / "named-pipe.md")  # opening it for reading would block forever
    return root


def run_cli(root: Path, *args: str, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """``briefing --root ROOT ARGS...`` from inside ``root``, so messages show ``content/...``."""
    return subprocess.run(
        [*BRIEFING, "--root", str(root), *args],
        cwd=root, capture_output=True, text=True, timeout=timeout, env=cli_env(env),
    )


def start_cli(root: Path, *args: str, **kwargs) -> subprocess.Popen:
    """The same as ``run_cli`` without waiting: for kill and concurrency tests."""
    return subprocess.Popen(
        [*BRIEFING, "--root", str(root), *args], cwd=root, env=cli_env(None),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs,
    )


def cli_env(extra: dict | None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    env.pop("BRIEFING_DEBUG", None)
    return {**env, **(extra or {})}


@dataclass(frozen=True)
class Entry:
    """What a snapshot records of one path."""

    kind: str  # "file", "dir" or "link"
    size: int
    mtime_ns: int
    digest: str  # file content hash, or a link's target


def snapshot(root: Path) -> dict[str, Entry]:
    """Every path under ``root`` (links not followed): kind, size, mtime and hash."""
    entries = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = Path(folder) / name
            info = path.lstat()
            relative = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[relative] = Entry("link", info.st_size, info.st_mtime_ns, os.readlink(path))
            elif path.is_dir():
                entries[relative] = Entry("dir", 0, info.st_mtime_ns, "")
            elif stat.S_ISREG(info.st_mode):
                entries[relative] = Entry("file", info.st_size, info.st_mtime_ns, _digest(path))
            else:  # a named pipe: never opened
                entries[relative] = Entry("other", info.st_size, info.st_mtime_ns, oct(info.st_mode))
    return entries


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(2**20), b""):
            digest.update(block)
    return digest.hexdigest()


def docs_tree(root: Path) -> dict[str, bytes]:
    """The generated Markdown of a project (``build/docs``), by path."""
    docs = root / "build" / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def changed_paths(before: dict[str, Entry], after: dict[str, Entry]) -> set[str]:
    """Paths added, removed or changed between two snapshots."""
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def outside(paths: set[str], *allowed: str) -> set[str]:
    """The paths not below any of the ``allowed`` top-level folders."""
    return {p for p in paths if p.split("/", 1)[0] not in allowed}
