"""UI catalogs complete and current; per-briefing PO catalogs of article text."""

from __future__ import annotations

import shutil
import subprocess

import polib
import pytest
from babel.messages.frontend import CommandLineInterface
from babel.support import Translations
from click.testing import CliRunner

from generator import pipeline
from generator.cli import cli
from generator.config import Config
from generator.incremental.session import TEST_EXTRACTOR_VARIABLE
from generator.render.environment import compile_catalogs
from tests.extractors import extractor_spec
from tests.site.fixture import ROOT, fake_extract, make_project

LOCALES = ROOT / "templates" / "locales"
LANGUAGES = ("nl", "en")


def extracted_msgids(tmp_path) -> set:
    """Every UI msgid in the templates and render code, as ``pybabel extract`` finds them now."""
    pot = tmp_path / "fresh.pot"
    CommandLineInterface().run([
        "pybabel", "--quiet", "extract", "-F", str(ROOT / "babel.cfg"), "-o", str(pot), "--no-location",
        "--project", "briefing", "--version", "0.1", str(ROOT),
    ])
    return {(e.msgid, e.msgid_plural) for e in polib.pofile(str(pot)) if e.msgid}


def test_messages_pot_is_up_to_date(tmp_path):
    fresh = extracted_msgids(tmp_path)
    committed = {(e.msgid, e.msgid_plural) for e in polib.pofile(str(LOCALES / "messages.pot")) if e.msgid}
    assert fresh == committed, "templates changed: run `make i18n` and translate the new strings"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_is_translated(tmp_path, language):
    msgids = extracted_msgids(tmp_path)
    catalog = polib.pofile(str(LOCALES / language / "LC_MESSAGES" / "messages.po"))
    entries = {(e.msgid, e.msgid_plural): e for e in catalog if not e.obsolete}
    missing = [m for m in msgids if m not in entries or not entries[m].translated()]
    assert missing == [], f"untranslated in {language}: {missing}"
    # And the compiled catalog the build uses holds a translation of each of them.
    translations = Translations.load(str(compile_catalogs(LOCALES, tmp_path / "mo", LANGUAGES)), [language])
    compiled = translations._catalog  # gettext's table: msgid, or (msgid, n) for plurals
    for msgid, plural in msgids:
        keys = [(msgid, 0), (msgid, 1)] if plural else [msgid]
        assert all(compiled.get(key) for key in keys), f"{language}.mo lacks {msgid!r}"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt not installed (apt-get install gettext)")
@pytest.mark.parametrize("path", [LOCALES / lang / "LC_MESSAGES" / "messages.po" for lang in LANGUAGES],
                         ids=LANGUAGES)
def test_msgfmt_check(tmp_path, path):
    result = subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A fresh fixture project with the fake extractor in place."""
    monkeypatch.setenv(TEST_EXTRACTOR_VARIABLE, extractor_spec(fake_extract))
    return make_project(tmp_path / "project")


def export(project, *args) -> str:
    result = CliRunner().invoke(cli, ["--root", str(project), "i18n", "export", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_export_writes_a_po_with_the_texts_to_translate(project):
    output = export(project, "ai-race", "--lang", "en")
    po_path = project / "content" / "ai-race" / "i18n" / "en.po"
    assert "en.po" in output
    catalog = polib.pofile(str(po_path))
    assert catalog.metadata["Language"] == "en"
    assert "Content-Type" in catalog.metadata and "Plural-Forms" in catalog.metadata
    msgids = {e.msgid for e in catalog}
    assert "De ontwikkeling zou slechts 6 miljoen euro hebben gekost." in msgids  # an event sentence
    assert "Dit is het Sputnik-moment van AI" in msgids  # a quote
    assert "technologie-expert" in msgids  # a role
    assert not any("Nvidia lost" in m for m in msgids)  # already English
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po_path)], check=True)


def test_translations_replace_text_fuzzy_and_missing_fall_back(project):
    export(project, "ai-race", "--lang", "en")
    po_path = project / "content" / "ai-race" / "i18n" / "en.po"
    catalog = polib.pofile(str(po_path))
    catalog.find("Dit is het Sputnik-moment van AI").msgstr = "This is AI's Sputnik moment"
    fuzzy = catalog.find("Europa moet nuchter blijven")
    fuzzy.msgstr, fuzzy.flags = "Europe must stay level-headed", ["fuzzy"]
    catalog.save()

    pipeline.generate(Config.from_root(project))
    en = (project / "build" / "docs" / "en" / "briefings" / "ai-race.md").read_text(encoding="utf-8")
    assert '<q><span class="translated" data-source-lang="nl">This is AI&#39;s Sputnik moment</span></q>' in en
    assert "Europe must stay level-headed" not in en
    assert '<span class="untranslated fuzzy" lang="nl">Europa moet nuchter blijven</span>' in en
    assert '<span class="untranslated" lang="nl">De ontwikkeling zou slechts' in en
    nl = (project / "build" / "docs" / "nl" / "briefings" / "ai-race.md").read_text(encoding="utf-8")
    assert "<q>Dit is het Sputnik-moment van AI</q>" in nl  # the Dutch page keeps the source


def test_export_again_keeps_translations(project):
    export(project, "ai-race", "--lang", "en")
    po_path = project / "content" / "ai-race" / "i18n" / "en.po"
    catalog = polib.pofile(str(po_path))
    catalog.find("investeerder").msgstr = "investor"
    catalog.append(polib.POEntry(msgid="A sentence the extractors no longer find.", msgstr="Kept."))
    catalog.save()
    before = po_path.read_bytes()

    output = export(project, "ai-race", "--lang", "en")
    catalog = polib.pofile(str(po_path))
    assert catalog.find("investeerder").msgstr == "investor"
    obsolete = [e for e in catalog if e.obsolete]
    assert [e.msgid for e in obsolete] == ["A sentence the extractors no longer find."]
    assert "1 translated" in output and "1 obsolete" in output
    export(project, "ai-race", "--lang", "en")
    assert po_path.read_bytes() == po_path.read_bytes() and len(before) > 0


def test_export_rejects_unknown_briefing_and_language(project):
    runner = CliRunner()
    result = runner.invoke(cli, ["--root", str(project), "i18n", "export", "nope", "--lang", "en"])
    assert result.exit_code != 0 and "nope" in str(result.output) + str(result.exception)
    result = runner.invoke(cli, ["--root", str(project), "i18n", "export", "ai-race", "--lang", "fr"])
    assert result.exit_code != 0


def test_broken_po_is_a_problem_not_a_crash(project):
    po_path = project / "content" / "ai-race" / "i18n" / "en.po"
    po_path.parent.mkdir(parents=True)
    po_path.write_text('this is no PO file\nmsgid "x"\nmsgstr "y"\n', encoding="utf-8")
    report = pipeline.generate(Config.from_root(project))
    assert any("en.po" in str(p.path) for p in report.problems)
    assert (project / "build" / "docs" / "en" / "briefings" / "ai-race.md").exists()
