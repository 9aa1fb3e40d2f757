"""The full regeneration ``watch`` runs after each change, in a child process.

Why a process and not a thread: a full regeneration is CPU-bound and grows
with the corpus. In the watch process it would hold the GIL while the next
edit waits, and a thread cannot be cancelled. A child process uses the other
core and is stopped the moment a newer edit arrives; its writes are atomic,
so stopping it leaves whole pages only, and the next run finishes the job.

Run as ``python -m generator.live.background ROOT``: it prints one JSON object.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config


@dataclass
class Outcome:
    """What the child reported: the pages it changed, its problems, or the error that stopped it."""

    written: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    summary: str = ""
    error: str | None = None


class Background:
    """At most one full regeneration at a time; a new one replaces a running one."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.process: subprocess.Popen | None = None
        self.output = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        self.cancel()
        command = [sys.executable, "-m", "generator.live.background", str(self.config.root)]
        # Output goes to a file, not a pipe: a chatty child must never block on a full pipe.
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        # Its own process group: a Ctrl-C in the terminal is for the watcher, which stops it.
        self.process = subprocess.Popen(command, stdout=self.output, stderr=subprocess.STDOUT, text=True,
                                        start_new_session=True)

    def cancel(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            # The whole group: the child's own extraction workers must go with it.
            _kill_group(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _kill_group(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._read()

    def poll(self) -> Outcome | None:
        """The outcome once the child has ended, else None."""
        if self.process is None or self.process.poll() is None:
            return None
        code = self.process.returncode
        lines = self._read().strip().splitlines()
        try:
            return Outcome(**json.loads(lines[-1]))
        except (ValueError, IndexError, TypeError):
            return Outcome(error=lines[-1] if lines else f"regeneration ended with exit code {code}")

    def _read(self) -> str:
        self.process = None
        if self.output is None:
            return ""
        self.output.seek(0)
        text = self.output.read()
        self.output.close()
        self.output = None
        return text

    def wait(self) -> Outcome | None:
        if self.process is not None:
            self.process.wait()
        return self.poll()


def _kill_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:  # ended meanwhile
        pass


def run(root: Path) -> Outcome:
    """One full regeneration, keeping the last good version of broken articles."""
    from generator import pipeline
    from generator.incremental.session import Session
    from generator.live.errors import describe

    try:
        report = pipeline.generate(Config.from_root(root), session=Session(keep_last_good=True))
    except Exception as exc:  # a broken template or catalog: keep the last good pages
        return Outcome(error=describe(exc, root))
    return Outcome(report.written, report.pruned, [str(p) for p in report.problems], report.summary())


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))  # stop now: writes are atomic
    outcome = run(Path(sys.argv[1]))
    print(json.dumps(outcome.__dict__, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
