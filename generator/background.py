"""The full regeneration ``watch`` runs after each change, in a child process.

Why a process and not a thread: a full regeneration is CPU-bound and grows
with the corpus. In the watch process it would hold the GIL while the next
edit waits, and a thread cannot be cancelled. A child process uses the other
core and is stopped the moment a newer edit arrives; its writes are atomic,
so stopping it leaves whole pages only, and the next run finishes the job.

Run as ``python -m generator.background ROOT``: it prints one JSON object.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
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

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        self.cancel()
        command = [sys.executable, "-m", "generator.background", str(self.config.root)]
        # Its own process group: a Ctrl-C in the terminal is for the watcher, which stops it.
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        start_new_session=True)

    def cancel(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.communicate()
        self.process = None

    def poll(self) -> Outcome | None:
        """The outcome once the child has ended, else None."""
        if self.process is None or self.process.poll() is None:
            return None
        out, err = self.process.communicate()
        code, self.process = self.process.returncode, None
        try:
            return Outcome(**json.loads(out.strip().splitlines()[-1]))
        except (ValueError, IndexError, TypeError):
            return Outcome(error=(err.strip() or f"regeneration ended with exit code {code}").splitlines()[-1])

    def wait(self) -> Outcome | None:
        if self.process is not None:
            self.process.wait()
        return self.poll()


def run(root: Path) -> Outcome:
    """One full regeneration, keeping the last good version of broken articles."""
    from generator import pipeline
    from generator.incremental import Session
    from generator.watch import use_test_extractor
    from generator.watch_errors import describe

    use_test_extractor()
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
