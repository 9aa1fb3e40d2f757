"""Edit latency under ``briefing serve`` (or ``watch``): save an article, time what follows.

Two figures per edit: until the regenerated Markdown holds the new text, and
(under ``serve``) until the served HTML does. Each edit appends a sentence
with a unique marker to a different article, as an editor's save would.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

POLL = 0.01


@dataclass
class Latency:
    startup: float = 0.0
    markdown: list[float] = field(default_factory=list)
    html: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    log: list[str] = field(default_factory=list)

    @property
    def markdown_median(self) -> float | None:
        return statistics.median(self.markdown) if self.markdown else None

    @property
    def html_median(self) -> float | None:
        return statistics.median(self.html) if self.html else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def until(condition, timeout: float) -> float | None:
    """Seconds until ``condition()`` holds, or None after ``timeout``."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if condition():
            return time.perf_counter() - started
        time.sleep(POLL)
    return None


def peak_rss_mb(pid: int) -> float:
    """High-water mark of a running process's resident memory (Linux ``VmHWM``)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    match = re.search(r"VmHWM:\s+(\d+) kB", text)
    return int(match.group(1)) / 1024 if match else 0.0


def measure(root: Path, mode: str = "serve", edits: int = 3, startup_timeout: float = 3600) -> Latency:
    """Start ``briefing MODE`` on ``root``, make ``edits`` edits, stop it with Ctrl-C."""
    result = Latency()
    port = free_port()
    command = [sys.executable, "-m", "generator.cli", "--root", str(root), mode]
    if mode == "serve":
        command += ["--port", str(port)]
    env = dict(os.environ, CI="1")  # no progress bars in the log
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    ready = threading.Event()
    reader = threading.Thread(target=_read_log, args=(process, result.log, ready), daemon=True)
    reader.start()
    try:
        if not ready.wait(startup_timeout):
            raise RuntimeError(f"{mode} did not start: " + " | ".join(result.log[-5:]))
        result.startup = time.perf_counter() - started
        time.sleep(3)  # let the first background regeneration and the extraction worker settle
        for number, article in enumerate(pick_articles(root, edits)):
            markdown, url = targets(root, article, port)
            marker = f"Benchmarkmarker{number}x{int(time.time())}"
            with article.open("a", encoding="utf-8") as handle:
                handle.write(f"\nDe redactie voegde {marker} toe.\n")
            edited = time.perf_counter()
            if until(lambda: markdown.exists() and marker in markdown.read_text(encoding="utf-8"), 120) is not None:
                result.markdown.append(time.perf_counter() - edited)
            if mode == "serve" and until(lambda: marker in fetch(url), 120) is not None:
                result.html.append(time.perf_counter() - edited)
            time.sleep(2)  # an editor's pace; the background run of this edit is cancelled by the next
        result.peak_mb = peak_rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return result


def _read_log(process: subprocess.Popen, log: list[str], ready: threading.Event) -> None:
    for line in process.stderr:
        log.append(line.rstrip())
        if line.startswith(("serving ", "watching ")):
            ready.set()


def pick_articles(root: Path, count: int) -> list[Path]:
    """Articles spread over the corpus (first, middle, last...), each edited once."""
    articles = sorted((root / "content").glob("*/*.md"))
    step = max(1, len(articles) // max(1, count))
    return articles[step // 2 :: step][:count]


def targets(root: Path, article: Path, port: int) -> tuple[Path, str]:
    """The article's source page: its Markdown in the default language, and its URL."""
    briefing, slug = article.parent.name, article.stem
    markdown = root / "build" / "docs" / "nl" / "sources" / briefing / f"{slug}.md"
    return markdown, f"http://127.0.0.1:{port}/sources/{briefing}/{slug}/"
