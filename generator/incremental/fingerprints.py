"""Content hashes of everything a build reads, and of the code that reads it.

Fingerprints are content hashes, not modification times: a ``git checkout``
that rewrites a file with the same bytes, or a clock skew, must not cost a
rebuild, and an edit within the same second must not be missed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from generator import languages
from generator.config import Config
from generator.incremental.state import digest

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# The code each cache entry depends on, beyond its explicit version numbers:
# an edit there (a developer at work) must not serve stale results. Whole
# folders, so that a module added to a stage is covered without a change here.
READER_CODE = ("read", "errors.py", "slugs.py", "model.py", "languages")
EXTRACTOR_CODE = ("extract", "model.py", "languages")


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def code_hash(*names: str) -> str:
    """Hash of the Python sources under ``generator/<name>`` (files or folders).

    A name that is not there is an error, not a silent skip: after a module
    moved, a cache key that no longer covered it would serve stale results.
    """
    parts = []
    for name in names:
        target = PACKAGE_DIR / name
        if target.is_dir():
            files = sorted(target.rglob("*.py"))
        elif target.is_file():
            files = [target]
        else:
            raise LookupError(f"{target}: expected a module or folder of generator/ to fingerprint, found none")
        parts.extend(f"{p.relative_to(PACKAGE_DIR).as_posix()}:{file_hash(p)}" for p in files)
    return digest(*parts)


def walk(folder: Path) -> list[Path]:
    """Every regular file below ``folder``, hidden ones (editor swap files) excluded."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        paths = (Path(root) / n for n in sorted(names) if not n.startswith(".") and not n.endswith("~"))
        found.extend(p for p in paths if p.is_file())  # reading a named pipe would block forever
    return found


@dataclass
class HashMemo:
    """Content hashes by path, reused while a file's stat signature is unchanged.

    Only the long-running ``watch`` keeps one: a fresh ``build`` hashes every
    file, as the state must not trust modification times across runs.
    """

    entries: dict[Path, tuple[int, int, str]] = field(default_factory=dict)

    def hash(self, path: Path) -> str:
        stat = path.stat()
        known = self.entries.get(path)
        if known and known[0] == stat.st_mtime_ns and known[1] == stat.st_size:
            return known[2]
        value = file_hash(path)
        self.entries[path] = (stat.st_mtime_ns, stat.st_size, value)
        return value


def input_files(config: Config) -> list[Path]:
    """Everything the generator reads: content, templates, locales, mkdocs.yml, language data."""
    files = walk(config.content_dir) + walk(config.templates_dir)
    if config.mkdocs_base.is_file():
        files.append(config.mkdocs_base)
    files.extend(languages.language_file(code) for code in languages.available_languages())
    return files


def input_hashes(config: Config, memo: HashMemo | None = None) -> dict[str, str]:
    """``{path: content hash}`` of every input; paths relative to the project when inside it."""
    hashes = {}
    for path in input_files(config):
        try:
            value = memo.hash(path) if memo else file_hash(path)
        except OSError:  # deleted between the walk and the read: it is gone
            continue
        try:
            key = path.relative_to(config.root).as_posix()
        except ValueError:
            key = path.as_posix()
        hashes[key] = value
    hashes["<code>"] = code_hash(".")
    for code in languages.available_languages():
        # What the extraction cache keys on (a test may stand in its own function).
        hashes[f"<language {code}>"] = languages.language_hash(code)
    return hashes


def inputs_digest(hashes: dict[str, str]) -> str:
    return digest(*(f"{path}={value}" for path, value in sorted(hashes.items())))
