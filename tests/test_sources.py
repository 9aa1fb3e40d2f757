"""Reading content/: front matter, plain text, validation with path:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.model import PartialDate
from generator.read.sources import derive_title, read_article, read_content
from tests.conftest import SEED, write


def read(tmp_path: Path, name: str, text: str | bytes):
    path = write(tmp_path / "content" / "b" / name, text)
    return read_article(path, tmp_path / "content", "b")


def test_seed_is_read_as_it_is(tmp_path):
    article, warnings = read(tmp_path, "seed.txt", SEED.read_bytes())
    assert article.published == PartialDate(2025, 1)
    assert article.language == "nl" and article.language_detected
    assert article.title_derived
    assert article.title.startswith("Na het nieuws dat Amerikaanse bedrijven")
    assert article.body.startswith("Na het nieuws dat")  # the "date 2025-01" header is gone
    assert "date 2025-01" not in article.body


def test_markdown_front_matter(tmp_path):
    article, warnings = read(tmp_path, "a.md", "---\ntitle: Hallo\ndate: 2025-01-27\nlanguage: nl\nsource: NRC\n"
                             "url: https://example.org/x\ntags: [AI, China]\n---\nDe tekst.\n")
    assert (article.title, article.published, article.language, article.source) == (
        "Hallo", PartialDate(2025, 1, 27), "nl", "NRC")
    assert article.tags == ("AI", "China") and article.url == "https://example.org/x"
    assert article.body == "De tekst." and article.body_line == 9
    assert not article.title_derived and not article.language_detected and warnings == []


@pytest.mark.parametrize(
    ("front_matter", "line", "message"),
    [
        ("title: x\ndate: 2025-02-30\n", 3, "got '2025-02-30'"),
        ("title: x\ndate: 2025-13\n", 3, "expected a date"),
        ("title: x\nlanguage: fr\n", 3, "expected a language code (en, nl), got 'fr'"),
        ("title: [1, 2]\n", 2, "expected title to be text, got '[1, 2]'"),
        ("title: x\nurl: ftp://x\n", 3, "expected an http(s) URL, got 'ftp://x'"),
        ("title: x\ntags: {a: 1}\n", 3, "expected a list of tags"),
        ("title: x\n  bad: : indent\n", 3, "front matter is not valid YAML"),
        ("- a\n- b\n", 2, "expected front matter to be a mapping"),
    ],
)
def test_bad_front_matter_names_file_and_line(tmp_path, front_matter, line, message):
    with pytest.raises(ContentError) as caught:
        read(tmp_path, "bad.md", f"---\n{front_matter}---\nTekst.\n")
    text = str(caught.value.format_message())
    assert text.startswith(f"{tmp_path / 'content' / 'b' / 'bad.md'}:{line}: ")
    assert message in text


def test_unknown_key_is_a_warning_with_a_suggestion(tmp_path):
    article, warnings = read(tmp_path, "a.md", "---\ntitel: x\ndtae: 2025\nlanguage: en\n---\nText here.\n")
    messages = [w.message for w in warnings]
    assert any("'dtae'" in m and "did you mean 'date'" in m for m in messages)
    assert all(w.severity == "warning" for w in warnings)
    assert warnings[0].line == 2


def test_unclosed_front_matter(tmp_path):
    with pytest.raises(ContentError, match="never closed"):
        read(tmp_path, "a.md", "---\ntitle: x\nTekst.\n")


def test_empty_body_is_an_error(tmp_path):
    with pytest.raises(ContentError, match="empty body"):
        read(tmp_path, "a.md", "---\ntitle: x\nlanguage: nl\n---\n\n  \n")


def test_partial_dates(tmp_path):
    for value, expected in [("2025", PartialDate(2025)), ("2025-01", PartialDate(2025, 1)),
                            ("'2025-01-27'", PartialDate(2025, 1, 27))]:
        article, _ = read(tmp_path, "a.md", f"---\ndate: {value}\nlanguage: en\n---\nText.\n")
        assert article.published == expected


def test_language_is_detected(tmp_path):
    article, _ = read(tmp_path, "en.md", "---\ntitle: t\n---\nThe minister said on Friday that the plan would "
                      "cost more than expected, according to people familiar with the talks.\n")
    assert article.language == "en" and article.language_detected


def test_cp1252_is_decoded(tmp_path):
    article, _ = read(tmp_path, "a.md", "---\nlanguage: nl\n---\nCafé ‘De Zwaan’ kost €5.\n".encode("cp1252"))
    assert "Café ‘De Zwaan’ kost €5." in article.body


def test_binary_file_is_refused(tmp_path):
    with pytest.raises(ContentError, match="binary"):
        read(tmp_path, "a.md", b"\x89PNG\x00\x00\x00binary")


def test_derive_title_cuts_at_a_word():
    title = derive_title("Een heel lange eerste zin " * 10 + ". Tweede.")
    assert len(title) <= 91 and title.endswith("…") and " " in title


def test_read_content_keeps_going_after_a_bad_article(tmp_path):
    content = tmp_path / "content"
    write(content / "b" / "good.md", "---\ntitle: Goed\nlanguage: nl\ndate: 2025-01-01\n---\nGoede tekst.\n")
    write(content / "b" / "bad.md", "---\ndate: 2025-99-99\n---\nTekst.\n")
    write(content / "b" / "briefing.yml", "title:\n  nl: Titel\n  en: Title\n")
    result = read_content(content)
    assert [a.slug for a in result.articles] == ["good"]
    assert [p.path.name for p in result.errors] == ["bad.md"]
    assert result.briefings["b"].titles == {"nl": "Titel", "en": "Title"}


def test_briefing_yml_with_unknown_language(tmp_path):
    content = tmp_path / "content"
    write(content / "b" / "briefing.yml", "title:\n  fr: Titre\n")
    write(content / "b" / "a.md", "---\nlanguage: nl\n---\nTekst.\n")
    result = read_content(content)
    assert any("briefing.yml" in str(p) and "'fr'" in str(p) for p in result.errors)
