"""Write generated pages to ``build/docs``: only what changed, atomically.

A page whose bytes did not change is not touched (so MkDocs' watcher and the
build state see no change); pages no longer generated are pruned. Nothing
outside the docs folder is ever written or removed.

With the records of the last run (from the build state), an unchanged page
is recognised by its hash and its file's stat signature, without reading
the file back: at 10,000 articles that is tens of thousands of reads saved.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.render.pages import Page, docs_path


@dataclass(frozen=True, slots=True)
class OutputRecord:
    """A page as last written: its content hash and the file's stat signature."""

    hash: str
    size: int
    mtime_ns: int


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    pruned: list[str] = field(default_factory=list)
    records: dict[str, OutputRecord] = field(default_factory=dict)
    pages: int = 0  # pages generated this run (written or not), assets excluded


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


def write_pages(pages: Iterable[Page], docs_root: Path, assets: dict[str, bytes],
                known: dict[str, OutputRecord] | None = None) -> WriteReport:
    """Write every page and static asset for every language; prune the rest.

    ``known`` maps docs-relative paths to what the last run wrote there.
    """
    report = WriteReport()
    keep: set[str] = set()  # paths as text: 70,000 Path objects would take tens of megabytes
    languages: set[str] = set()
    known = known or {}

    def put(name: str, target: Path, data: bytes, is_page: bool = True) -> None:
        keep.add(os.fspath(target))
        report.pages += is_page
        digest = hashlib.sha256(data).hexdigest()
        if unchanged(target, digest, known.get(name)) or not write_if_changed(target, data):
            report.unchanged += is_page  # "unchanged" counts pages, not the CSS
        else:
            report.written.append(name)
        stat = target.stat()
        report.records[name] = OutputRecord(digest, stat.st_size, stat.st_mtime_ns)

    for page in pages:
        languages.add(page.language)
        put(f"{page.language}/{page.path}", docs_path(docs_root, page), page.text.encode("utf-8"))
    for language in sorted(languages):
        for name, data in assets.items():
            put(f"{language}/{name}", docs_root / language / name, data, is_page=False)
    report.pruned = prune(docs_root, keep)
    return report


def unchanged(target: Path, digest: str, record: OutputRecord | None) -> bool:
    """True when the last run wrote exactly ``digest`` here and nobody touched the file since."""
    if record is None or record.hash != digest:
        return False
    try:
        stat = target.stat()
    except FileNotFoundError:
        return False
    return stat.st_size == record.size and stat.st_mtime_ns == record.mtime_ns


def intact(docs_root: Path, records: dict[str, OutputRecord]) -> bool:
    """Whether every recorded page is still on disk as written (stat signature only)."""
    for name, record in records.items():
        try:
            stat = (docs_root / name).stat()
        except FileNotFoundError:
            return False
        if stat.st_size != record.size or stat.st_mtime_ns != record.mtime_ns:
            return False
    return True


def count_files(*roots: Path) -> int:
    """Files under ``roots`` (a quick measure of a site's size, reading nothing)."""
    return sum(len(files) for root in roots for _, _, files in os.walk(root))


def prune(docs_root: Path, keep: set[str]) -> list[str]:
    """Remove files under ``docs_root`` that were not generated this time."""
    pruned = []
    if not docs_root.is_dir():
        return pruned
    for root, dirs, files in os.walk(docs_root, topdown=False):
        for name in files:
            if os.path.join(root, name) in keep:
                continue
            path = Path(root) / name
            path.unlink()
            pruned.append(path.relative_to(docs_root).as_posix())
        if Path(root) != docs_root and not os.listdir(root):
            os.rmdir(root)
    return sorted(pruned)
