"""Run one stage in a forked child, so the memory it used goes back to the system.

A cold build of 10,000 articles holds every extraction and the whole site
model while it renders; CPython keeps most of that heap once it is freed
(fragmented arenas), so the MkDocs builds that follow would run beside an
idle half gigabyte. ``briefing build`` therefore generates a big site in a
forked child: its progress reaches the parent's bar, its report or its error
comes back pickled, and when it exits its memory is gone.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from multiprocessing import Pipe
from typing import TypeVar

from generator.errors import BuildError

T = TypeVar("T")
Progress = Callable[[int, int], None]


def available() -> bool:
    """Fork only where it exists and is safe: no other thread could hold a lock the child inherits."""
    return hasattr(os, "fork") and threading.active_count() == 1


def call(function: Callable[[Progress | None], T], progress: Progress | None = None) -> T:
    """``function(progress)`` in a forked child; its result returned, its exception raised here."""
    receiver, sender = Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        receiver.close()
        _run_child(function, sender, progress is not None)
    sender.close()
    try:
        while True:
            try:
                kind, *value = receiver.recv()
            except EOFError:
                raise BuildError("the generator process ended unexpectedly (out of memory, or killed); "
                                 "the previous pages and site are kept") from None
            if kind == "progress":
                progress(*value)
            elif kind == "error":
                raise value[0]
            else:
                return value[0]
    finally:
        receiver.close()
        os.waitpid(pid, 0)


def _run_child(function, sender, forward_progress: bool) -> None:
    die_with_parent()
    try:
        report = (lambda done, total: sender.send(("progress", done, total))) if forward_progress else None
        sender.send(("result", function(report)))
    except BaseException as exc:  # every outcome goes back to the parent, even Ctrl-C
        try:
            sender.send(("error", exc))
        except Exception:  # an exception that does not pickle: its text does
            sender.send(("error", BuildError(f"{type(exc).__name__}: {exc}")))
    finally:
        sender.close()
        os._exit(0)


def die_with_parent() -> None:
    """Linux: this child process ends when its parent (the build it works for) is killed."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
