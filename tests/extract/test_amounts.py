"""Money amounts in Dutch and English: value, ISO 4217 currency, ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.extract.amounts import find_amounts

CASES = [
    ("nl", "Bedrijven willen 500 miljard dollar investeren.", [(500e9, "USD", "500 miljard dollar", None)]),
    ("nl", "Europa trekt €1,5 miljard uit voor AI.", [(1.5e9, "EUR", "€1,5 miljard", None)]),
    ("nl", "De ontwikkeling zou 6 miljoen euro hebben gekost.", [(6e6, "EUR", "6 miljoen euro", None)]),
    ("nl", "De schade ligt tussen 20 en 30 miljoen euro.",
     [(20e6, "EUR", "tussen 20 en 30 miljoen euro", 30e6)]),
    ("nl", "Het kost 20 tot 30 miljoen euro.", [(20e6, "EUR", "20 tot 30 miljoen euro", 30e6)]),
    ("nl", "een investering van 1,5 miljard euro", [(1.5e9, "EUR", "1,5 miljard euro", None)]),
    ("nl", "De boete bedraagt €1.500.", [(1500, "EUR", "€1.500", None)]),
    ("nl", "Het fonds is 2.000.000 euro waard.", [(2e6, "EUR", "2.000.000 euro", None)]),
    ("nl", "Er gaat anderhalf miljard euro naar defensie.", [(1.5e9, "EUR", "anderhalf miljard euro", None)]),
    ("nl", "Twee miljard euro is veel geld.", [(2e9, "EUR", "Twee miljard euro", None)]),
    ("nl", "Apple betaalt US$ 5 miljard.", [(5e9, "USD", "US$ 5 miljard", None)]),
    ("nl", "OpenAI haalde $40 miljard op.", [(40e9, "USD", "$40 miljard", None)]),
    ("nl", "Het Britse plan kost 3 miljard pond.", [(3e9, "GBP", "3 miljard pond", None)]),
    ("nl", "De prijs steeg naar 1,25 euro per liter.", [(1.25, "EUR", "1,25 euro", None)]),
    ("nl", "Het ging om 750.000 euro.", [(750000, "EUR", "750.000 euro", None)]),
    ("nl", "Te beginnen met 100 miljard dollar.", [(100e9, "USD", "100 miljard dollar", None)]),
    ("nl", "Het kabinet trekt 2,5 mld. euro uit.", [(2.5e9, "EUR", "2,5 mld. euro", None)]),
    ("nl", "Japan investeert 10 biljoen yen.", [(10e12, "JPY", "10 biljoen yen", None)]),
    ("nl", "De omzet was 1,5 miljard.", []),
    ("nl", "Het bedrijf heeft 250 vestigingen.", []),
    ("nl", "De Amerikanen investeren honderden miljarden dollar.", []),
    ("nl", "Het gaat om miljoenen euro's.", []),
    ("nl", "De koers daalde 17 procent.", []),
    ("en", "OpenAI raised $40 million.", [(40e6, "USD", "$40 million", None)]),
    ("en", "The deal is worth £3bn.", [(3e9, "GBP", "£3bn", None)]),
    ("en", "Brussels pledged 1.5 billion euros.", [(1.5e9, "EUR", "1.5 billion euros", None)]),
    ("en", "Tickets cost $1,500.", [(1500, "USD", "$1,500", None)]),
    ("en", "It costs between $20 million and $30 million.",
     [(20e6, "USD", "between $20 million and $30 million", 30e6)]),
    ("en", "It costs $20-30 million.", [(20e6, "USD", "$20-30 million", 30e6)]),
    ("en", "A billion dollars is a lot.", [(1e9, "USD", "A billion dollars", None)]),
    ("en", "The club paid €6m for him.", [(6e6, "EUR", "€6m", None)]),
    ("en", "They owe 3 billion pounds.", [(3e9, "GBP", "3 billion pounds", None)]),
    ("en", "Aramco borrowed USD 5 billion.", [(5e9, "USD", "USD 5 billion", None)]),
    ("en", "They spent 40 million dollars.", [(40e6, "USD", "40 million dollars", None)]),
    ("en", "The F-35 program costs $1.7 trillion.", [(1.7e12, "USD", "$1.7 trillion", None)]),
    ("en", "Stargate starts with $100bn and $500bn over four years.",
     [(100e9, "USD", "$100bn", None), (500e9, "USD", "$500bn", None)]),
    ("en", "Revenue rose to 1.5 billion.", []),
    ("en", "It has 250 stores.", []),
    ("en", "Billions of dollars were lost.", []),
    ("en", "A 747 jet landed.", []),
    ("en", "The plane flew 5 m above the ground.", []),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_amounts(language, text, expected):
    found = [(a.value, a.currency, a.text, a.value_max) for a in find_amounts(text, language)]
    assert found == [(float(v), c, t, None if m is None else float(m)) for v, c, t, m in expected]


@given(st.text(max_size=200), st.sampled_from(["nl", "en"]))
def test_never_raises_and_values_are_sane(text, language):
    for amount in find_amounts(text, language):
        assert amount.value >= 0 and len(amount.currency) == 3 and amount.text in text
        assert amount.value_max is None or amount.value_max >= 0
