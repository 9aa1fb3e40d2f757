"""Read ``content/`` through the cache: re-read only the briefing folders that changed.

Parsing front matter is the costly part of a no-change build at 10,000
articles. Each briefing folder is read by the reader's own
:func:`generator.read.sources.read_briefing` and its result cached under the
content hashes of the folder's files, so an edit re-reads one folder; the
top-level walk is the reader's own (:func:`generator.read.sources.read_content`).
"""

from __future__ import annotations

from pathlib import Path

from generator.extract.dates.finder import parse_dateline
from generator.incremental.cache import ObjectCache
from generator.incremental.fingerprints import HashMemo, file_hash
from generator.incremental.state import digest
from generator.read import sources


def read_content_cached(content_dir: Path, cache: ObjectCache, reader_code: str, *,
                        memo: HashMemo | None = None, debug: bool = False) -> sources.Content:
    """Like ``sources.read_content``, reusing folders whose files' hashes are all known."""

    def read_cached(folder: Path, content_dir: Path, content: sources.Content) -> None:
        part = read_folder(folder, content_dir, cache, reader_code, memo, debug)
        content.briefings.update(part.briefings)
        content.articles.extend(part.articles)
        content.problems.extend(part.problems)

    return sources.read_content(content_dir, debug=debug, read_folder=read_cached)


def read_folder(folder: Path, content_dir: Path, cache: ObjectCache, reader_code: str,
                 memo: HashMemo | None, debug: bool) -> sources.Content:
    relative = folder.relative_to(content_dir).as_posix()
    key = folder_key(folder, relative, reader_code, memo)
    cached = cache.get("articles", key) if key else None
    if cached is not None:
        return cached
    part = sources.Content()
    sources.read_briefing(folder, content_dir, part, debug=debug, dateline=parse_dateline)
    if key and not part.errors:  # a broken file is re-read, and re-reported, every run
        cache.put("articles", key, relative, part)
    return part


def folder_key(folder: Path, relative: str, reader_code: str, memo: HashMemo | None) -> str | None:
    """The content hashes of a folder's files (not subfolders: ``i18n/`` is read elsewhere)."""
    parts = ["folder", relative, reader_code]
    try:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                parts.append(f"{path.name}={memo.hash(path) if memo else file_hash(path)}")
            else:
                parts.append(f"{path.name}/")
    except OSError:  # changing under our feet: read it the slow way
        return None
    return digest(*parts)
