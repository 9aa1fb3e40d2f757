"""Robustness beyond the corpus: a changing disk, reader bugs, hostile long lines.

``tests/hostile/`` holds the corpus and its shared build; these tests each
need a project, a wrapper or a stopwatch of their own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import ContentError, Problem, expected, format_location
from generator.extract.text.sentences import markdown_to_text, split_document
from generator.read.sources import decode_text
from tests.hang_guard import no_hang
from tests.hostile.project import CORPUS, cli_env, make_project

FLAKY_READER = Path(__file__).parent / "hostile" / "flaky_reader.py"
ARTICLE = "---\ntitle: {title}\nlanguage: nl\ndate: 2025-01-27\n---\nDe minister zei dinsdag dat het plan in maart komt.\n"


def flaky_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(FLAKY_READER), "--root", str(root), *args],
                          cwd=root, capture_output=True, text=True, timeout=300, env=cli_env(None))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "project")
    folder = root / "content" / "good"
    folder.mkdir()
    (folder / "briefing.yml").write_bytes((CORPUS / "good" / "briefing.yml").read_bytes())
    (folder / "kabinet.md").write_text(ARTICLE.format(title="Kabinet"), encoding="utf-8")
    return root


@pytest.mark.slow
def test_a_file_deleted_while_being_read_is_reported_and_skipped(project):
    (project / "content" / "good" / "vanishing.md").write_text(ARTICLE.format(title="Weg"), encoding="utf-8")
    result = flaky_build(project, "build")
    assert result.returncode == 0, result.stderr
    assert "content/good/vanishing.md: file disappeared while being read (deleted or renamed?); skipped" in result.stderr
    assert "Traceback" not in result.stderr
    assert (project / "site" / "sources" / "good" / "kabinet" / "index.html").is_file()


@pytest.mark.slow
def test_a_file_deleted_while_being_read_fails_only_a_strict_build(project):
    (project / "content" / "good" / "vanishing.md").write_text(ARTICLE.format(title="Weg"), encoding="utf-8")
    result = flaky_build(project, "--strict", "build")
    assert result.returncode == 1 and "file disappeared" in result.stderr


@pytest.mark.slow
def test_a_reader_bug_costs_one_file_and_shows_no_traceback(project):
    (project / "content" / "good" / "explodes.md").write_text(ARTICLE.format(title="Boem"), encoding="utf-8")
    result = flaky_build(project, "build")
    assert result.returncode == 0, result.stderr
    assert ("content/good/explodes.md: cannot read article (RuntimeError: the parser blew up); skipped "
            "(run with --debug for the traceback)") in result.stderr
    assert "Traceback" not in result.stderr
    assert (project / "site" / "sources" / "good" / "kabinet" / "index.html").is_file()


@pytest.mark.slow
def test_debug_shows_the_traceback(project):
    (project / "content" / "good" / "explodes.md").write_text(ARTICLE.format(title="Boem"), encoding="utf-8")
    result = flaky_build(project, "--debug", "build")
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "RuntimeError: the parser blew up" in result.stderr


# --- hostile long lines: the plain-text sanitizer must stay linear ------------------

HOSTILE_LINES = {
    "unclosed comments": "<!--" * 25_000,
    "open brackets": "[" * 100_000,
    "unclosed link targets": "[a](" * 25_000,
    "unclosed emphasis": "*a " * 30_000,
    "code marks": "`a " * 30_000,
    "unclosed tags": "<a " * 30_000,
    "unclosed scripts": "<script>" * 12_000,
    "nested quotes": ">" * 100_000 + " x",
    "a fence that never ends": "~" * 100_000 + "`",
    "reference links": "[a][" * 30_000,
    "link definitions": "[" * 50_000 + "]: " + "x " * 1_000,
}


@pytest.mark.parametrize("text", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_markdown_to_text_is_linear_on_hostile_lines(text):
    with no_hang():
        markdown_to_text(text)


def test_markdown_to_text_keeps_words_and_drops_markup():
    assert markdown_to_text("**vet** en *schuin* en `code`, 2*3 en a * b") == "vet en schuin en code, 2*3 en a * b"
    assert markdown_to_text("[klik](javascript:alert(1)) ![beeld](x.png)") == "klik beeld"
    assert markdown_to_text("> > geneste quote") == "geneste quote"
    assert markdown_to_text("a <script>alert(1)</script> b <iframe src=x>c") == "a b"
    assert markdown_to_text("a <!-- open comment") == "a"
    assert markdown_to_text("```html\n<script>alert(1)</script>\nshown\n```") == "shown"
    assert markdown_to_text("A [reference][evil].\n[evil]: javascript:alert(1)") == "A reference."


# Sentence splitting is owned by the extraction layer; these pin its speed on
# long paragraphs a hurried editor can produce (a run of dots as a separator,
# an opening quote that is never closed).
SLOW_PARAGRAPHS = {
    "a run of 6,000 dots": "." * 6_000,
    "an unclosed quote before 600 sentences": "„" + "De minister zei dat het plan komt. " * 600,
}


@pytest.mark.parametrize("text", SLOW_PARAGRAPHS.values(), ids=SLOW_PARAGRAPHS.keys())
def test_sentence_splitting_is_linear_on_long_paragraphs(text):
    with no_hang():
        document = split_document(text, "nl")
    assert all(len(s.text) <= 1000 for s in document.sentences()) or len(document.sentences()) == 1


# --- decoding and messages ----------------------------------------------------------

PATH = Path("content/b/a.md")


@pytest.mark.parametrize(("raw", "text", "warning"), [
    (b"caf\xc3\xa9", "café", None),
    (b"\xef\xbb\xbfcaf\xc3\xa9", "café", None),
    (b"caf\xe9 \x93x\x94", "café “x”", "not valid UTF-8"),
    (b"caf\xc3\xa9 en caf\xe9", "café en café", "not valid UTF-8"),  # mostly UTF-8 keeps its accents
    ("café\r\nb\rc".encode("utf-16"), "café\nb\nc", None),
    (b"a\x00b\r\nc\x1b[31m", "ab\nc[31m", "removed 1 NUL byte and 1 control character ('\\x00' first)"),
])
def test_decode_text(raw, text, warning):
    decoded, warnings = decode_text(raw, PATH)
    assert decoded == text
    assert [w.message for w in warnings if warning and warning in w.message] or not warning and not warnings


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n", b"PK\x03\x04\x14\x00", b"\x00" * 100])
def test_binary_files_are_refused(raw):
    with pytest.raises(ContentError, match="binary"):
        decode_text(raw, PATH)


def test_messages_cannot_drive_the_terminal():
    assert "\x1b" not in format_location(Path("content/b/\x1b[2Jx.md"), 3)
    assert "\x1b" not in str(Problem("m", Path("content/\x1b]0;title\x07.md")))
    assert "\x1b" not in expected("text", "a\x1b[31m")


def test_expected_shortens_huge_values_quickly():
    bomb: list = ["lol"] * 9
    for _ in range(12):
        bomb = [bomb] * 9  # 9**13 leaves: str() of it would never finish
    with no_hang(5):
        message = expected("a list of tags", bomb)
    assert len(message) < 120


# --- editorial files: a broken actors.yml costs the actor fixes, not the site --------

BROKEN_ACTORS = {
    "not UTF-8": "jansen:\n  name: Jansen ‘de minister’\n".encode("cp1252"),
    "an impossible kind": b"jansen:\n  name: 2025-02-30\n  kind: persn\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("raw", BROKEN_ACTORS.values(), ids=BROKEN_ACTORS.keys())
def test_a_broken_actors_file_does_not_take_the_site_down(project, raw):
    (project / "content" / "actors.yml").write_bytes(raw)
    result = flaky_build(project, "build")
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("content/actors.yml") for line in result.stderr.splitlines()), result.stderr
    assert "Traceback" not in result.stderr and "run with --debug" not in result.stderr
    assert (project / "site" / "sources" / "good" / "kabinet" / "index.html").is_file()
