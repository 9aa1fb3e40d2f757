"""Per-language data: word lists and patterns, kept in ``<code>.yml`` files.

Adding a language means adding a file with the same keys as ``nl.yml`` and
``en.yml`` (a test checks the schema). Month and weekday names are not here:
they come from CLDR through Babel (see ``generator.extract.text.calendar``).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

import yaml

LANGUAGE_DIR = Path(__file__).parent
# libyaml's loader is ~10x faster; the pure-Python one gives the same result.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def available_languages() -> list[str]:
    return sorted(p.stem for p in LANGUAGE_DIR.glob("*.yml"))


def language_file(code: str) -> Path:
    return LANGUAGE_DIR / f"{code}.yml"


@functools.cache
def load_language(code: str) -> dict[str, Any]:
    """The parsed data file of language ``code`` (cached; treat it as read-only)."""
    path = language_file(code)
    if not path.is_file():
        raise LookupError(f"no language data for {code!r} (expected {path})")
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_SafeLoader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


@functools.cache
def language_hash(code: str) -> str:
    """Fingerprint of a language's data, part of the extraction cache key."""
    return hashlib.sha256(language_file(code).read_bytes()).hexdigest()[:16]
