"""The name finder's tokens and candidate runs (generator/extract/names*.py)."""

from __future__ import annotations

import pytest

from generator.extract.actors.names import find_candidates
from generator.extract.actors.tokens import tokenize
from tests.extract.test_actors_support import make_document


def texts(text: str, language: str = "nl") -> list[str]:
    return [t.text for t in tokenize(text, language)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("FNV-voorzitter Tuur Elzinga", ["FNV", "voorzitter", "Tuur", "Elzinga"]),
        ("het Stargate-project", ["het", "Stargate", "project"]),  # an article before a capital may open a name
        ("een anti-Trump-betoging", ["Trump", "betoging"]),  # the lower-case prefix is a gap
        ("Groot-Brittannië en GPT-4", ["Groot-Brittannië", "GPT-4"]),
        ("Apple’s Appstore", ["Apple", "Appstore"]),
        ("Donald J. Trump", ["Donald", "J.", "Trump"]),
        ("de U.S. Army", ["de", "U.S.", "Army"]),
        ("Jan van der Laan zei", ["Jan", "van", "der", "Laan"]),
        ("het ministerie van Financiën", ["het", "ministerie", "van", "Financiën"]),
        ("Procter & Gamble", ["Procter", "&", "Gamble"]),
        ("een iPhone van Apple", ["iPhone", "van", "Apple"]),
        ("zei hij tegen de krant", []),
        ("al-Assad en bin Salman", ["al-Assad", "bin", "Salman"]),
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    assert texts(text) == tokens


def test_possessive_and_tail_flags() -> None:
    apple, store = tokenize("Apple’s Appstore", "en")
    assert apple.possessive and apple.end == 5 and not store.possessive
    fnv = tokenize("FNV-voorzitter", "nl")[0]
    assert fnv.tail and fnv.capitalized


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Volgens Marleen Stikker van Waag Futurelab is dat zo.", [["Volgens", "Marleen", "Stikker"], ["Waag", "Futurelab"]]),
        ("Zo zei Frans Timmermans van GroenLinks-PvdA dat.", [["Frans", "Timmermans"], ["GroenLinks-PvdA"]]),
        ("Het gaat om Vincent van Gogh en Ursula von der Leyen.", [["Vincent", "van", "Gogh"], ["Ursula", "von", "der", "Leyen"]]),
        ("De Wetenschappelijke Raad voor het Regeringsbeleid adviseert.", [["De", "Wetenschappelijke", "Raad", "voor", "het", "Regeringsbeleid"]]),
        ("Dat meldt het ministerie van Volksgezondheid, Welzijn en Sport.", [["ministerie", "van", "Volksgezondheid", "Welzijn", "Sport"]]),
        ("Terwijl de Amerikanen bouwen, wacht Europa.", [["Terwijl"], ["Amerikanen"], ["Europa"]]),
    ],
)
def test_runs(text: str, runs: list[list[str]]) -> None:
    found = [[t.text for t in c.tokens] for c in find_candidates(make_document(text, "nl"))]
    assert found == runs


def test_ambiguity_marks_positions_where_any_word_is_capitalized() -> None:
    document = make_document("Trump zei: ‘Dit is Groot.’ Daarna sprak Rutte.", "nl")
    flags = {" ".join(t.text for t in c.tokens): c.ambiguous for c in find_candidates(document)}
    assert flags == {"Trump": True, "Groot": False, "Rutte": False}  # "Dit", "Daarna": dropped early
