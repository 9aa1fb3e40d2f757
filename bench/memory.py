"""Peak memory of a measured run and all the processes it starts, sampled from outside.

The sampler runs in the ``make bench`` process, not in the measured one: a
thread there would change what it measures (a process with threads starts
its extraction workers with ``spawn`` instead of ``fork``).
"""

from __future__ import annotations

import os
import threading


class TreeMemory:
    """Peak of the summed memory of process ``pid`` and all its descendants.

    ``ru_maxrss`` gives each process's own peak; workers and the per-language
    MkDocs builds run at the same time, so what the machine must hold is their
    sum. Sampled every 0.1 s from /proc (Linux); 0 where /proc is missing, and
    a peak shorter than a sample can be missed.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            try:
                self.peak_kb = max(self.peak_kb, tree_pss_kb(self.pid))
            except OSError:
                return


def tree_pss_kb(root: int) -> int:
    """Proportional set size (shared pages split between sharers) summed over ``root``'s tree.

    PSS, not RSS: forked extraction workers share most pages with their parent.
    """
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo.extend(children.get(pid, ()))
    return total


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0
