"""Role nouns: is a word a title or function ("president", "FNV-voorzitter")?

Kept apart from ``roles.py`` because the name finder needs the test too, to
peel titles off names ("Techmiljardair Elon Musk"), before roles are read.
"""

from __future__ import annotations

import functools

from generator.extract.actors import gazetteer

# A role noun hidden at the end of a compound must be this long ("miljardair" in "Techmiljardair").
_MIN_ROLE_SUFFIX = 4


@functools.lru_cache(maxsize=65536)
def is_role(word: str, language: str) -> bool:
    """A role noun, or a compound ending in one ("FNV-voorzitter", "Techmiljardair")."""
    lower = word.lower().rstrip(".")
    roles = gazetteer.word_sets(language)["roles"]
    if lower in roles:
        return True
    long_roles = _long_roles(language)
    if not lower.endswith(long_roles):
        return False  # one C-level test for the common case: no role at the end at all
    return any(
        lower.endswith(role) and (len(lower) - len(role) >= 3 or lower.endswith("-" + role))
        for role in long_roles
    )


@functools.cache
def _long_roles(language: str) -> tuple[str, ...]:
    roles = gazetteer.word_sets(language)["roles"]
    return tuple(r for r in roles if " " not in r and len(r) >= _MIN_ROLE_SUFFIX)


def sentence_case(role: str, language: str) -> str:
    """A role that opens a sentence, written as it would stand inside one."""
    if gazetteer.actor_words(language)["titles_capitalized"]:
        return role
    return role[0].lower() + role[1:]
