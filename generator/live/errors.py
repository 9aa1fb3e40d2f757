"""Errors as ``path:line: message`` while watching, for any kind of failure.

A build error already reads that way; a broken Jinja template raises Jinja's
own exceptions, whose location is in the exception (syntax) or in the
traceback (an undefined variable at render time).
"""

from __future__ import annotations

import traceback
from pathlib import Path

import click
import jinja2

from generator.errors import format_location


def describe(exc: BaseException, root: Path | None = None) -> str:
    """One line naming the file and line that caused ``exc``, when known."""
    if isinstance(exc, click.ClickException):
        return exc.format_message()
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = exc.filename or exc.name
        return format_location(where, exc.lineno) + f"template error: {exc.message}"
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):  # Jinja maps rendering frames to template lines
            return format_location(frame.filename, frame.lineno) + f"{type(exc).__name__}: {exc}"
    return f"error: {type(exc).__name__}: {exc}"
