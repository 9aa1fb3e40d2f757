"""Write generated pages to ``build/docs``: only what changed, atomically.

A page whose bytes did not change is not touched (so MkDocs' watcher and the
build state see no change); pages no longer generated are pruned. Nothing
outside the docs folder is ever written or removed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.render.pages import Page, docs_path


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    pruned: list[str] = field(default_factory=list)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` unless ``path`` already holds exactly it; True if written."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    atomic_write(path, data)
    return True


def write_pages(pages: Iterable[Page], docs_root: Path, assets: dict[str, bytes]) -> WriteReport:
    """Write every page and static asset for every language; prune the rest."""
    report = WriteReport()
    keep: set[Path] = set()
    languages: set[str] = set()
    for page in pages:
        languages.add(page.language)
        target = docs_path(docs_root, page)
        keep.add(target)
        if write_if_changed(target, page.text.encode("utf-8")):
            report.written.append(f"{page.language}/{page.path}")
        else:
            report.unchanged += 1
    for language in sorted(languages):
        for name, data in assets.items():
            target = docs_root / language / name
            keep.add(target)
            if write_if_changed(target, data):
                report.written.append(f"{language}/{name}")
    report.pruned = prune(docs_root, keep)
    return report


def prune(docs_root: Path, keep: set[Path]) -> list[str]:
    """Remove files under ``docs_root`` that were not generated this time."""
    pruned = []
    if not docs_root.is_dir():
        return pruned
    for root, dirs, files in os.walk(docs_root, topdown=False):
        for name in files:
            path = Path(root) / name
            if path not in keep:
                path.unlink()
                pruned.append(path.relative_to(docs_root).as_posix())
        if Path(root) != docs_root and not os.listdir(root):
            os.rmdir(root)
    return sorted(pruned)
