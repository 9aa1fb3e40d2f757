"""Quotation spans: every mark style, apostrophes, nesting, unbalanced marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.positions.quotes import find_quotes, mask


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘Het klopt’, schrijft hij.", ["Het klopt"]),
        ("'Het klopt', schrijft hij.", ["Het klopt"]),
        ("“We will act,” she said.", ["We will act,"]),
        ('"We will act," she said.', ["We will act,"]),
        ("Hij zei „dit is het einde” en ging.", ["dit is het einde"]),
        ("« C’est fini », dit-il.", [" C’est fini "]),
        # opened with one mark, closed with another
        ("Ze noemde het ‘een ramp” en vertrok.", ["een ramp"]),
        ("“Nee,’ zei hij.", ["Nee,"]),
        # apostrophes are not marks
        ("‘Deepseek R1 is AI’s Sputnik moment,’ schrijft hij.", ["Deepseek R1 is AI’s Sputnik moment,"]),
        ("DeepSeek staat bovenaan in Apple’s Appstore en GPT’s zijn populair.", []),
        ("Hij kwam ’s avonds thuis in de jaren '90 en zei 't is goed.", []),
        ('"The companies\' profits fell," he said. "We don\'t know."', ["The companies' profits fell,", "We don't know."]),
        ("‘The companies’ profits are down,’ he said.", ["The companies’ profits are down,"]),
        # nested quote of the same style
        ("‘Zoeken en omgaan met ‘operator’. In die zin is er verschil.’", ["Zoeken en omgaan met ‘operator’. In die zin is er verschil."]),
        ("“She called it ‘a disaster’,” he said.", ["She called it ‘a disaster’,"]),
        # unbalanced: capped at the paragraph's end, no crash
        ("‘Dit loopt door tot het eind", ["Dit loopt door tot het eind"]),
        ("Een losse ’ en verder niets.", []),
        ("", []),
    ],
)
def test_quote_spans(text, expected):
    assert inner(text) == expected


def test_unclosed_quote_is_marked_open():
    (quote,) = find_quotes("‘Dit loopt door, zei hij, tot het eind")
    assert not quote.closed and quote.end == len("‘Dit loopt door, zei hij, tot het eind")


def test_mask_keeps_offsets_and_hides_quoted_words():
    text = "‘Zegt hij dat?’, zegt Jansen."
    masked = mask(text, find_quotes(text))
    assert len(masked) == len(text)
    assert "Zegt" not in masked and masked.endswith(", zegt Jansen.")


MARKS = "‘’'“”\"„«»‹›"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("ab s.,:’'")), max_size=80))
def test_fuzzed_marks_never_crash_and_stay_inside(text):
    position = 0
    for quote in find_quotes(text):
        assert position <= quote.start < quote.inner_start <= quote.inner_end <= quote.end <= len(text)
        position = quote.end
    assert len(mask(text, find_quotes(text))) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Hij zei ", "‘", "’", "“", "”", "'", '"', "Apple’s ", "dat het klopt. ", "„", ", zei ze. "]), max_size=30))
def test_fuzzed_news_like_paragraphs(parts):
    text = "".join(parts)
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
