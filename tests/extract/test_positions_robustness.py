"""Whatever the text, the positions layer returns evidence inside the document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.positions.finder import find_positions
from tests.extract.test_positions_support import (
    make_actors,
    make_article,
    make_document,
)
from tests.hang_guard import no_hang

PIECES = [
    "‘", "’", "“", "”", "„", "'", '"', "«", "»", ": ", ", ", ". ", "\n\n", " ",
    "Mark Rutte", "Rutte", "KLM", "hij", "ze", "zegt", "zei", "dat", "volgens", "aldus", "schrijft",
    "op X", "in NRC", "het bedrijf", "de commissie", "Dat", "liet", "weten", "Apple’s", "’s avonds",
    "het kabinet valt", "We gaan door", "— Mark Rutte (@markrutte) 3 maart 2024",
    "said", "says", "told the BBC", "according to", "he", "they", "the company", "that",
]
ACTORS = [
    {"id": "mark-rutte", "name": "Mark Rutte", "kind": "person", "aliases": ["Rutte"]},
    {"id": "klm", "name": "KLM", "kind": "organization"},
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(["nl", "en"]))
def test_random_news_like_text_never_crashes(pieces, language):
    body = "".join(pieces)
    document = make_document(body, language)
    actors = make_actors(document, ACTORS)
    for position in find_positions(document, make_article(body, language), actors):
        paragraph = document.paragraphs[position.source.paragraph]
        assert 0 <= position.source.sentence < max(1, len(paragraph.sentences))
        assert position.actor in {"mark-rutte", "klm"}
        assert position.kind in ("direct", "indirect")
        assert len(position.text) <= len(paragraph.text)



HOSTILE = {
    "opening marks": "‘" * 20000,
    "mixed marks": "‘a’ “b” „c” 'd' \"e\" " * 1000,
    "verbs": "Rutte zegt dat " * 1500,
    "commas": "Rutte, " * 3000 + "zegt dat het klopt.",
    "markers": "volgens Rutte " * 1500,
    "quotes and verbs": "‘Ja’, zegt Rutte, " * 1000,
    "descriptions": "de minister van de Europese Unie zegt " * 600,
    "posts": "a — Mark Rutte (@x " * 1000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_paragraphs_take_linear_time(name):
    """One paragraph of 20,000 characters: every search is bounded, so no shape costs seconds."""
    body = HOSTILE[name]
    document = make_document(body, "nl")
    actors = make_actors(document, ACTORS + [{"id": "eu", "name": "Europese Unie", "kind": "organization"}])
    with no_hang():
        find_positions(document, make_article(body, "nl"), actors)
