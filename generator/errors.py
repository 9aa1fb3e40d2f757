"""One exception family for everything a user can get wrong.

Messages follow ``path:line: what was expected, got 'x'`` so that editors and
their tools can jump to the spot. The CLI prints them without a traceback
(unless ``--debug``); ``--strict`` turns warnings into failures.
"""

from __future__ import annotations

import os
import re
import reprlib
from dataclasses import dataclass
from pathlib import Path

import click


class BriefingError(click.ClickException):
    """Base of all errors the user should see as one clear line."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.line = line
        self.detail = message
        super().__init__(format_location(path, line) + message)

    def __reduce__(self):
        # Pickled with its parts (a forked build sends its errors to the parent).
        return type(self), (self.detail, self.path, self.line)


class ContentError(BriefingError):
    """A source article, ``briefing.yml`` or ``actors.yml`` is invalid."""


class BuildError(BriefingError):
    """The site could not be built (MkDocs failed, another build holds the lock, ...)."""


@dataclass(frozen=True)
class Problem:
    """A warning or an error found while reading content; the build goes on."""

    message: str
    path: Path | None = None
    line: int | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return f"{format_location(self.path, self.line)}{label}{self.message}"

    @classmethod
    def from_error(cls, error: BriefingError) -> "Problem":
        return cls(error.detail, error.path, error.line, "error")


def format_location(path: Path | str | None, line: int | None) -> str:
    if path is None:
        return ""
    shown = printable(str(display_path(Path(path))))
    return f"{shown}:{line}: " if line is not None else f"{shown}: "


def display_path(path: Path) -> Path:
    """``path`` relative to the working directory when it lies below it.

    Symlinks are not followed: a message about ``content/b/x.md`` must name
    that file, not where a link points (and a symlink loop cannot resolve).
    """
    try:
        absolute, cwd = os.path.abspath(path), os.path.abspath(os.getcwd())
        return Path(os.path.relpath(absolute, cwd)) if absolute.startswith(cwd + os.sep) else path
    except (ValueError, OSError):
        return path


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with control characters escaped: a file name cannot drive the terminal."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict, _SHORT.maxstring, _SHORT.maxother = 3, 6, 6, 60, 60


def expected(what: str, got: object) -> str:
    """``expected <what>, got '<got>'``, with the value shortened for one line.

    Containers go through ``reprlib``: ``str()`` of a YAML alias bomb would
    never finish.
    """
    text = got if isinstance(got, str) else _SHORT.repr(got)
    text = printable(text)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"expected {what}, got {text!r}"
