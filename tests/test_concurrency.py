"""Two builds at once never corrupt each other: the second one is refused.

Decision: a build that finds another one running in the same project fails
at once (exit 1) with a message naming the lock file, rather than waiting;
an editor's second ``briefing build`` is almost always a mistake, and a
``watch`` that waited silently would look hung.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from filelock import FileLock

from tests.hostile.project import make_good_project, run_cli, start_cli

pytestmark = pytest.mark.slow
LOCK_MESSAGE = "another build is running"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_good_project(tmp_path / "project")


def test_a_build_while_another_holds_the_lock_fails_with_a_clear_message(project):
    assert run_cli(project, "build").returncode == 0
    index = (project / "site" / "index.html").read_bytes()
    (project / "build").mkdir(exist_ok=True)
    with FileLock(str(project / "build" / ".lock"), timeout=0):
        refused = run_cli(project, "build")
    assert refused.returncode == 1
    assert LOCK_MESSAGE in refused.stderr and "build/.lock" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert (project / "site" / "index.html").read_bytes() == index
    with FileLock(str(project / "build" / ".lock"), timeout=0):
        pass  # the refused build did not take or leave the lock


def test_builds_started_together_do_not_corrupt_each_other(project):
    processes = [start_cli(project, "build") for _ in range(3)]
    results = [(p.wait(timeout=300), p.communicate()[1]) for p in processes]
    for code, stderr in results:
        assert "Traceback" not in stderr
        assert code == 0 or (code == 1 and LOCK_MESSAGE in stderr), stderr
    assert any(code == 0 for code, _ in results)
    for page in ("index.html", "en/index.html", "briefings/good/index.html"):
        assert (project / "site" / page).read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert not [p for p in (project / "build").iterdir() if p.name.startswith("site.staging")]
    assert not (project / "site.previous").exists()
