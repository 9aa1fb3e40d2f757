"""Hostile paragraphs (a splitter that gives up, pasted tables) stay linear in time."""

from __future__ import annotations

import pytest

from generator.extract.amounts import find_amounts
from generator.extract.dates.finder import find_temporal_expressions, parse_dateline
from generator.model import PartialDate
from tests.hang_guard import no_hang

HOSTILE = {
    "6,000 dots": "." * 6_000,
    "5,000 numbers": "1 " * 5_000,
    "a thousand dates": "29 januari " * 1_000,
    "800 weekday phrases": "vorige week woensdag " * 800,
    "2,000 amounts": "€1 " * 2_000,
    "a list of 1,000 years": "in 2020 en 2021, " * 500,
    "one long run-on sentence": "De Kamer stemde dinsdag 3 maart 2020 over 1,5 miljard euro en " * 300,
    "a 20,000-letter word": "a" * 20_000,
    "dashes between years": "2020-" * 2_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("language", ["nl", "en"])
def test_hostile_text_is_handled_in_linear_time(text, language):
    find_temporal_expressions("warm up: 3 maart 2020", language, None)
    with no_hang():
        find_temporal_expressions(text, language, PartialDate(2025, 1, 27))
        find_amounts(text, language)
        parse_dateline(text, language)
