"""The actor layer on odd input: it never fails, and its output keeps its promises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.actors.finder import find_actors
from generator.model import Document, Paragraph, Sentence
from tests.extract.test_actors_support import make_article, make_document
from tests.hang_guard import no_hang

ODD_TEXTS = [
    "",
    "\n\n\n",
    "🔴🔴🔴",
    "ALL CAPS HEADLINE WITH NO END",
    "A. B. C. D. E.",
    "Van der. De. Het. The. Of.",
    "(((Trump))) [[EU]] {WHO}",
    "‘’“”„«»",
    "Donald Trump" * 50,
    "De - - - VS , , , Trump ' s .",  # newswire-style tokenized text
    "习近平 在 北京 会见 了 特朗普。",
    "İstanbul ŁÓDŹ Ærø São Paulo Þórshöfn",
    "x" * 5000,
    " ".join(["Jan"] * 3000),
    "ministerie van " * 200 + "Financiën",
    "McDonald's iPhone eBay O'Brien D66 GPT-4o AT&T 3M F-35",
]


def check(text: str, language: str) -> None:
    split = make_document(text, language if language in ("nl", "en") else "en")
    document = Document(language, split.paragraphs)
    actors = find_actors(document, make_article(text, language))
    assert len({a.id for a in actors}) == len(actors)
    for actor in actors:
        assert actor.id and actor.name and actor.mentions
        for m in actor.mentions:
            assert 0 <= m.start < m.end


def test_odd_texts_do_not_break_it() -> None:
    for text in ODD_TEXTS:
        for language in ("nl", "en", "de"):  # "de" has no language file: English rules apply
            check(text, language)


def test_large_input_stays_linear() -> None:
    """A 60,000-word wall of names finishes (a quadratic merge would not)."""
    text = " ".join(f"Pieter{i % 97} de Vries{i % 89} zei dat." for i in range(10_000))
    with no_hang():
        check(text, "nl")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("AaBbVvDdEeNn .,-’'()‘\n") + ["van ", "de ", "Trump", "EU", "De "]), max_size=80))
def test_any_text(pieces: list[str]) -> None:
    check("".join(pieces), "nl")


def test_paragraph_without_sentences() -> None:
    """A document built by hand may have a paragraph with no sentences at all."""
    said = "Toen zei Mark Rutte dat."
    paragraphs = (Paragraph(0, "Mark Rutte", (), False), Paragraph(1, said, (Sentence(1, 0, said, 0, len(said)),)))
    actors = find_actors(Document("nl", paragraphs), make_article("", "nl"))
    assert [(a.name, a.mentions[0].paragraph) for a in actors] == [("Mark Rutte", 1)]
