"""A guard against hangs on hostile input, not a speed test.

Speed goals live in ``make bench``; unit tests never time code. But a regular
expression that backtracks catastrophically or a quadratic loop turns a
hostile file into a build that never ends, and that is a correctness bug.
``no_hang`` fails the test when the block runs for ``seconds`` (generous:
far above what the linear code needs even on a loaded 2-core machine).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

HANG_SECONDS = 30


@contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # SIGALRM only reaches the main thread; run unguarded
        return

    def hung(signum, frame):
        pytest.fail(f"still running after {seconds} s: the code is not linear on this input")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
