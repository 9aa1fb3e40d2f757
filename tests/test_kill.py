"""A build killed with SIGKILL at any moment leaves the previous site/ intact.

MkDocs builds into ``build/site.staging-<pid>``; the finished site trades
places with ``site/`` in one atomic rename (``mkdocs_bridge.swap_in``). So
after a kill ``site/`` is either the previous site, untouched, or the new
one, complete; and the next build cleans up and succeeds.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.hostile.project import (
    changed_paths,
    docs_tree,
    make_good_project,
    run_cli,
    snapshot,
    start_cli,
)

pytestmark = pytest.mark.slow
KILLS = 5


def add_round_marker(root: Path, number: int) -> str:
    """Change the content so a completed build would change ``site/``."""
    marker = f"Ronde{number:03d}"
    article = root / "content" / "good" / "ronde.md"
    article.write_text(f"---\ntitle: {marker} van het overleg\nlanguage: nl\ndate: 2025-02-0{number % 9 + 1}\n---\n"
                       f"De minister zei dinsdag dat {marker} van het overleg in maart begint.\n", encoding="utf-8")
    return marker


def round_page(site: Path) -> str:
    page = site / "sources" / "good" / "ronde" / "index.html"
    return page.read_text(encoding="utf-8") if page.exists() else ""


def assert_complete(site: Path) -> None:
    for page in ("index.html", "en/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert html.rstrip().endswith("</html>"), f"{page} is cut short"
        assert "briefings/good/" in html


def test_sigkill_at_any_moment_keeps_the_previous_site(tmp_path):
    root = make_good_project(tmp_path / "project")
    started = time.monotonic()
    first = run_cli(root, "build")
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    site = root / "site"
    assert_complete(site)

    rng = random.Random(8)  # the issue number; fixed so a failure can be replayed
    delays = sorted(rng.uniform(0.05, duration * 1.1) for _ in range(KILLS))
    for number, delay in enumerate(delays, start=1):
        previous = snapshot(site)
        previous_index = (site / "index.html").read_bytes()
        marker = add_round_marker(root, number)
        process = start_cli(root, "build", start_new_session=True)
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)  # the build and any worker it started
        process.communicate(timeout=30)

        assert site.is_dir(), f"kill after {delay:.2f}s left no site/"
        assert not (root / "site.previous").exists() or site.is_dir()
        changed = changed_paths(previous, snapshot(site))
        if changed:  # swapped in before the kill: then it is the whole new site
            assert marker in round_page(site), f"kill after {delay:.2f}s: site/ is neither the old nor the new one"
        else:
            assert (site / "index.html").read_bytes() == previous_index
        assert_complete(site)

    marker = add_round_marker(root, KILLS + 1)
    final = run_cli(root, "build")
    assert final.returncode == 0, final.stderr
    assert "Traceback" not in final.stderr
    assert marker in round_page(site)
    assert_complete(site)
    leftovers = [p.name for p in (root / "build").iterdir() if p.name.startswith("site.")]
    assert leftovers == [] and not (root / "site.previous").exists()
    # Recovered means correct, not just present: the same pages as a first build of this content.
    clean = make_good_project(tmp_path / "clean")
    (clean / "content" / "good" / "ronde.md").write_bytes((root / "content" / "good" / "ronde.md").read_bytes())
    assert run_cli(clean, "generate").returncode == 0
    assert docs_tree(root) == docs_tree(clean)
