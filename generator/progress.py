"""A progress bar for long builds: shown on a terminal, silent in CI and pipes.

Only a build that has many articles to extract takes more than a moment, so
the bar appears when the extraction batch is large enough; a no-change or
one-edit build prints nothing extra.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Fewer articles than this extract in about a second: no bar.
MIN_TOTAL = 100

Progress = Callable[[int, int], None]


def wanted(quiet: bool = False) -> bool:
    """A bar only for a person at a terminal: not with -q, in CI, or when stderr is piped."""
    return not quiet and not os.environ.get("CI") and sys.stderr.isatty()


@contextmanager
def progress_bar(description: str, quiet: bool = False) -> Iterator[Progress | None]:
    """Yield a ``(done, total)`` callback that drives a rich bar, or None when unwanted."""
    if not wanted(quiet):
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
              transient=True, console=None)
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < MIN_TOTAL:
            return
        if task is None:
            bar.start()
            task = bar.add_task(description, total=total)
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        if task is not None:
            bar.stop()
