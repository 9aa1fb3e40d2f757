"""Datelines at the top of an article: evidence for the publication date."""

from __future__ import annotations

import pytest

from generator.extract.dates.finder import parse_dateline

CASES = [
    ("en", "Tuesday, March 3, 2020", "2020-03-03"),
    ("en", "WASHINGTON (Reuters) - March 3, 2020 - The Senate voted on Tuesday.", "2020-03-03"),
    ("en", "LONDON, Jan. 22, 2025 — British lawmakers said", "2025-01-22"),
    ("en", "Published on March 3, 2020", "2020-03-03"),
    ("en", "Updated: 14 November 2024", "2024-11-14"),
    ("en", "2024-11-14 The minister said", "2024-11-14"),
    ("en", "March 2020", "2020-03"),
    ("en", "NEW YORK, May 4, 2023 /PRNewswire/ -- Acme Corp", "2023-05-04"),
    ("nl", "Amsterdam, 3 maart 2020 – Het kabinet heeft", "2020-03-03"),
    ("nl", "29 januari 2025", "2025-01-29"),
    ("nl", "Gepubliceerd op 29 januari 2025 om 10:00", "2025-01-29"),
    ("nl", "DEN HAAG (ANP) - dinsdag 3 maart 2020 - De Tweede Kamer", "2020-03-03"),
    ("nl", "Woensdag 29 januari 2025", "2025-01-29"),
    ("nl", "Bijgewerkt: 12-03-2024, 14:05", "2024-03-12"),
    ("nl", "Den Haag, 14 nov. 2024 – De minister", "2024-11-14"),
    # no dateline: the date stands in a sentence, or has no year
    ("nl", "Het kabinet zei op 3 maart 2020 dat het stopt.", None),
    ("nl", "Op dinsdag 3 maart stemt de Kamer.", None),
    ("en", "The Senate voted on March 3, 2020 to approve the bill.", None),
    ("en", "Tuesday, March 3", None),
    ("en", "", None),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_dateline(language, text, expected):
    found = parse_dateline(text, language)
    assert (found.isoformat() if found else None) == expected
