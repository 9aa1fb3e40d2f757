"""What is not an article is refused with a clear message (``briefing extract``, ``add``, content/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.read.nonarticle import not_an_article
from tests.conftest import SEED

ROOT = Path(__file__).resolve().parent.parent
BRIEFING = [sys.executable, "-m", "generator.cli"]


@pytest.mark.parametrize("name, body, expected", [
    ("README.md", "# briefing\n\nThis tool turns news into a site. It is fast.", "project file 'README.md'"),
    ("CHANGELOG.md", "## 1.0\n\nFirst release of the tool, with many fixes.", "project file"),
    ("hostname.txt", "vm", "at least one sentence, got 'vm'"),
    ("numbers.txt", "12 34 56\n78", "at least one sentence"),
    ("settings.md", "[tool]\nname = 'x'\nversion = '1.0'\ndebug = true\n", "code or configuration (4 of 4 lines)"),
    ("config.md", "site_name: x\nnav:\n  - Home: index.md\ntheme:\n  name: material\n", "code or configuration"),
    ("script.txt", "import os\n\ndef main():\n    return os.getcwd()\n\nif __name__ == '__main__':\n    main()\n", "code"),
])
def test_non_articles_are_refused_with_a_reason(name, body, expected):
    assert expected in (not_an_article(Path(name), body) or "")


@pytest.mark.parametrize("body", [
    "CRASH here.",
    "De minister zei dinsdag dat het plan klaar is.",
    "Short wire: Markets fell sharply on Monday after the report.\n\nPrices: oil 80, gas 30.",
    "Het kabinet: ‘We doen het.’\n\nVolgens de minister is het plan klaar. Dat zei hij woensdag.",
])
def test_short_and_real_articles_pass(body):
    assert not_an_article(Path("article.md"), body) is None


def test_the_seed_is_an_article():
    text = SEED.read_text(encoding="utf-8")
    assert not_an_article(SEED, text) is None


@pytest.mark.parametrize("path", ["README.md", "Makefile", "pyproject.toml", "/etc/hostname"])
def test_extract_refuses_project_and_system_files(path):
    result = subprocess.run([*BRIEFING, "extract", path], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1 and result.stdout == ""
    assert f"{path}:" in result.stderr and "expected" in result.stderr and "Traceback" not in result.stderr


def test_add_refuses_a_system_file(tmp_path):
    (tmp_path / "content").mkdir()
    result = subprocess.run([*BRIEFING, "--root", str(tmp_path), "add", "/etc/hostname", "--briefing", "x"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "/etc/hostname" in result.stderr
    assert not (tmp_path / "content" / "x").exists()


def test_front_matter_makes_even_a_one_word_text_an_article():
    assert not_an_article(Path("a.md"), "Text.", has_metadata=True) is None
    assert not_an_article(Path("README.md"), "Text.", has_metadata=True) is not None
