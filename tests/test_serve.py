"""``briefing serve``: both languages served with live reload, edits reach the served HTML."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.test_incremental import make_project, write_article

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def poll(condition, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return None


@pytest.fixture
def served(tmp_path: Path):
    root = make_project(tmp_path / "project")
    port = free_port()
    env = dict(os.environ, BRIEFING_TEST_EXTRACTOR="tests.test_incremental:simple_extract", PYTHONPATH=str(ROOT))
    env.pop("CI", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--root", str(root), "serve", "--port", str(port)],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        yield root, f"http://127.0.0.1:{port}/", process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_serve_reloads_an_edited_article_and_stops_cleanly(served):
    root, url, process = served
    home = poll(lambda: fetch(url) or process.poll() is not None)
    assert isinstance(home, str), process.stderr.read() if process.poll() is not None else "server did not start"
    assert '<html lang="nl"' in home and "livereload" in home
    assert '<html lang="en"' in (fetch(url + "en/") or "")
    page = url + "sources/storm/nos/"
    assert "De storm raasde" in (fetch(page) or "")

    write_article(root, "storm/nos.md", "nl", "Storm Eunice", "De storm trok over Zeeland.")
    assert poll(lambda: "Zeeland" in (fetch(page) or "")), "the edit never reached the served page"
    assert poll(lambda: "Zeeland" in (fetch(url + "en/sources/storm/nos/") or ""))
    assert not (root / "site").exists()  # serving never touches the published site

    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "stopped" in err and "Traceback" not in err


def slow_extract(article):
    """A stand-in extractor that makes ``serve``'s first build take minutes."""
    time.sleep(600)


def test_sigterm_stops_serve_while_its_first_build_runs(tmp_path):
    root = make_project(tmp_path / "project")
    env = dict(os.environ, BRIEFING_TEST_EXTRACTOR="tests.test_serve:slow_extract", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--root", str(root), "serve", "--port", str(free_port())],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        time.sleep(3)  # well into the first regeneration, which would take ten minutes
        assert process.poll() is None
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert "Traceback" not in err
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
