"""Every hostile case: a clear message naming the file (and line), the rest still built.

Runs the real ``briefing build`` on a project whose ``content/`` is the
corpus (see ``cases.py``); the closing note of issue 8 lists the same table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import CASES, SUPPORT, Case
from tests.hostile.project import CORPUS


def corpus_files() -> set[str]:
    return {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file()}


def test_the_corpus_has_at_least_30_cases_and_each_file_is_one():
    assert len(CASES) >= 30
    paths = [case.path for case in CASES]
    assert len(paths) == len(set(paths))
    undescribed = corpus_files() - set(paths) - set(SUPPORT)
    assert not undescribed, f"corpus files without a case in cases.py: {sorted(undescribed)}"


def test_a_plain_build_succeeds(hostile_build):
    assert hostile_build.plain.returncode == 0, hostile_build.plain.stderr[-3000:]
    assert (hostile_build.site / "index.html").is_file()
    assert (hostile_build.site / "en" / "index.html").is_file()


def test_strict_makes_the_same_build_fail(hostile_build):
    assert hostile_build.strict.returncode == 1, hostile_build.strict.stderr[-3000:]


def test_no_traceback_without_debug(hostile_build):
    for result in (hostile_build.plain, hostile_build.strict):
        assert "Traceback" not in result.stderr + result.stdout
        assert "run with --debug" not in result.stderr, "an unexpected exception was reported"


def test_every_message_is_one_line_naming_a_file(hostile_build):
    stderr = hostile_build.plain.stderr
    assert "\x1b" not in stderr and "\x07" not in stderr, "a file name or value reached the terminal unescaped"
    lines = stderr.splitlines()
    assert not [line for line in lines if line.startswith(("error:", "Error:"))], "an unexpected failure"
    problems = [line for line in lines if line.startswith("content/")]
    assert len(problems) >= len([case for case in CASES if case.severity])


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.path)
def test_case(hostile_build, case: Case):
    lines = hostile_build.lines_about(case.path)
    if case.severity is None:
        assert lines == [], f"{case.what}: expected no message, got {lines}"
    else:
        location = f"content/{case.path}:{case.line}: " if case.line else f"content/{case.path}: "
        label = "warning: " if case.severity == "warning" else ""
        matching = [line for line in lines if line.startswith(location + label) and case.message in line]
        assert matching, f"{case.what}: expected {location}{label}...{case.message}..., got {lines}"
    if case.page:
        page = hostile_build.site / case.page
        assert page.is_file(), f"{case.what}: {case.page} was not built"
        assert (hostile_build.site / "en" / case.page).is_file()


def test_the_rest_of_the_site_is_built(hostile_build):
    site = hostile_build.site
    for page in ("index.html", "timeline/index.html", "actors/index.html",
                 "briefings/good/index.html", "briefings/hostile/index.html", "briefings/broken-meta/index.html"):
        assert (site / page).is_file(), page
        assert (site / "en" / page).is_file(), f"en/{page}"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Goed nieuws" in home and "Vijandige invoer" in home


def test_skipped_files_get_no_page(hostile_build):
    sources = hostile_build.site / "sources" / "hostile"
    built = {p.name for p in sources.iterdir() if p.is_dir()}
    for name in ("binary", "empty", "huge-50mb", "outside", "symlink-loop", "yaml-python-tag", "date-impossible"):
        assert name not in built
    assert not (hostile_build.site / "sources" / "same-folder" / "second").exists()


def test_the_python_tag_ran_nothing(hostile_build):
    assert not Path("/tmp/pwned-by-briefing").exists()


def test_strict_reports_the_same_problems(hostile_build):
    def problems(text: str) -> list[str]:
        return sorted(line for line in text.splitlines() if line.startswith("content/"))

    assert problems(hostile_build.strict.stderr) == problems(hostile_build.plain.stderr)


REPAIRED = {
    "cp1252": ("Café ‘De Zwaan’", "„De Zwaan” vraagt €5"),
    "latin1": ("Crème brûlée à la façon", "De crème brûlée van het café"),
    "utf8-bom": ("Byte order mark", "The minister said on Tuesday"),
    "utf16-bom": ("UTF-16 with a byte order mark", "The minister said on Tuesday"),
    "crlf": ("Windows line ends", "A second paragraph follows here."),
    "lone-cr": ("Old Mac line ends", "A second paragraph follows here."),
    "nul-bytes": ("Stray NUL bytes", "The minister said on Tuesday"),
    "control-chars": ("Terminal [2J[31mescape", "The ]0;pwnedminister said"),
}


@pytest.mark.parametrize("slug", REPAIRED, ids=REPAIRED.keys())
def test_repaired_files_keep_their_metadata_and_text(hostile_build, slug):
    """Front matter was read as front matter (not as text), and the words came through."""
    import html

    page = (hostile_build.site / "sources" / "hostile" / slug / "index.html").read_text(encoding="utf-8")
    text = html.unescape(page)
    title, words = REPAIRED[slug]
    assert f">{title}</h1>" in text
    assert words in text
    assert "title:" not in text.split("<h1", 1)[1]
