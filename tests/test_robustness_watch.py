"""``briefing watch`` under stress: 1,000 rapid saves end where a clean build would.

The saves mix good articles, broken ones (bad YAML, binary, empty), in-place
writes and atomic renames, new files and deletions, in bursts with pauses so
that background regenerations start and are cancelled on the way. Once the
last save is in, ``build/docs/`` (what ``watch`` maintains; ``serve`` turns it
into the site) must equal what ``briefing generate`` makes of the same final
content in a fresh project.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.hostile.project import CORPUS, docs_tree, make_project, run_cli, start_cli

pytestmark = pytest.mark.slow
SAVES = 1_000
FILES = [f"{briefing}/{name}.md" for briefing in ("alpha", "beta") for name in ("een", "twee", "drie", "vier")]
BROKEN = [
    b"---\ntitle: [kapot\n---\nTekst.\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00binary",
    b"",
    b"---\ndate: 2025-02-30\nlanguage: nl\n---\nTekst.\n",
    b"---\ntitle: Half opgeslagen\nlang",  # a save caught halfway
]


def good(path: str, version: int) -> bytes:
    title = f"{path.split('/')[1].capitalize()} versie {version}"
    return (f"---\ntitle: {title}\nlanguage: nl\ndate: 2025-01-{version % 28 + 1:02d}\n---\n"
            f"Minister Jansen zei op dinsdag {version % 28 + 1} januari dat {title} klaar is.\n").encode()


def save(path: Path, data: bytes, rng: random.Random) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if rng.random() < 0.5:
        path.write_bytes(data)  # in place: the watcher may see it half written
    else:
        temporary = path.with_name(f".{path.name}.tmp")  # like most editors: write, then rename
        temporary.write_bytes(data)
        os.replace(temporary, path)


def new_project(root: Path) -> Path:
    make_project(root)
    for briefing in ("alpha", "beta"):
        (root / "content" / briefing).mkdir()
        (root / "content" / briefing / "briefing.yml").write_bytes((CORPUS / "good" / "briefing.yml").read_bytes())
    return root


def test_a_thousand_rapid_saves_end_in_a_clean_build(tmp_path):
    root = new_project(tmp_path / "watched")
    for path in FILES[:4]:
        (root / "content" / path).write_bytes(good(path, 0))
    watcher = start_cli(root, "watch", start_new_session=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(watcher.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not any(line.startswith("watching") for line in output):
            assert watcher.poll() is None, "".join(output)
            assert time.monotonic() < deadline, "watch did not start"
            time.sleep(0.1)

        rng = random.Random(8)
        for number in range(SAVES):
            path = root / "content" / rng.choice(FILES)
            roll = rng.random()
            if roll < 0.12 and path.exists():
                path.unlink()
            elif roll < 0.30:
                save(path, rng.choice(BROKEN), rng)
            else:
                save(path, good(str(path.relative_to(root / "content")), number), rng)
            if rng.random() < 0.02:
                time.sleep(rng.uniform(0.2, 0.6))  # long enough for a regeneration to start
        # The final content: every file good, or gone.
        for index, name in enumerate(FILES):
            path = root / "content" / name
            if index % 3 == 0:
                path.unlink(missing_ok=True)
            else:
                save(path, good(name, SAVES + index), rng)

        reference = new_project(tmp_path / "clean")
        for name in FILES:
            if (root / "content" / name).exists():
                (reference / "content" / name).write_bytes((root / "content" / name).read_bytes())
        clean = run_cli(reference, "generate")
        assert clean.returncode == 0, clean.stderr
        expected = docs_tree(reference)

        deadline = time.monotonic() + 90
        while docs_tree(root) != expected:
            assert watcher.poll() is None, "watch stopped:\n" + "".join(output[-30:])
            assert time.monotonic() < deadline, "watch never caught up:\n" + "".join(output[-30:])
            time.sleep(0.5)
        time.sleep(1.0)  # and it stays there: no late, stale regeneration overwrites it
        assert docs_tree(root) == expected
    finally:
        if watcher.poll() is None:
            watcher.send_signal(signal.SIGTERM)  # the watcher stops its background run itself
            try:
                watcher.wait(timeout=30)
            except Exception:
                os.killpg(watcher.pid, signal.SIGKILL)
                watcher.wait()
        reader.join(timeout=5)
    text = "".join(output)
    assert "Traceback" not in text
    assert "content/alpha/" in text or "content/beta/" in text  # the broken saves were reported
