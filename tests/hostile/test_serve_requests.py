"""The ``serve`` web server answers hostile request paths without a traceback."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from generator.live.serve import Reloader
from tests.hostile.project import BRIEFING, make_good_project


@pytest.fixture
def reloader(tmp_path):
    (tmp_path / "index.html").write_text("<html><body>home</body></html>", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = Reloader(tmp_path, "127.0.0.1", port)
    server.bind()
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_nul_byte_in_the_path_is_a_400_and_one_log_line(reloader, capfd, caplog):
    assert status(reloader + "/") == 200
    assert status(reloader + "/%00") == 400
    assert status(reloader + "/en/%00/index.html") == 400
    assert status(reloader + "/") == 200  # still serving
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ValueError" not in err
    assert [r.getMessage() for r in caplog.records if "NUL" in r.getMessage()] == [
        "400 Bad Request: '/\\x00' holds a NUL byte", "400 Bad Request: '/en/\\x00/index.html' holds a NUL byte"]


def test_a_port_in_use_is_an_error_before_the_first_build(tmp_path):
    root = make_good_project(tmp_path / "project")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        result = subprocess.run([*BRIEFING, "--root", str(root), "serve", "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert "Traceback" not in result.stderr and "run with --debug" not in result.stderr
    assert not (root / "build" / "serve-site").exists()  # no build was started
    assert time.monotonic() - started < 60
