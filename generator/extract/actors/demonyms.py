"""Words of nationality: "Amerikaanse", "Chinezen", "Japanese", "Americans".

They are no actors as adjectives ("het Chinese DeepSeek" is DeepSeek); as a
plural noun they name a group ("de Amerikanen"). Besides the listed words of
each language, a word counts when a known ending turns a CLDR country or
continent name into it: "Amerik-aanse", "Japan-se", "Ital-ian".
"""

from __future__ import annotations

import functools

from generator.extract.actors import gazetteer

# The place-name stem of a derived demonym must be at least this long ("Chin" in "Chinezen").
_MIN_DEMONYM_STEM = 4


@functools.lru_cache(maxsize=65536)
def is_demonym(word: str, language: str) -> bool:
    """An adjective or noun of nationality ("Amerikaanse", "Chinezen", "Japanese")."""
    lower = word.lower()
    words = gazetteer.word_sets(language)
    if lower in words["demonyms"]:
        return True
    if gazetteer.place(word) is not None:
        return False
    if not lower.endswith(gazetteer.suffixes(language, "demonym_suffixes")):
        return False
    stems = _place_prefixes()
    return any(
        lower.endswith(suffix) and lower[: -len(suffix)] in stems
        for suffix in words["demonym_suffixes"]
        if len(lower) - len(suffix) >= _MIN_DEMONYM_STEM
    )


def plural_demonym(word: str, words) -> bool:
    """"Amerikanen", "Americans", "Sovjets": the people of a place, a group."""
    lower = word.lower()
    return lower in words["groups"] or any(lower.endswith(s) for s in words["group_suffixes"])


@functools.cache
def _place_prefixes() -> frozenset[str]:
    """Prefixes (4+ letters) of country and continent names in Dutch and English."""
    names = [name for name, place in gazetteer.places_table().items() if place.kind in ("country", "region")]
    return frozenset(name[:n] for name in names for n in range(_MIN_DEMONYM_STEM, len(name) + 1))
