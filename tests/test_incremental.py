"""Incremental builds: a run redoes only what its changed inputs require.

Every test builds a small two-language project twice and asserts through
the ``BuildReport``. The real extractors are swapped for a trivial one: these
tests are about what gets redone, not about what is extracted.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import languages, pipeline
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE, Session
from generator.model import Article, Document, Extraction, Paragraph, Sentence
from tests.extractors import extractor_spec

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "storm/nos.md": ("nl", "Storm Eunice", "De storm raasde op 18 februari 2022 over het land."),
    "storm/bbc.md": ("en", "Storm Eunice hits", "The storm hit England on 18 February 2022."),
    "budget/nrc.md": ("nl", "Begroting", "Het kabinet presenteerde de begroting."),
    "budget/ft.md": ("en", "Dutch budget", "The Dutch cabinet presented its budget."),
}


def simple_extract(article: Article) -> Extraction:
    """One paragraph, one sentence: enough for every page to exist."""
    text = article.body
    sentence = Sentence(0, 0, text, 0, len(text))
    return Extraction(article, Document(article.language, (Paragraph(0, text, (sentence,)),)))


def failing_extract(article: Article) -> Extraction:
    if "CRASH" in article.body:
        raise RuntimeError("extractor bug")
    return simple_extract(article)


def write_article(root: Path, relative: str, language: str, title: str, body: str) -> Path:
    path = root / "content" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\ndate: 2022-02-18\nlanguage: {language}\n---\n{body}\n", encoding="utf-8")
    return path


def make_project(root: Path) -> Path:
    """Real templates and mkdocs.yml, four small articles in two briefings."""
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for relative, (language, title, body) in ARTICLES.items():
        write_article(root, relative, language, title, body)
    return root


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Config:
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(simple_extract))
    return Config.from_root(make_project(tmp_path / "project"))


def test_second_build_writes_nothing(project):
    first = pipeline.generate(project)
    assert first.extracted == 4 and first.written
    second = pipeline.generate(project)
    assert second.extracted == 0
    assert second.reused == 4
    assert second.written == [] and second.pruned == []
    assert second.unchanged == first.unchanged + len([w for w in first.written if w.endswith(".md")])
    assert second.up_to_date


def test_no_op_keeps_reporting_the_warnings(project):
    write_article(project.root, "storm/untitled.md", "nl", "", "Geen titel hier.")
    (project.content_dir / "storm/untitled.md").write_text("---\nlanguage: nl\n---\nGeen titel hier.\n")
    first = pipeline.generate(project)
    second = pipeline.generate(project)
    assert second.up_to_date
    assert [str(p) for p in second.warnings] == [str(p) for p in first.warnings] != []


def test_editing_one_article_reextracts_it_alone(project):
    pipeline.generate(project)
    write_article(project.root, "storm/nos.md", "nl", "Storm Eunice", "De storm raasde gisteren over Nederland.")
    report = pipeline.generate(project)
    assert report.extracted == 1 and report.reused == 3
    assert "nl/sources/storm/nos.md" in report.written
    assert "en/sources/storm/nos.md" in report.written
    assert not any("budget" in page for page in report.written)  # the other briefing is untouched
    assert not any(page.endswith("sources/storm/bbc.md") for page in report.written)


def test_same_bytes_rewritten_is_no_change(project):
    pipeline.generate(project)
    path = project.content_dir / "storm/nos.md"
    path.write_bytes(path.read_bytes())  # a git checkout: new mtime, same content
    report = pipeline.generate(project)
    assert report.up_to_date and report.written == []


def test_template_edit_rerenders_without_reextracting(project):
    pipeline.generate(project)
    template = project.templates_dir / "source.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n<!-- edited -->\n", encoding="utf-8")
    report = pipeline.generate(project)
    assert report.extracted == 0 and report.reused == 4
    assert sorted(report.written) == sorted(f"{lang}/sources/{a[:-3]}.md" for lang in ("nl", "en") for a in ARTICLES)


def test_language_data_edit_reextracts_that_language_only(project, monkeypatch):
    hashes = {"nl": "nl-1", "en": "en-1"}
    monkeypatch.setattr(languages, "language_hash", lambda code: hashes[code])
    pipeline.generate(project)
    hashes["nl"] = "nl-2"  # as if generator/languages/nl.yml had been edited
    report = pipeline.generate(project)
    dutch = sum(1 for language, _, _ in ARTICLES.values() if language == "nl")
    assert report.extracted == dutch and report.reused == len(ARTICLES) - dutch


def test_language_file_is_an_input(project, tmp_path, monkeypatch):
    copy = tmp_path / "languages"
    shutil.copytree(languages.LANGUAGE_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(languages, "LANGUAGE_DIR", copy)
    pipeline.generate(project)
    with (copy / "nl.yml").open("a", encoding="utf-8") as handle:
        handle.write("\n# an editor's note\n")
    report = pipeline.generate(project)
    assert not report.up_to_date
    assert report.extracted == 2 and report.reused == 2


def test_deleted_article_pages_are_pruned(project):
    pipeline.generate(project)
    (project.content_dir / "budget/ft.md").unlink()
    report = pipeline.generate(project)
    assert "nl/sources/budget/ft.md" in report.pruned and "en/sources/budget/ft.md" in report.pruned
    assert not (project.build_dir / "docs/nl/sources/budget/ft.md").exists()
    assert report.extracted == 0


def test_a_page_changed_by_hand_is_restored(project):
    pipeline.generate(project)
    page = project.build_dir / "docs/nl/index.md"
    page.write_text("tampered", encoding="utf-8")
    report = pipeline.generate(project)
    assert report.written == ["nl/index.md"] and report.extracted == 0


def test_deleted_state_costs_a_rebuild_but_no_write(project):
    pipeline.generate(project)
    (project.build_dir / "state.sqlite3").unlink()
    report = pipeline.generate(project)
    assert report.extracted == 4 and report.written == []


def test_extractor_crash_costs_that_article_only(project, monkeypatch):
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(failing_extract))
    write_article(project.root, "storm/bbc.md", "en", "Storm", "CRASH here.")
    report = pipeline.generate(project)
    assert len(report.errors) == 1 and "extractor bug" in report.errors[0].message
    assert report.extracted == 3


def test_watch_keeps_the_last_good_version_of_a_broken_article(project, monkeypatch):
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(failing_extract))
    pipeline.generate(project)
    write_article(project.root, "storm/bbc.md", "en", "Storm", "CRASH here.")
    report = pipeline.generate(project, session=Session(keep_last_good=True))
    assert "last good version is kept" in report.errors[0].message
    assert report.pruned == [] and (project.build_dir / "docs/en/sources/storm/bbc.md").exists()
    (project.content_dir / "storm/bbc.md").write_text("---\ntitle: [unclosed\n---\nx\n", encoding="utf-8")
    report = pipeline.generate(project, session=Session(keep_last_good=True))
    assert report.errors and report.pruned == []


def test_check_uses_the_cache_and_writes_nothing(project):
    pipeline.generate(project)
    before = sorted(p.name for p in project.build_dir.iterdir())
    report = pipeline.check(project)
    assert report.extracted == 0 and report.reused == 4
    assert sorted(p.name for p in project.build_dir.iterdir()) == before


@pytest.mark.slow
def test_second_build_skips_mkdocs(project):
    first = pipeline.build(project)
    assert not first.mkdocs_skipped and (project.site_dir / "en/index.html").exists()
    second = pipeline.build(project)
    assert second.mkdocs_skipped and second.written == []
    shutil.rmtree(project.site_dir)
    third = pipeline.build(project)
    assert not third.mkdocs_skipped and (project.site_dir / "index.html").exists()
