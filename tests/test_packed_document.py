"""The build keeps documents packed: reading one gives back exactly what the extractor split."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from generator.model import Document, Paragraph, Sentence

texts = st.text(min_size=0, max_size=40)


@st.composite
def documents(draw) -> Document:
    paragraphs = []
    for index in range(draw(st.integers(0, 6))):
        sentences = tuple(Sentence(index, n, text, 0, len(text)) for n, text in enumerate(draw(st.lists(texts, max_size=4))))
        paragraphs.append(Paragraph(index, " ".join(s.text for s in sentences), sentences, draw(st.booleans())))
    return Document(draw(st.sampled_from(["nl", "en"])), tuple(paragraphs))


@given(documents())
def test_packing_keeps_every_paragraph_sentence_and_the_lead(document):
    packed = document.pack()
    assert packed.paragraphs == document.paragraphs
    assert packed.sentences() == document.sentences()
    assert packed.lead == document.lead and packed.language == document.language
    assert packed.pack() is packed
    assert pickle.loads(pickle.dumps(packed)) == packed


def test_the_lead_is_the_first_paragraph_of_text():
    heading = Paragraph(0, "Kop", (Sentence(0, 0, "Kop", 0, 3),), is_heading=True)
    blank = Paragraph(1, "  ", ())
    body = Paragraph(2, "Tekst.", (Sentence(2, 0, "Tekst.", 0, 6),))
    assert Document("nl", (heading, blank, body)).pack().lead == body
    assert Document("nl", (heading,)).lead is None
