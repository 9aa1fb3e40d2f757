"""The event layer: one event per dated sentence clause, with actors and amounts,
sorted by date; and the seed article's hand-annotated timeline."""

from __future__ import annotations

import json
from pathlib import Path

from generator.extract.events import find_events
from generator.extract.text.sentences import split_document
from generator.model import (
    Actor,
    Article,
    Document,
    Mention,
    Paragraph,
    PartialDate,
    Sentence,
)

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "seed_events.json"


def document(paragraphs: list[list[str]], language: str, headings: tuple[int, ...] = ()) -> Document:
    """A Document from explicit sentences (independent of the sentence splitter)."""
    built = []
    for p, sentences in enumerate(paragraphs):
        text, spans = "", []
        for s in sentences:
            start = len(text) + (1 if text else 0)
            text = f"{text} {s}" if text else s
            spans.append((start, len(text)))
        built.append(Paragraph(p, text, tuple(Sentence(p, i, text[a:b], a, b) for i, (a, b) in enumerate(spans)),
                               is_heading=p in headings))
    return Document(language, tuple(built))


def article(language: str, published: str | None, body: str = "") -> Article:
    return Article(path=Path("b/a.md"), briefing="b", slug="a", title="T", language=language,
                   published=PartialDate.parse(published) if published else None, body=body)


def test_seed_article_matches_the_hand_annotated_timeline():
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    raw = (ROOT / golden["article"]).read_text(encoding="utf-8")
    body = raw.split(" date 2025-01 ", 1)[1]
    events = find_events(split_document(body, "nl"), article("nl", golden["published"], body), [])
    found = [
        {"date": e.date.isoformat(), "granularity": e.granularity, "approximate": e.approximate,
         "expression": e.expression, "paragraph": e.source.paragraph,
         "amounts": [a.to_json() for a in e.amounts]}
        for e in events
    ]
    assert found == golden["events"]
    assert all(e.expression in e.text and e.source.article == "b/a.md" for e in events)


def test_headings_make_no_events():
    doc = document([["Vorige week in Brussel"], ["Vorige week stemde de Kamer in met de wet."]], "nl", headings=(0,))
    events = find_events(doc, article("nl", "2025-01-27"), [])
    assert [(e.source.paragraph, e.date.isoformat()) for e in events] == [(1, "2025-W04")]


def test_two_dates_in_one_sentence_are_two_events_sorted_by_date():
    doc = document([["The law passed in 2015 and will be reviewed next year.", "It was first proposed in 2009."]], "en")
    events = find_events(doc, article("en", "2025-01-27"), [])
    assert [(e.date.isoformat(), e.source.sentence) for e in events] == [("2009", 1), ("2015", 0), ("2026", 0)]


def test_the_same_date_twice_in_a_sentence_is_one_event():
    doc = document([["On Tuesday, March 3, 2020, the Senate voted on March 3, 2020."]], "en")
    assert len(find_events(doc, article("en", None), [])) == 1


def test_actors_are_those_mentioned_in_the_sentence():
    doc = document([["Trump presented Stargate on Tuesday.", "Musk said on Wednesday it lacks money."]], "en")
    actors = [
        Actor("trump", "Donald Trump", "person", mentions=(Mention(0, 0, 0, 5, "Trump"),)),
        Actor("musk", "Elon Musk", "person", mentions=(Mention(0, 1, 37, 41, "Musk"),)),
        Actor("stargate", "Stargate", "organization", mentions=(Mention(0, 0, 16, 24, "Stargate"),)),
    ]
    events = find_events(doc, article("en", "2025-01-27"), actors)
    assert [(e.expression, e.actors) for e in events] == [
        ("on Tuesday", ("trump", "stargate")), ("on Wednesday", ("musk",))]


def test_amounts_are_attached_to_the_events_of_their_sentence():
    doc = document([["Vorig jaar investeerde het bedrijf tussen 20 en 30 miljoen euro.", "Het kost 6 miljoen euro."]], "nl")
    (event,) = find_events(doc, article("nl", "2025-01-27"), [])
    assert [a.to_json() for a in event.amounts] == [
        {"value": 20e6, "currency": "EUR", "text": "tussen 20 en 30 miljoen euro", "value_max": 30e6}]


def test_non_dates_make_no_events():
    doc = document([["Het bedrijf heeft 250 vestigingen en investeert 1,5 miljard euro.",
                     "De winkel is 365 dagen per jaar open.", "Nu is het tijd voor de F-35."]], "nl")
    assert find_events(doc, article("nl", "2025-01-27"), []) == []


def test_a_bare_dateline_is_no_event_but_anchors_an_undated_article():
    doc = document([["Amsterdam, dinsdag 3 maart 2020"], ["Het kabinet maakte gisteren bekend dat het stopt."]], "nl")
    events = find_events(doc, article("nl", None), [])
    assert [(e.expression, e.date.isoformat()) for e in events] == [("gisteren", "2020-03-02")]


def test_counting_from_the_date_mentioned_last_crosses_sentences():
    doc = document([["The first case was reported on March 3, 2020."], ["Three days later the country locked down."]], "en")
    events = find_events(doc, article("en", "2025-01-27"), [])
    assert [e.date.isoformat() for e in events] == ["2020-03-03", "2020-03-06"]


def test_events_serialize_to_the_extraction_contract():
    doc = document([["De Europese Unie presenteert in februari een plan."]], "nl")
    (event,) = find_events(doc, article("nl", "2025-01"), [])
    assert event.to_json() == {
        "date": "2025-02", "granularity": "month", "approximate": False, "expression": "in februari",
        "text": "De Europese Unie presenteert in februari een plan.", "actors": [], "amounts": [],
        "source": {"article": "b/a.md", "paragraph": 0, "sentence": 0},
    }
